package org.schooljournal.core.notification;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
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

    /**
     * Returns the latest instant, not after {@code now}, at which a digest of this schedule is
     * due: today's or yesterday's hour for a daily one, the latest Saturday's for a weekly one, in
     * the school's zone; empty for immediate delivery.
     */
    public Optional<Instant> latestSlot(Instant now, ZoneId zone) {
        if (kind == Kind.IMMEDIATE) {
            return Optional.empty();
        }
        ZonedDateTime local = now.atZone(zone);
        LocalDate day = kind == Kind.WEEKLY
                ? local.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY)) : local.toLocalDate();
        ZonedDateTime slot = day.atTime(at).atZone(zone);
        if (slot.isAfter(local)) {
            slot = day.minusDays(kind == Kind.WEEKLY ? 7 : 1).atTime(at).atZone(zone);
        }
        return Optional.of(slot.toInstant());
    }

    /** Returns how far apart the digests of this schedule are: a day or a week; zero for immediate. */
    public Duration interval() {
        return switch (kind) {
            case IMMEDIATE -> Duration.ZERO;
            case DAILY -> Duration.ofDays(1);
            case WEEKLY -> Duration.ofDays(7);
        };
    }
}
