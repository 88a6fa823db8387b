package org.schooljournal.examples.web;

import io.javalin.Javalin;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.schooljournal.examples.schoolday.DemoSchool;
import java.util.function.Consumer;
import org.schooljournal.rules.calendar.LessonTime;
import org.schooljournal.rules.calendar.SchoolCalendar;

/**
 * Starts the web example: the school-day example's school, set up afresh in an H2 database held
 * in memory, on a clock that starts three minutes into 5А's mathematics lesson of
 * {@link #DEMO_DAY} and ticks on, served at {@code http://localhost:7070/} (or the port given as
 * {@code --port N}); the sign-in page lists the demo people, who sign in through the demo's OpenID
 * Connect provider ({@link DemoIdentity}).
 */
public final class WebJournal implements AutoCloseable {

    /** The demo's school day: Wednesday 12 November 2025, in the second quarter, a week after the autumn holidays. */
    public static final LocalDate DEMO_DAY = LocalDate.of(2025, 11, 12);
    /** 5А's mathematics lesson on {@link #DEMO_DAY}: the second. */
    public static final int DEMO_LESSON = 2;
    /** The default port. */
    public static final int PORT = 7070;

    private final DemoSchool school;
    private final DemoIdentity identity;
    private final Site site;
    private final Javalin app;

    private WebJournal(DemoSchool school, DemoIdentity identity, Site site, Javalin app) {
        this.school = school;
        this.identity = identity;
        this.site = site;
        this.app = app;
    }

    /**
     * Sets the school up in an H2 database in memory under the name, hands it over to the clock,
     * which {@code startAt} moves to the demo's start ({@link #demoStart}) before anything else is
     * recorded, and builds the site; nothing is served yet.
     */
    public static WebJournal create(String database, Clock clock, Consumer<Instant> startAt) {
        DemoSchool school = DemoSchool.h2InMemory(database, clock);
        DemoIdentity identity = null;
        try {
            startAt.accept(demoStart(school));
            identity = DemoIdentity.start(clock);
            Site site = new Site(school.engine(), clock,
                    DemoPeople.bind(school.engine(), DEMO_DAY, identity.issuer()), identity);
            return new WebJournal(school, identity, site, WebApp.create(site));
        } catch (RuntimeException e) {
            if (identity != null) {
                identity.close();
            }
            school.close();
            throw e;
        }
    }

    /** Returns the instant the demo starts at: three minutes into 5А's mathematics lesson of the demo day. */
    static Instant demoStart(DemoSchool school) {
        SchoolCalendar calendar = school.engine().host().school(DemoSchool.ID).structure()
                .calendar(SchoolCalendar.YUGRA).orElseThrow();
        LessonTime lesson = calendar.lesson(DemoSchool.MATHS_5A.holderCode(), DEMO_DAY, DEMO_LESSON);
        return DEMO_DAY.atTime(lesson.start()).plusMinutes(3).atZone(SchoolCalendar.YUGRA).toInstant();
    }

    /** Serves the site on the port (0: any free one) and returns the port. */
    public int start(int port) {
        app.start("localhost", port);
        return app.port();
    }

    /** Returns the site. */
    public Site site() {
        return site;
    }

    @Override
    public void close() {
        app.stop();
        identity.close();
        school.close();
    }

    /** Starts the example and serves until the process is stopped. */
    public static void main(String[] args) {
        int port = args.length == 2 && args[0].equals("--port") ? Integer.parseInt(args[1]) : PORT;
        DemoClock clock = new DemoClock(Clock.systemUTC());
        WebJournal web = create("web-journal", clock, clock::startAt);
        Runtime.getRuntime().addShutdownHook(new Thread(web::close));
        int served = web.start(port);
        System.out.println(web.site.texts().get("console.started", "http://localhost:" + served + "/", DEMO_DAY));
    }
}
