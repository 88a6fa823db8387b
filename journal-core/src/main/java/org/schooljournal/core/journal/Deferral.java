package org.schooljournal.core.journal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period mark deferred for a student's illness (MRK-8), with its new due date.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param studentId the student
 * @param period the study period, such as {@code QUARTER-1}
 * @param dueDate the day by which the mark is to be set
 * @param reason why, such as the medical certificate's number
 */
public record Deferral(String studentId, String period, LocalDate dueDate, String reason) {

    /** Checks the parts are given. */
    public Deferral {
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(reason, "reason");
    }
}
