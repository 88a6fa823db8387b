package org.schooljournal.core.journal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.OneLine;
import org.schooljournal.core.validation.SchoolId;
import org.schooljournal.core.validation.Texts;

/**
 * Moves a lesson of the timetable to another date or slot (LES-5): the journal's lesson is then
 * the new one. The administration records it, before anything is entered in the lesson.
 *
 * @param schoolId the school
 * @param journal the class or group and the subject
 * @param lesson the timetabled lesson
 * @param newLesson the date and slot it is given in
 * @param reason why
 */
public record RescheduleLesson(
        @NotNull @SchoolId String schoolId,
        @NotNull @Valid JournalKey journal,
        @NotNull @Valid LessonRef lesson,
        @NotNull @Valid LessonRef newLesson,
        @NotBlank @OneLine(max = Texts.REASON) String reason) implements JournalCommand {

    List<JournalEvent> decide(JournalContext context, JournalState state) {
        JournalScope scope = JournalScope.of(context, journal, this);
        scope.lesson(state, lesson, this);
        JournalGate.requireAdministration(context, journal, this);
        if (!state.lessonEntries(lesson).isEmpty()) {
            throw InvalidCommandException.of(this, "lesson", lesson, "already has entries; a lesson that took place"
                    + " is not moved");
        }
        if (Programme.of(context.school()).timetableEntry(journal.holderCode(), newLesson.date().getDayOfWeek(),
                newLesson.slot()).isPresent() || state.reschedules().containsValue(newLesson)) {
            throw InvalidCommandException.of(this, "newLesson", newLesson, journal.holderCode()
                    + " already has a lesson then");
        }
        try {
            scope.calendar(this).lesson(scope.classCodes().get(0), newLesson.date(), newLesson.slot());
        } catch (IllegalArgumentException e) {
            throw InvalidCommandException.of(this, "newLesson", newLesson, e.getMessage());
        }
        return List.of(new LessonRescheduled(lesson, newLesson, reason.strip()));
    }
}
