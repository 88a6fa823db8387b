package org.schooljournal.rules.ruleset;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.rules.calendar.SchoolCalendar;

/**
 * ARC-1 and ARC-2: every year, after the academic year ends but no later than {@code printBy}
 * (30 June), the journal and the summary sheets are printed, bound and sealed; journals are kept
 * 5 years, summary sheets 25 (R 3.4.1, R 3.4.2).
 *
 * <p>The print window opens at 00:00 of the day after the academic year's last day and closes at
 * 24:00 of {@code printBy} of the year the academic year ends in; {@link #enforcement()} applies
 * to it. The retention years count as {@code retentionCountsFrom} says; disposal before they end
 * is always refused, whatever the enforcement.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param reference the clause of the regulation
 * @param enforcement what is done with a print outside its window
 * @param printBy the last day of the print, in the year the academic year ends
 * @param retentionYears how many years the record is kept; 1 to 100 ({@link ParameterBounds})
 * @param retentionCountsFrom from when the years count
 */
public record ArchiveRule(
        String reference,
        Enforcement enforcement,
        MonthDay printBy,
        int retentionYears,
        RetentionStart retentionCountsFrom) implements LimitRule {

    /** From when retention years count. */
    public enum RetentionStart {
        /**
         * From 1 January of the year after the record was closed, as Russian archives count
         * retention (Rosarkhiv's list of standard records, 2019); the default.
         */
        JANUARY_FIRST_AFTER_CLOSING,
        /** From the day after the record was closed (Civil Code, art. 191). */
        DAY_AFTER_CLOSING
    }

    /** Checks the parameters; see {@link BadParameter}. */
    public ArchiveRule {
        BadParameter.text("reference", reference);
        BadParameter.required("enforcement", enforcement);
        BadParameter.required("printBy", printBy);
        BadParameter.within("retentionYears", retentionYears, 1, ParameterBounds.MAX_RETENTION_YEARS);
        BadParameter.required("retentionCountsFrom", retentionCountsFrom);
    }

    /** Returns the first instant of the print window: the day after the year's last day. */
    public Instant printOpensAt(AcademicYear year, SchoolCalendar calendar) {
        return calendar.endOfDay(year.lastDay());
    }

    /**
     * Returns the last instant of the print window: 24:00 of {@code printBy}.
     *
     * @throws IllegalArgumentException if the academic year ends after that day, so that it
     *     cannot be printed "after the year, by {@code printBy}"
     */
    public Instant printClosesAt(AcademicYear year, SchoolCalendar calendar) {
        LocalDate lastDay = printBy.atYear(year.startYear() + 1);
        if (year.lastDay().isAfter(lastDay)) {
            throw new IllegalArgumentException("the academic year " + year.label() + " ends "
                    + year.lastDay() + ", after the print-by day " + lastDay);
        }
        return calendar.endOfDay(lastDay);
    }

    /** Returns the first day the record may be disposed of: the day its retention has ended. */
    public LocalDate disposalDay(LocalDate closedOn) {
        return switch (retentionCountsFrom) {
            case JANUARY_FIRST_AFTER_CLOSING -> LocalDate.of(closedOn.getYear() + 1 + retentionYears, 1, 1);
            case DAY_AFTER_CLOSING -> closedOn.plusYears(retentionYears).plusDays(1);
        };
    }

    /** Returns the first instant the record may be disposed of. */
    public Instant disposalOpensAt(LocalDate closedOn, SchoolCalendar calendar) {
        return calendar.startOfDay(disposalDay(closedOn));
    }
}
