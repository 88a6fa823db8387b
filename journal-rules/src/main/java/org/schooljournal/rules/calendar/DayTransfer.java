package org.schooljournal.rules.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A transfer of a day off (перенос выходного дня, Labour Code art. 112): the rest of a weekend day
 * {@code from} moves to the weekday {@code to}, which becomes a non-working day. When {@code from}
 * is also a public holiday it stays a day off (the holiday's weekend is what moves); otherwise it
 * becomes a working day (YR-2).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param from the Saturday or Sunday whose rest moves
 * @param to the weekday that becomes a day off
 */
public record DayTransfer(LocalDate from, LocalDate to) {

    /**
     * Checks the days.
     *
     * @throws IllegalArgumentException if {@code from} is not a Saturday or Sunday, {@code to} is
     *     one, or both are in different years
     */
    public DayTransfer {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!isWeekend(from)) {
            throw new IllegalArgumentException("transfer from " + from + ": must be a Saturday or Sunday, was "
                    + from.getDayOfWeek());
        }
        if (isWeekend(to)) {
            throw new IllegalArgumentException("transfer to " + to + ": must be a weekday, was " + to.getDayOfWeek());
        }
        if (from.getYear() != to.getYear()) {
            throw new IllegalArgumentException("transfer " + from + ">" + to + ": both days must be in one year");
        }
    }

    /**
     * Reads a transfer written as {@code from>to}, as {@link #toString()} writes it.
     *
     * @throws IllegalArgumentException if the text is not two ISO dates joined by {@code >}, or
     *     the days do not fit
     */
    public static DayTransfer parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] days = text.strip().split(">", -1);
        if (days.length != 2) {
            throw new IllegalArgumentException("transfer '" + text + "': must be written from>to, such as 2025-11-01>2025-11-03");
        }
        return new DayTransfer(LocalDate.parse(days[0].strip()), LocalDate.parse(days[1].strip()));
    }

    static boolean isWeekend(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
    }

    @Override
    public String toString() {
        return from + ">" + to;
    }
}
