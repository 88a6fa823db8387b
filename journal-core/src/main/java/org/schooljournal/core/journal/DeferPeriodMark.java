package org.schooljournal.core.journal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.schooljournal.core.school.SchoolId;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.rules.calendar.StudyPeriod;

/**
 * Defers a student's period mark for illness (MRK-8) to a new due date after the period: the
 * period can close without it, and the subject teacher sets it later.
 *
 * @param schoolId the school
 * @param holderCode the class or group
 * @param subjectCode the subject
 * @param period the period, such as {@code QUARTER-1}
 * @param studentId the student
 * @param dueDate the new due date, after the period's last day
 * @param reason why, such as the medical certificate
 */
public record DeferPeriodMark(
        @NotNull @Pattern(regexp = SchoolId.PATTERN) String schoolId,
        @NotBlank String holderCode,
        @NotBlank String subjectCode,
        @NotBlank String period,
        @NotBlank String studentId,
        @NotNull LocalDate dueDate,
        @NotBlank String reason) implements JournalCommand {

    List<JournalEvent> decide(JournalContext context, JournalState journal) {
        JournalScope scope = JournalScope.of(context, journal(), this);
        StudyPeriod studyPeriod = scope.period(period).orElseThrow(() -> InvalidCommandException.of(this, "period",
                period, "is not a study period of journal " + journal.key()));
        JournalGate.requireRecord(context, scope, journal, Optional.empty(), Optional.of(period), this);
        if (!scope.hasStudent(studentId, studyPeriod.lastDay())) {
            throw InvalidCommandException.of(this, "studentId", studentId, "is not a student of journal "
                    + journal.key() + " at the end of " + period);
        }
        if (!dueDate.isAfter(studyPeriod.lastDay())) {
            throw InvalidCommandException.of(this, "dueDate", dueDate, "must be after the last day of " + period
                    + ", " + studyPeriod.lastDay());
        }
        if (PeriodCompleteness.periodMark(journal, period, studentId).isPresent()
                || journal.deferral(studentId, period).isPresent()) {
            throw InvalidCommandException.of(this, "studentId", studentId, "already has a " + period
                    + " mark or deferral");
        }
        PeriodMarkDeferred deferred = new PeriodMarkDeferred(new Deferral(studentId, period, dueDate, reason.strip()));
        if (PeriodCompleteness.of(scope, deferred.applyTo(journal), studyPeriod).complete()) {
            return List.of(deferred, new PeriodClosed(period));
        }
        return List.of(deferred);
    }
}
