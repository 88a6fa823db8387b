package org.schooljournal.core.journal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.schooljournal.core.validation.BoundedDate;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.OneLine;
import org.schooljournal.core.validation.PersonId;
import org.schooljournal.core.validation.SchoolId;
import org.schooljournal.core.validation.Texts;
import org.schooljournal.rules.calendar.StudyPeriod;

/**
 * Defers a student's period mark for illness (MRK-8) to a new due date after the period: the
 * period can close without it, and the subject teacher sets it later.
 *
 * @param schoolId the school
 * @param journal the class or group and the subject
 * @param period the period, such as the first quarter
 * @param studentId the student
 * @param dueDate the new due date, after the period's last day
 * @param reason why, such as the medical certificate
 */
public record DeferPeriodMark(
        @NotNull @SchoolId String schoolId,
        @NotNull @Valid JournalKey journal,
        @NotNull PeriodRef period,
        @NotNull @PersonId String studentId,
        @NotNull @BoundedDate LocalDate dueDate,
        @NotBlank @OneLine(max = Texts.REASON) String reason) implements JournalCommand {

    List<JournalEvent> decide(JournalContext context, JournalState state) {
        JournalScope scope = JournalScope.of(context, journal, this);
        StudyPeriod studyPeriod = scope.period(period).orElseThrow(() -> InvalidCommandException.of(this, "period",
                period, "is not a study period of journal " + journal));
        JournalGate.requireRecord(context, scope, state, Optional.empty(), Optional.of(period), this);
        if (!scope.hasStudent(studentId, studyPeriod.lastDay())) {
            throw InvalidCommandException.of(this, "studentId", studentId, "is not a student of journal "
                    + journal + " at the end of " + period);
        }
        if (!dueDate.isAfter(studyPeriod.lastDay())) {
            throw InvalidCommandException.of(this, "dueDate", dueDate, "must be after the last day of " + period
                    + ", " + studyPeriod.lastDay());
        }
        if (PeriodCompleteness.periodMark(state, period, studentId).isPresent()
                || state.deferral(studentId, period).isPresent()) {
            throw InvalidCommandException.of(this, "studentId", studentId, "already has a " + period
                    + " mark or deferral");
        }
        PeriodMarkDeferred deferred = new PeriodMarkDeferred(new Deferral(studentId, period.toString(), dueDate,
                reason.strip()));
        if (PeriodCompleteness.of(scope, deferred.applyTo(state), studyPeriod).complete()) {
            return List.of(deferred, new PeriodClosed(period.toString()));
        }
        return List.of(deferred);
    }
}
