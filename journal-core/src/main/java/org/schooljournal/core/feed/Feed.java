package org.schooljournal.core.feed;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.DiaryRights;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalScope;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.school.SchoolStates;

/**
 * The event feed facet of the engine (EXC-2): what a separate diary system needs of a school —
 * marks, absences and lateness, homework, topics, remarks and messages, substitutions and moved
 * lessons, period marks and their deferrals, corrections and invalidations — as CloudEvents
 * items ({@link FeedItem}), read page by page from a cursor in the school's order of stored events
 * ({@link FeedCursor}; docs/exchange.md).
 *
 * <p>The feed is at least once: a consumer saves each page's {@link FeedPage#next()} after it has
 * handled the page, reads on from the saved cursor after a restart, and drops an item whose id it
 * has seen. Each item's id is stable, derived from the stored event's, so a page read again yields
 * the same items. A reader sees what the diaries they may read show (PD-2,
 * {@link DiaryRights#mayRead}): a student their own items, a guardian their children's, and of the
 * class's items (a topic, a homework for all, a substitution) those of the journals their student
 * is in on that day; a message to guardians only the guardians. The host, with no person behind
 * it, reads everything through its host facet ({@code engine.host().feed(…)}, {@link FeedPages#all}).
 *
 * <p>This class is thread-safe. The engine makes it; reach it with {@code engine.feed()}.
 */
public final class Feed {

    private final SchoolStates schools;
    private final FeedPages pages;

    /** Creates the facet over the pages of the school's feed. */
    public Feed(SchoolStates schools, FeedPages pages) {
        this.schools = Objects.requireNonNull(schools, "schools");
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    /**
     * Returns the next page of a school's feed as a student or a guardian may see it: the items of
     * at most {@code maxEvents} stored events after the cursor.
     *
     * @throws org.schooljournal.core.access.AccessDeniedException naming PD-2 unless the reader is a
     *     student of the school or a guardian of one, or naming PD-4 if the reader's account is blocked
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school is not registered
     * @throws IllegalArgumentException if {@code maxEvents} is not within 1 and {@value FeedPages#MAX_EVENTS}
     */
    public FeedPage read(Actor reader, String schoolId, FeedCursor after, int maxEvents) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(after, "after");
        FeedPages.requireMax(maxEvents);
        SchoolState school = schools.registeredFor(reader, "read", schoolId, FeedPage.class);
        Roster roster = Roster.of(school);
        Set<String> candidates = new LinkedHashSet<>();
        candidates.add(reader.personId());
        roster.studentsOf(reader.personId()).stream().map(Student::personId).forEach(candidates::add);
        Set<String> readable = new LinkedHashSet<>();
        for (String student : candidates) {
            if (roster.student(student).isPresent() && DiaryRights.mayRead(reader, school, roster, student)) {
                readable.add(student);
            }
        }
        DiaryRights.requireFeedReader(reader, school, readable);
        Map<JournalKey, JournalScope> scopes = new HashMap<>();
        return pages.page(school, after, maxEvents, audience -> {
            if (audience.student().isPresent()) {
                String student = audience.student().get();
                return readable.contains(student)
                        && (!audience.guardiansOnly() || DiaryRights.readsAsGuardian(reader, school, roster, student));
            }
            return !audience.guardiansOnly() && audience.date().isPresent() && readable.stream().anyMatch(student ->
                    scopes.computeIfAbsent(audience.journal(), key -> JournalScope.of(school, key, FeedPage.class))
                            .hasStudent(student, audience.date().get()));
        });
    }
}
