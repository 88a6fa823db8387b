package org.schooljournal.core.journal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.school.SchoolId;
import org.schooljournal.core.validation.InvalidCommandException;

/**
 * Records that a lesson is given by a substitute (LES-5, A2-deputy 4), who may then record in that
 * lesson only (ACC-2). The administration records it.
 *
 * @param schoolId the school
 * @param holderCode the class or group
 * @param subjectCode the subject
 * @param date the lesson's date
 * @param slot the lesson's slot
 * @param teacherId the substitute, a subject teacher of the school
 */
public record RecordSubstitution(
        @NotNull @Pattern(regexp = SchoolId.PATTERN) String schoolId,
        @NotBlank String holderCode,
        @NotBlank String subjectCode,
        @NotNull LocalDate date,
        @PositiveOrZero int slot,
        @NotBlank String teacherId) implements JournalCommand {

    List<JournalEvent> decide(JournalContext context, JournalState journal) {
        JournalScope scope = JournalScope.of(context, journal(), this);
        LessonRef lesson = new LessonRef(date, slot);
        scope.lesson(journal, lesson, this);
        JournalGate.requireAdministration(context, journal(), this);
        if (!context.school().rolesOf(teacherId).contains(Role.SUBJECT_TEACHER)) {
            throw InvalidCommandException.of(this, "teacherId", teacherId, "is not a subject teacher of school "
                    + schoolId);
        }
        if (journal.substituteOf(lesson).equals(Optional.of(teacherId))) {
            return List.of();
        }
        return List.of(new SubstitutionRecorded(lesson, teacherId));
    }
}
