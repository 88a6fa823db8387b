package org.schooljournal.core.journal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.schooljournal.core.school.SchoolId;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.programme.Programme;

/**
 * Moves a lesson of the timetable to another date or slot (LES-5): the journal's lesson is then
 * the new one. The administration records it, before anything is entered in the lesson.
 *
 * @param schoolId the school
 * @param holderCode the class or group
 * @param subjectCode the subject
 * @param date the timetabled lesson's date
 * @param slot its slot
 * @param newDate the date it is given
 * @param newSlot the slot it is given in
 * @param reason why
 */
public record RescheduleLesson(
        @NotNull @Pattern(regexp = SchoolId.PATTERN) String schoolId,
        @NotBlank String holderCode,
        @NotBlank String subjectCode,
        @NotNull LocalDate date,
        @PositiveOrZero int slot,
        @NotNull LocalDate newDate,
        @PositiveOrZero int newSlot,
        @NotBlank String reason) implements JournalCommand {

    List<JournalEvent> decide(JournalContext context, JournalState journal) {
        JournalScope scope = JournalScope.of(context, journal(), this);
        LessonRef from = new LessonRef(date, slot);
        LessonRef to = new LessonRef(newDate, newSlot);
        scope.lesson(journal, from, this);
        JournalGate.requireAdministration(context, journal(), this);
        if (!journal.entries(e -> e.lesson().equals(Optional.of(from))).isEmpty()) {
            throw InvalidCommandException.of(this, "date", from, "already has entries; a lesson that took place"
                    + " is not moved");
        }
        if (Programme.of(context.school()).timetableEntry(holderCode, newDate.getDayOfWeek(), newSlot).isPresent()
                || journal.reschedules().containsValue(to)) {
            throw InvalidCommandException.of(this, "newSlot", to, holderCode + " already has a lesson then");
        }
        try {
            scope.calendar(this).lesson(scope.classCodes().get(0), newDate, newSlot);
        } catch (IllegalArgumentException e) {
            throw InvalidCommandException.of(this, "newDate", to, e.getMessage());
        }
        return List.of(new LessonRescheduled(from, to, reason.strip()));
    }
}
