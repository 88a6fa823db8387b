package org.schooljournal.examples.web;

import java.util.List;

/**
 * Every page of the site, each as the person who opens it (none for the sign-in page): the list the
 * accessibility sweep checks and the screenshots show. A page added to the site adds its line here.
 */
final class SitePages {

    /** A page: its name (the screenshot's file), who opens it (null: nobody signed in) and its address. */
    record Page(String name, String personId, String path) {
        @Override
        public String toString() {
            return name + " (" + path + (personId == null ? "" : " as " + personId) + ")";
        }
    }

    private SitePages() {
    }

    /** Returns every page of the site on the web fixture, with the demo people who open them. */
    static List<Page> all(WebFixture web) {
        List<DemoPeople.Person> people = web.site().people().all();
        DemoPeople.Person teacher = people.get(0);
        DemoPeople.Person otherTeacher = people.get(1);
        DemoPeople.Person guardian = people.get(2);
        DemoPeople.Person head = people.get(4);
        DemoPeople.Person deputy = people.get(5);
        return List.of(
                new Page("sign-in", null, Paths.SIGN_IN),
                new Page("journal", teacher.id(), teacher.home()),
                new Page("journal-5b", otherTeacher.id(), otherTeacher.home()),
                new Page("journal-head", head.id(), teacher.home()),
                new Page("diary", guardian.id(), guardian.home()),
                new Page("control", head.id(), Paths.CONTROL),
                new Page("control-deputy", deputy.id(), Paths.CONTROL),
                new Page("error", guardian.id(), Paths.CONTROL),
                new Page("error-404", head.id(), "/no-such-page"));
    }

    /** Opens the page in the browser, signed in as its person (or signed out), in the version asked for. */
    static void open(Browser browser, Page page, boolean visuallyImpaired) {
        browser.open(Paths.SIGN_IN).signOut();
        if (page.personId() != null) {
            browser.signIn(page.personId());
        }
        browser.open(page.path());
        if (browser.visuallyImpaired() != visuallyImpaired) {
            browser.toggleVersion();
        }
    }
}
