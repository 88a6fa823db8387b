package org.schooljournal.core.validation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Bounds on the dates and instants that enter the journal (DESIGN.md, principle 9): every date of
 * a command — a lesson's, a birth date, an order's, a period's — and every date a read is asked
 * for lies between {@value #EARLIEST_TEXT} and {@value #LATEST_TEXT}, so that no later computation
 * of a deadline, a retention (25 years, ARC-2) or a day count can leave {@code java.time}'s range;
 * and a read covers at most {@value #MAX_READ_DAYS} days (a school year and a day), so that a
 * diary, a page or a report asked for from {@code LocalDate.MIN} to {@code LocalDate.MAX} is
 * refused at once instead of walking millions of days.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Dates {

    /** The earliest date accepted, as text. */
    public static final String EARLIEST_TEXT = "1900-01-01";

    /** The latest date accepted, as text. */
    public static final String LATEST_TEXT = "2199-12-31";

    /** The earliest date accepted. */
    public static final LocalDate EARLIEST = LocalDate.parse(EARLIEST_TEXT);

    /** The latest date accepted. */
    public static final LocalDate LATEST = LocalDate.parse(LATEST_TEXT);

    /** The most days a read covers, both ends included. */
    public static final int MAX_READ_DAYS = 366;

    /** What a refused date breaks. */
    public static final String RULE = "must be within " + EARLIEST_TEXT + " and " + LATEST_TEXT + " (Dates)";

    private static final Instant FIRST_INSTANT = EARLIEST.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant LAST_INSTANT = LATEST.plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC);

    private Dates() {
    }

    /** Returns whether the date is within the bounds. */
    public static boolean within(LocalDate date) {
        return date != null && !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** Returns whether the instant is within the bounds, on the dates of any time zone. */
    public static boolean within(Instant instant) {
        return instant != null && instant.isAfter(FIRST_INSTANT) && instant.isBefore(LAST_INSTANT);
    }

    /**
     * Checks the dates a read is asked for: each within the bounds, the second not before the
     * first, and at most {@value #MAX_READ_DAYS} days from the first to the second, both included.
     *
     * @param asking the read's result type, named in the error, such as {@code Diary.class}
     * @throws NullPointerException if a date is missing
     * @throws InvalidCommandException VALIDATION naming {@code from} or {@code to}, its value and
     *     the rule
     */
    public static void requireReadRange(Class<?> asking, LocalDate from, LocalDate to) {
        java.util.Objects.requireNonNull(from, "from");
        java.util.Objects.requireNonNull(to, "to");
        if (!within(from)) {
            throw refused(asking, "from", from, RULE);
        }
        if (!within(to)) {
            throw refused(asking, "to", to, RULE);
        }
        if (to.isBefore(from)) {
            throw refused(asking, "to", to, "is before from, " + from);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_READ_DAYS) {
            throw refused(asking, "to", to, "is more than " + MAX_READ_DAYS + " days from " + from
                    + ", counting both; a read covers at most " + MAX_READ_DAYS + " days (Dates.MAX_READ_DAYS)");
        }
    }

    /**
     * Checks one instant a read is asked for, within the bounds.
     *
     * @throws InvalidCommandException VALIDATION naming the field, its value and the rule
     */
    public static void requireInstant(Class<?> asking, String field, Instant instant) {
        java.util.Objects.requireNonNull(instant, field);
        if (!within(instant)) {
            throw refused(asking, field, instant, RULE);
        }
    }

    private static InvalidCommandException refused(Class<?> asking, String field, Object value, String rule) {
        return new InvalidCommandException(asking.getSimpleName(),
                List.of(new InvalidCommandException.Violation(field, String.valueOf(value), rule)));
    }
}
