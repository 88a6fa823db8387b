package org.schooljournal.adapter.edfi;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An Ed-Fi {@code Grade} (EXC-1): a pupil's period or year mark in a journal (MRK-7), for its
 * grading period, with the pupil's association to the section (the day they joined it).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param studentUniqueId the pupil's identifier, Ed-Fi's {@code StudentUniqueId}
 * @param section the journal
 * @param beginDate the first day of the pupil in the journal, the association's {@code BeginDate}
 * @param gradingPeriod the study period the mark is for
 * @param earned the mark
 */
public record SectionGrade(String studentUniqueId, Section section, LocalDate beginDate, GradingPeriod gradingPeriod,
        GradeEarned earned) {

    /**
     * Checks the parts against the Ed-Fi schema.
     *
     * @throws IllegalArgumentException if the pupil's identifier is empty or longer than 32
     *     characters (Ed-Fi {@code UniqueId}), or the grading period is of another school or year
     *     than the section
     */
    public SectionGrade {
        EdfiLimits.text("studentUniqueId", studentUniqueId, "UniqueId", 1, 32);
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(beginDate, "beginDate");
        Objects.requireNonNull(gradingPeriod, "gradingPeriod");
        Objects.requireNonNull(earned, "earned");
        if (gradingPeriod.schoolId() != section.schoolId() || gradingPeriod.schoolYear() != section.schoolYear()) {
            throw new IllegalArgumentException("gradingPeriod must be of the section's school " + section.schoolId()
                    + " and year " + section.schoolYear() + ", was " + gradingPeriod);
        }
    }

    /** Returns the grade's type: final for a year mark, a grading period's otherwise. */
    public GradeType type() {
        return gradingPeriod.gradeType();
    }
}
