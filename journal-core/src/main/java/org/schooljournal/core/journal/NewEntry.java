package org.schooljournal.core.journal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.rules.calendar.LessonTime;

/**
 * The checks every new entry of a lesson passes, and the event that records it: the student
 * belongs to the journal that day, and the lesson has no such entry yet — a second value is a
 * correction (MRK-10), never an overwrite.
 */
final class NewEntry {


    private NewEntry() {
    }

    /**
     * A lesson a new entry is for: the journal's scope and the lesson's time.
     *
     * @param scope the journal's scope
     * @param time the lesson's time in the calendar
     */
    record Lesson(JournalScope scope, LessonTime time) {
    }

    /**
     * Resolves the lesson of a new entry and checks the actor may record in it (ACC-2, LES-5,
     * MRK-9).
     *
     * @throws InvalidCommandException if the journal has no such lesson
     */
    static Lesson lesson(JournalContext context, JournalState journal, JournalKey key, LessonRef lesson,
            Object command) {
        JournalScope scope = JournalScope.of(context, key, command);
        LessonTime time = scope.lesson(journal, lesson, command);
        JournalGate.requireRecord(context, scope, journal, Optional.of(lesson), Optional.empty(), command);
        return new Lesson(scope, time);
    }

    /**
     * Checks the student belongs to the journal on the lesson's date.
     *
     * @throws InvalidCommandException naming the student otherwise
     */
    static void requireStudent(JournalScope scope, LessonRef lesson, String studentId, Object command) {
        notStudent(scope, lesson, studentId).ifPresent(rule -> {
            throw InvalidCommandException.of(command, "studentId", studentId, rule);
        });
    }

    /** Returns why the student does not belong to the journal on the lesson's date, if they do not. */
    static Optional<String> notStudent(JournalScope scope, LessonRef lesson, String studentId) {
        return scope.hasStudent(studentId, lesson.date()) ? Optional.empty()
                : Optional.of("is not a student of journal " + scope.key() + " on " + lesson.date());
    }

    /**
     * Checks the lesson has no present entry of the kind for the student yet.
     *
     * @throws InvalidCommandException naming the entry to correct otherwise
     */
    static void requireFirst(JournalState journal, EntryKind kind, LessonRef lesson, Optional<String> studentId,
            Object command) {
        notFirst(journal, kind, lesson, studentId).ifPresent(rule -> {
            throw InvalidCommandException.of(command, "lesson", lesson, rule);
        });
    }

    /**
     * Returns why the lesson may not have a new entry of the kind for the student, if it may not: it
     * has one, named with the way to change it.
     */
    static Optional<String> notFirst(JournalState journal, EntryKind kind, LessonRef lesson,
            Optional<String> studentId) {
        return journal.presentEntry(kind, lesson, studentId).map(existing -> "already has " + kind
                + studentId.map(s -> " of student " + s).orElse("") + " as entry " + existing.number()
                + " («" + existing.current().value() + "»); change it with CorrectEntry and a reason (MRK-10)");
    }

    /** Returns the event recording the entry of a lesson, as the journal's next entry. */
    static List<JournalEvent> of(JournalContext context, JournalState journal, EntryKind kind, LessonRef lesson,
            Optional<String> studentId, Map<String, String> details, String value, Optional<EntryTiming> timing) {
        return List.of(recorded(context, journal.nextNumber(), kind, lesson, studentId, details, value, timing));
    }

    /** Returns the event recording the entry of a lesson with that number. */
    static EntryRecorded recorded(JournalContext context, int number, EntryKind kind, LessonRef lesson,
            Optional<String> studentId, Map<String, String> details, String value, Optional<EntryTiming> timing) {
        return new EntryRecorded(number, kind, Optional.of(lesson), studentId, Optional.empty(), details, value,
                context.actor().personId(), context.now(), timing);
    }
}
