package org.schooljournal.core.journal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schooljournal.core.validation.Paragraphs;
import org.schooljournal.core.validation.PersonId;
import org.schooljournal.core.validation.SchoolId;
import org.schooljournal.core.validation.Texts;

/**
 * Adds a teacher's note to a lesson (LES-7): a student's lateness with its minutes (ATT-1),
 * behaviour or progress, for one student or the class. A note tells what happened in the lesson,
 * so it is refused before the lesson begins (OUT_OF_TIME).
 *
 * @param schoolId the school
 * @param journal the class or group and the subject
 * @param lesson the lesson
 * @param studentId the student; empty for a note on the class
 * @param kind what the note is about
 * @param text the note, such as «опоздал на 10 минут»
 */
public record AddTeacherNote(
        @NotNull @SchoolId String schoolId,
        @NotNull @Valid JournalKey journal,
        @NotNull @Valid LessonRef lesson,
        @NotNull Optional<@PersonId String> studentId,
        @NotNull NoteKind kind,
        @NotBlank @Paragraphs(max = Texts.MESSAGE) String text) implements JournalCommand {

    List<JournalEvent> decide(JournalContext context, JournalState state) {
        NewEntry.Lesson target = NewEntry.lesson(context, state, journal, lesson, this);
        JournalScope scope = target.scope();
        studentId.ifPresent(student -> NewEntry.requireStudent(scope, lesson, student, this));
        Timing.requireBegun(context, target.time(), this);
        return NewEntry.of(context, state, EntryKind.NOTE, lesson, studentId, Map.of("kind", kind.name()),
                text.strip(), Optional.empty());
    }
}
