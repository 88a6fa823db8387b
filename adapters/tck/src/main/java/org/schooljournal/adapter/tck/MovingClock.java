package org.schooljournal.adapter.tck;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock a test sets and moves instead of sleeping: the engine, the kits and every module's
 * tests read the time from it. A clock in another zone ({@link #withZone}) shares its instant.
 *
 * <p>This class is thread-safe.
 */
public final class MovingClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    /** Returns a clock at {@code start}, in UTC. */
    public MovingClock(Instant start) {
        this(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
    }

    private MovingClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** Sets the clock to an instant, earlier or later. */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    /** Moves the clock on (or back, for a negative duration). */
    public void advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        now.updateAndGet(instant -> instant.plus(duration));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MovingClock(now, Objects.requireNonNull(zone, "zone"));
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
