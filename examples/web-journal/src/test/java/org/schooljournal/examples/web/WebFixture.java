package org.schooljournal.examples.web;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.schooljournal.adapter.tck.MovingClock;

/**
 * The web example served for tests: the demo school set up once per test run in an H2 database in
 * memory, on a clock the tests move, on a free port. {@link #shared()} is one instance for every
 * test class of the run (the set-up takes seconds); a test that changes the journal must use cells
 * no other test uses, and sets the clock it needs first ({@link #atDemoStart}). {@link #fresh()}
 * is a new school, for a test that must start from the set-up alone; close it after.
 */
final class WebFixture implements AutoCloseable {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static WebFixture shared;

    private final MovingClock clock;
    private final WebJournal web;
    private final Instant demoStart;
    private final int port;

    private WebFixture() {
        this.clock = new MovingClock(Instant.parse("2025-09-03T04:00:00Z"));
        Instant[] start = new Instant[1];
        this.web = WebJournal.create("web-test-" + DATABASES.incrementAndGet(), clock, instant -> {
            start[0] = instant;
            clock.set(instant);
        });
        this.demoStart = start[0];
        this.port = web.start(0);
    }

    /** Returns the instance every test class of the run shares, started on first use. */
    static synchronized WebFixture shared() {
        if (shared == null) {
            shared = new WebFixture();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** Returns a new instance of its own; close it after. */
    static WebFixture fresh() {
        return new WebFixture();
    }

    /** Returns the clock the engine runs on. */
    MovingClock clock() {
        return clock;
    }

    /** Moves the clock back to the demo's start, three minutes into 5А's mathematics lesson; returns this. */
    WebFixture atDemoStart() {
        clock.set(demoStart);
        return this;
    }

    /** Returns the demo's start. */
    Instant demoStart() {
        return demoStart;
    }

    /** Returns the site: the engine, the school, the demo people. */
    Site site() {
        return web.site();
    }

    /** Returns the address of the path on the served site. */
    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Returns the demo person of the id, failing if there is none. */
    DemoPeople.Person person(String id) {
        return site().people().find(id).orElseThrow(() -> new IllegalArgumentException("no demo person " + id));
    }

    @Override
    public void close() {
        web.close();
    }
}
