package org.schooljournal.core.notification;

import java.time.LocalTime;
import java.util.Objects;

/**
 * When a guardian's notifications go out (NTF-3): at once; daily at an hour; or weekly, on
 * Saturdays at an hour, in the school's zone.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind immediate, daily or weekly
 * @param at the hour of a daily or weekly digest; ignored for immediate delivery
 */
public record Schedule(Kind kind, LocalTime at) {

    /** Immediate delivery, the default. */
    public static final Schedule IMMEDIATE = new Schedule(Kind.IMMEDIATE, LocalTime.MIDNIGHT);

    /** The kinds of schedule. */
    public enum Kind {
        /** Each notification as it comes. */
        IMMEDIATE,
        /** A digest every day at the hour. */
        DAILY,
        /** A digest every Saturday at the hour. */
        WEEKLY
    }

    /** Checks the parts are given. */
    public Schedule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
    }
}
