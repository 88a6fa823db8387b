package org.schooljournal.examples.schoolday;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The example's clock, which the engine is built with: it stands still at an instant until the
 * example moves it, as a test's clock would, so that every run records the same instants. It stands
 * at {@link YugraSchool#SET_UP_AT} for the set-up; the fortnight of 5А's journal moves it from
 * entry to entry ({@link MathsFortnight}), and the guardians' week from one guardian's step or
 * dispatch to the next ({@link GuardiansWeek}).
 *
 * <p>This class is thread-safe.
 */
final class ExampleClock extends Clock {

    private volatile Instant now;
    private volatile Clock followed;

    ExampleClock(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    /** Moves the clock to the instant, back or forth. */
    void set(Instant instant) {
        now = Objects.requireNonNull(instant, "instant");
        followed = null;
    }

    /**
     * From now on tells the other clock's time, until {@link #set} stops it again: a host that
     * takes the school over from the example ({@link DemoSchool}) runs it on its own clock.
     */
    void follow(Clock other) {
        followed = Objects.requireNonNull(other, "other");
    }

    @Override
    public Instant instant() {
        Clock other = followed;
        return other == null ? now : other.instant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /**
     * Not supported: the clock is moved by the example, and a copy in another zone would not move
     * with it.
     */
    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the example's clock has one zone, UTC; it was asked for " + zone);
    }
}
