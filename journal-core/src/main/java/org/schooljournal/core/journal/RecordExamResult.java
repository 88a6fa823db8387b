package org.schooljournal.core.journal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schooljournal.core.access.JournalRights;
import org.schooljournal.core.validation.BoundedDate;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.OneLine;
import org.schooljournal.core.validation.PersonId;
import org.schooljournal.core.validation.SchoolId;
import org.schooljournal.core.validation.Texts;
import org.schooljournal.rules.Entry;

/**
 * Records a student's result of the final assessment or an examination in the subject, which the
 * diary shows at once; checked against MRK-13 (visible to students and guardians within 24 hours
 * of the result being obtained). The subject teacher or the administration records it.
 *
 * @param schoolId the school
 * @param journal the class or group and the subject
 * @param studentId the student
 * @param exam the assessment, such as «ОГЭ» or «итоговое сочинение»
 * @param result the result as the protocol gives it, such as «5», «78 баллов», «зачёт»
 * @param obtainedAt when the result was obtained (the protocol's instant); not after now
 */
public record RecordExamResult(
        @NotNull @SchoolId String schoolId,
        @NotNull @Valid JournalKey journal,
        @NotNull @PersonId String studentId,
        @NotBlank @OneLine(max = Texts.TITLE) String exam,
        @NotBlank @OneLine(max = Texts.TITLE) String result,
        @NotNull @BoundedDate Instant obtainedAt) implements JournalCommand {

    List<JournalEvent> decide(JournalContext context, JournalState state) {
        JournalScope scope = JournalScope.of(context, journal, this);
        JournalRights.requireCorrect(context.actor(), context.school(), scope.parties(state), Optional.empty(),
                "RecordExamResult");
        if (obtainedAt.isAfter(context.now())) {
            throw InvalidCommandException.of(this, "obtainedAt", obtainedAt, "is after now, " + context.now());
        }
        LocalDate day = LocalDate.ofInstant(obtainedAt, context.school().profile().orElseThrow().zone());
        if (!scope.hasStudent(studentId, day)) {
            throw InvalidCommandException.of(this, "studentId", studentId, "is not a student of journal "
                    + journal + " on " + day);
        }
        String name = exam.strip();
        state.entries(EntryKind.EXAM_RESULT).stream().filter(e -> e.present()
                && e.studentId().equals(Optional.of(studentId)) && e.detail("exam").equals(Optional.of(name)))
                .findFirst().ifPresent(existing -> {
                    throw InvalidCommandException.of(this, "exam", name, "already has the result of student "
                            + studentId + " as entry " + existing.number() + "; change it with CorrectEntry (MRK-10)");
                });
        EntryTiming timing = Timing.judge(context, new Entry.FinalResults(obtainedAt), this);
        return List.of(new EntryRecorded(state.nextNumber(), EntryKind.EXAM_RESULT, Optional.empty(),
                Optional.of(studentId), Optional.empty(), Map.of("exam", name, "obtainedAt", obtainedAt.toString()),
                result.strip(), context.actor().personId(), context.now(), Optional.of(timing)));
    }
}
