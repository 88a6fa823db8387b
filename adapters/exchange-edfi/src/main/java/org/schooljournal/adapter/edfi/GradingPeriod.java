package org.schooljournal.adapter.edfi;

import java.util.Objects;
import org.schooljournal.core.journal.PeriodRef;
import org.schooljournal.rules.calendar.PeriodKind;

/**
 * A study period of the school's year as an Ed-Fi grading period (YR-1, EXC-1): its descriptor
 * from Ed-Fi's list (a quarter is «Nine Weeks», a half-year a «Semester», the year «End of Year»),
 * its name the period as events store it ({@code QUARTER-1}), the school year and the school.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param schoolId the school's Ed-Fi {@code SchoolId}
 * @param schoolYear the first calendar year of the academic year, such as 2026
 * @param period the study period
 */
public record GradingPeriod(long schoolId, int schoolYear, PeriodRef period) {

    private static final String NAMESPACE = "uri://ed-fi.org/GradingPeriodDescriptor";
    private static final String[] ORDINALS = {"First", "Second", "Third", "Fourth"};

    /**
     * Checks the school year.
     *
     * @throws IllegalArgumentException if the school year is not one Ed-Fi lists (1990–2049)
     */
    public GradingPeriod {
        EdfiLimits.schoolYear("schoolYear", schoolYear);
        Objects.requireNonNull(period, "period");
    }

    /**
     * Returns the descriptor's URI, such as
     * {@code uri://ed-fi.org/GradingPeriodDescriptor#First Nine Weeks} for the first quarter.
     */
    public String descriptor() {
        return NAMESPACE + "#" + codeValue();
    }

    /** Returns the descriptor's code value: «First Nine Weeks», «Second Trimester», «End of Year». */
    public String codeValue() {
        PeriodKind kind = period.kind();
        String ordinal = ORDINALS[period.number() - 1];
        return switch (kind) {
            case QUARTER -> ordinal + " Nine Weeks";
            case TRIMESTER -> ordinal + " Trimester";
            case SEMESTER -> ordinal + " Semester";
            case YEAR -> "End of Year";
        };
    }

    /** Returns the grading period's name: the period as events store it, such as {@code QUARTER-1}. */
    public String name() {
        return period.toString();
    }

    /** Returns the grade type of a mark for this period: the year's is final, the others' a grading period's. */
    public GradeType gradeType() {
        return period.kind() == PeriodKind.YEAR ? GradeType.FINAL : GradeType.GRADING_PERIOD;
    }

    /** Returns the school year as interchange XML writes it, such as {@code 2026-2027}. */
    public String interchangeSchoolYear() {
        return schoolYear + "-" + (schoolYear + 1);
    }

    /** Returns the school year as the Ed-Fi API writes it: the year it ends, such as 2027. */
    public int apiSchoolYear() {
        return schoolYear + 1;
    }
}
