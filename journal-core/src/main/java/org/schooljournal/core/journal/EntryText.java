package org.schooljournal.core.journal;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.school.SchoolState;

/**
 * A journal's entries and operations in Russian, as the act of a compromised account lists them
 * and the guardians' correction notices name them (PD-4, UX-1): the journal, the entry's number,
 * its kind and value, its student, lesson or period. Texts from entries.properties.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class EntryText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private EntryText() {
    }

    /** Returns the journal's name: «журнал «5А, Математика»». */
    public static String journal(SchoolState school, JournalKey key) {
        return format("journal", key.holderCode(), Programme.of(school).subjectName(key.subjectCode()));
    }

    /** Returns the entry's number: «запись № 3». */
    static String number(int number) {
        return format("number", String.valueOf(number));
    }

    /**
     * Returns one value of an entry with what it is about: «отметка «5», обучающийся Иванов Пётр,
     * урок 12.10.2026, 1-й по расписанию».
     */
    public static String value(SchoolState school, JournalEntry entry, Revision revision) {
        return value(school, entry.kind(), entry.lesson(), entry.studentId(), entry.period(), revision.value());
    }

    /** Returns a value of an entry of that kind with what it is about. */
    static String value(SchoolState school, EntryKind kind, Optional<LessonRef> lesson, Optional<String> studentId,
            Optional<String> period, String value) {
        String kindName = text("kind." + kind.name());
        List<String> parts = new ArrayList<>();
        parts.add(value.isEmpty() ? format("removed", kindName) : format("value", kindName, value));
        studentId.ifPresent(id -> parts.add(format("student", studentName(school, id))));
        lesson.ifPresent(l -> parts.add(format("lesson", l.date().format(DATE), String.valueOf(l.slot()))));
        period.ifPresent(p -> parts.add(format("period", p)));
        return String.join(", ", parts);
    }

    /** Returns a student's full name, or their identifier if the roster does not know them. */
    static String studentName(SchoolState school, String studentId) {
        return Roster.of(school).student(studentId).map(Student::fullName).orElse(studentId);
    }

    /** Returns a guardian's full name, or their identifier if the roster does not know them. */
    static String guardianName(SchoolState school, String guardianId) {
        return Roster.of(school).guardian(guardianId).map(g -> g.fullName()).orElse(guardianId);
    }

    /** Returns the lesson as written: «урок 12.10.2026, 1-й по расписанию». */
    static String lesson(LessonRef lesson) {
        return format("lesson", lesson.date().format(DATE), String.valueOf(lesson.slot()));
    }

    /** Returns a date as written: «06.11.2026». */
    static String date(LocalDate date) {
        return date.format(DATE);
    }

    /** Returns a grading system's Russian name: «пятибалльная». */
    static String grading(GradingSystem system) {
        return text("grading." + system.name());
    }

    /** Returns a text of entries.properties filled in. */
    static String format(String name, Object... arguments) {
        return MessageFormat.format(text(name).replace("'", "''"), arguments);
    }

    private static String text(String name) {
        return ResourceBundle.getBundle("org.schooljournal.core.journal.entries", Locale.ROOT).getString(name);
    }
}
