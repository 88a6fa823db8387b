package org.schooljournal.rules.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One year of the Russian production calendar (производственный календарь, YR-2): the public
 * holidays of the Labour Code (art. 112), the transfers of days off — by the Government's decree
 * for the year, and by art. 112 part 2 for a holiday on a weekend the decree leaves — and the
 * shortened pre-holiday working days (art. 95).
 *
 * <p>A day is a <b>working day</b> when it is Monday to Friday and neither a holiday nor the
 * target of a transfer, or when it is a weekend day that a transfer made working (a transfer
 * from a weekend day that is not a holiday).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param year the calendar year
 * @param decree the decree the transfers come from, with its number and date as far as known
 *     (or why they are not)
 * @param holidays the non-working public holidays of art. 112 in the year, weekends included
 * @param transfers the transfers of days off, in the order given
 * @param shortenedDays the working days shortened by one hour (art. 95)
 */
public record ProductionYear(
        int year,
        String decree,
        SortedSet<LocalDate> holidays,
        List<DayTransfer> transfers,
        SortedSet<LocalDate> shortenedDays) {

    /**
     * Checks the year.
     *
     * @throws IllegalArgumentException naming the field and the day if the decree is blank, a day
     *     is outside the year, a transfer's target is a holiday or another transfer's target, a day
     *     gives its rest twice, or a shortened day is not a working day
     */
    public ProductionYear {
        Objects.requireNonNull(decree, "decree");
        if (decree.isBlank()) {
            throw new IllegalArgumentException("decree of " + year + ": must not be blank");
        }
        holidays = Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
        transfers = List.copyOf(transfers);
        shortenedDays = Collections.unmodifiableSortedSet(new TreeSet<>(shortenedDays));
        requireInYear(year, "holidays", holidays);
        requireInYear(year, "shortenedDays", shortenedDays);
        Set<LocalDate> sources = new TreeSet<>();
        Set<LocalDate> targets = new TreeSet<>();
        for (DayTransfer transfer : transfers) {
            if (transfer.from().getYear() != year) {
                throw new IllegalArgumentException("transfers of " + year + ": " + transfer + " lies in another year");
            }
            if (holidays.contains(transfer.to())) {
                throw new IllegalArgumentException("transfers of " + year + ": " + transfer
                        + " moves a day off onto the holiday " + transfer.to());
            }
            if (!sources.add(transfer.from())) {
                throw new IllegalArgumentException("transfers of " + year + ": " + transfer.from()
                        + " gives its rest twice");
            }
            if (!targets.add(transfer.to())) {
                throw new IllegalArgumentException("transfers of " + year + ": " + transfer.to()
                        + " receives two days off");
            }
        }
        for (LocalDate day : shortenedDays) {
            if (!isWorkingDay(day, holidays, transfers)) {
                throw new IllegalArgumentException("shortenedDays of " + year + ": " + day + " is not a working day");
            }
        }
    }

    private static void requireInYear(int year, String field, Set<LocalDate> days) {
        for (LocalDate day : days) {
            if (day.getYear() != year) {
                throw new IllegalArgumentException(field + " of " + year + ": " + day + " lies in another year");
            }
        }
    }

    /**
     * Returns whether the day is a working day (see the class comment).
     *
     * @throws IllegalArgumentException if the day is not in this year
     */
    public boolean isWorkingDay(LocalDate day) {
        requireThisYear(day);
        return isWorkingDay(day, holidays, transfers);
    }

    /**
     * Returns whether the day is a holiday or a weekday made a day off by a transfer — a day off
     * that a school week does not already have (the weekends aside).
     *
     * @throws IllegalArgumentException if the day is not in this year
     */
    public boolean isDayOff(LocalDate day) {
        requireThisYear(day);
        return holidays.contains(day) || transfers.stream().anyMatch(t -> t.to().equals(day));
    }

    /** Returns the weekend days made working days by a transfer, sorted. */
    public SortedSet<LocalDate> workingWeekendDays() {
        SortedSet<LocalDate> days = new TreeSet<>();
        transfers.stream().map(DayTransfer::from).filter(day -> !holidays.contains(day)).forEach(days::add);
        return Collections.unmodifiableSortedSet(days);
    }

    /** Returns every non-working day of the year, weekends included, sorted. */
    public SortedSet<LocalDate> nonWorkingDays() {
        SortedSet<LocalDate> days = new TreeSet<>();
        LocalDate first = LocalDate.of(year, 1, 1);
        for (LocalDate day = first; day.getYear() == year; day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                days.add(day);
            }
        }
        return Collections.unmodifiableSortedSet(days);
    }

    private void requireThisYear(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (day.getYear() != year) {
            throw new IllegalArgumentException(day + " is not in the production calendar's year " + year);
        }
    }

    private static boolean isWorkingDay(LocalDate day, Set<LocalDate> holidays, List<DayTransfer> transfers) {
        for (DayTransfer transfer : transfers) {
            if (transfer.to().equals(day)) {
                return false;
            }
            if (transfer.from().equals(day)) {
                return !holidays.contains(day);
            }
        }
        return !DayTransfer.isWeekend(day) && !holidays.contains(day);
    }
}
