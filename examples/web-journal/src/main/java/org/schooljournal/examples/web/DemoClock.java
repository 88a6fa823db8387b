package org.schooljournal.examples.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The web example's clock: the real time moved to a chosen instant of the demo school year, and
 * ticking from there as real time does, so that a teacher sees ATT-2's 20 minutes count down. The
 * school-day example's school is of 2025/26; the demo starts in 5А's mathematics lesson of
 * {@link WebJournal#DEMO_DAY}.
 *
 * <p>This class is thread-safe.
 */
final class DemoClock extends Clock {

    private final Clock real;
    private volatile Duration shift = Duration.ZERO;

    DemoClock(Clock real) {
        this.real = real;
    }

    /** Moves the clock so that it reads the instant now, and ticks on from there. */
    void startAt(Instant instant) {
        shift = Duration.between(real.instant(), instant);
    }

    @Override
    public Instant instant() {
        return real.instant().plus(shift);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** Not supported: a copy in another zone would not move with {@link #startAt}. */
    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the demo clock has one zone, UTC; it was asked for " + zone);
    }
}
