package org.schooljournal.core.journal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.PersonId;
import org.schooljournal.core.validation.SchoolId;

/**
 * Records that a lesson is given by a substitute (LES-5, A2-deputy 4), who may then record in that
 * lesson only (ACC-2). The administration records it.
 *
 * @param schoolId the school
 * @param journal the class or group and the subject
 * @param lesson the lesson
 * @param teacherId the substitute, a subject teacher of the school
 */
public record RecordSubstitution(
        @NotNull @SchoolId String schoolId,
        @NotNull @Valid JournalKey journal,
        @NotNull @Valid LessonRef lesson,
        @NotNull @PersonId String teacherId) implements JournalCommand {

    List<JournalEvent> decide(JournalContext context, JournalState state) {
        JournalScope.of(context, journal, this).lesson(state, lesson, this);
        JournalGate.requireAdministration(context, journal, this);
        if (!context.school().rolesOf(teacherId).contains(Role.SUBJECT_TEACHER)) {
            throw InvalidCommandException.of(this, "teacherId", teacherId, "is not a subject teacher of school "
                    + schoolId);
        }
        if (state.substituteOf(lesson).equals(Optional.of(teacherId))) {
            return List.of();
        }
        return List.of(new SubstitutionRecorded(lesson, teacherId));
    }
}
