package org.schooljournal.examples.web;

/**
 * The served site of the security, accessibility and screenshot tests: a school of their own, set
 * up once for the run, as they sign every demo person in and open the guardians' diaries, which
 * the engine records (DRY-5) — the shared site's other tests never see those openings.
 */
final class OwnSchool {

    private static WebFixture web;

    private OwnSchool() {
    }

    /** Returns the site, started on first use and closed when the run ends, at the demo's start. */
    static synchronized WebFixture web() {
        if (web == null) {
            web = WebFixture.fresh();
            Runtime.getRuntime().addShutdownHook(new Thread(web::close));
        }
        return web.atDemoStart();
    }
}
