package org.schooljournal.core.reports;

import java.util.Objects;
import java.util.Optional;
import org.schooljournal.core.journal.JournalKey;

/**
 * A student with fewer current marks in a study period than the control of the journals asks for
 * before the period mark (REP-5: density of marks, «наполняемость отметок»).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param journal the journal
 * @param studentId the student
 * @param period the period, such as {@code QUARTER-1}
 * @param marks the student's present current marks in the period's lessons
 * @param periodMark the student's period mark, if set
 */
public record FewMarks(JournalKey journal, String studentId, String period, int marks, Optional<String> periodMark) {

    /** Checks the parts are given. */
    public FewMarks {
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(periodMark, "periodMark");
    }
}
