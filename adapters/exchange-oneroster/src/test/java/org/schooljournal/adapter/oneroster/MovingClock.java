package org.schooljournal.adapter.oneroster;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the tests set; never slept on. */
final class MovingClock extends Clock {

    private volatile Instant now;

    MovingClock(Instant start) {
        this.now = start;
    }

    void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a test clock has one zone");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
