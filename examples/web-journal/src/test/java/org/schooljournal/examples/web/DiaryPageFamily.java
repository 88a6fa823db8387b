package org.schooljournal.examples.web;

import java.util.List;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.roster.Roster;

/**
 * The demo guardians the diary page's tests use: the second demo guardian (g-0246 in the seed),
 * whose child's diary the tests write to — read receipts, settings, consent —, and the first,
 * whose child's diary the journal page's tests use and these only try to open.
 *
 * @param guardian the guardian the tests sign in as
 * @param child their child
 * @param otherGuardian the first demo guardian
 * @param otherChild the first demo guardian's child
 */
record DiaryPageFamily(String guardian, String child, String otherGuardian, String otherChild) {

    /** Finds the two demo guardians and their children on the site. */
    static DiaryPageFamily of(WebFixture web) {
        List<DemoPeople.Person> guardians = web.site().people().all().stream()
                .filter(p -> p.home().startsWith("/diary/")).toList();
        Roster roster = Roster.of(web.site().school());
        String guardian = guardians.get(1).id();
        String other = guardians.get(0).id();
        return new DiaryPageFamily(guardian, roster.studentsOf(guardian).get(0).personId(), other,
                roster.studentsOf(other).get(0).personId());
    }

    /** Returns the guardian as the engine's actor. */
    Actor actor() {
        return Actor.of(guardian);
    }
}
