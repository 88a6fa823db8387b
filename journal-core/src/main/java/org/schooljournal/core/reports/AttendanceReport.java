package org.schooljournal.core.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.roster.StudentOrder;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.core.journal.AbsenceCode;
import org.schooljournal.core.journal.EntryKind;
import org.schooljournal.core.journal.JournalEntry;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalScope;
import org.schooljournal.core.journal.JournalState;
import org.schooljournal.core.journal.LessonRef;

/**
 * The lessons and days a class's students missed over some dates — a month, a period, the year —
 * read from all the class's journals (ATT-3). A lesson is missed when the student's current
 * absence code for it is «н», «б» or «ну»; a day is missed when every lesson of the class's
 * journals that day was.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param classCode the class
 * @param from the first date
 * @param to the last date
 * @param rows the students in alphabetical order
 */
public record AttendanceReport(String classCode, LocalDate from, LocalDate to, List<Row> rows) {

    /**
     * A student's absences.
     *
     * @param number the line's number, from 1
     * @param student the student
     * @param lessonsByCode the lessons missed, by absence code
     * @param daysMissed the days on which the student missed every lesson
     */
    public record Row(int number, Student student, Map<AbsenceCode, Integer> lessonsByCode, int daysMissed) {

        /** Copies the counts. */
        public Row {
            lessonsByCode = Map.copyOf(lessonsByCode);
        }

        /** Returns the lessons missed, whatever the code. */
        public int lessonsMissed() {
            return lessonsByCode.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Copies the rows. */
    public AttendanceReport {
        Objects.requireNonNull(classCode, "classCode");
        rows = List.copyOf(rows);
    }

    /** Returns the lessons the class missed, all students together. */
    public int lessonsMissed() {
        return rows.stream().mapToInt(Row::lessonsMissed).sum();
    }

    /** Returns the days the class's students missed, all students together. */
    public int daysMissed() {
        return rows.stream().mapToInt(Row::daysMissed).sum();
    }

    /** Returns the report of the class from its journals. */
    static AttendanceReport of(SchoolState school, String classCode, Map<JournalKey, JournalState> journals,
            SchoolCalendar calendar, LocalDate from, LocalDate to) {
        Map<LocalDate, Integer> lessonsPerDay = new HashMap<>();
        Map<String, Student> students = new LinkedHashMap<>();
        Map<String, Map<LocalDate, Integer>> missedPerDay = new HashMap<>();
        Map<String, Map<AbsenceCode, Integer>> byCode = new HashMap<>();
        journals.forEach((key, journal) -> {
            JournalScope scope = JournalScope.of(school, key, AttendanceReport.class);
            for (LessonRef lesson : scope.lessons(journal, from, to, calendar)) {
                lessonsPerDay.merge(lesson.date(), 1, Integer::sum);
                scope.students(lesson.date()).forEach(s -> students.putIfAbsent(s.personId(), s));
                for (JournalEntry absence : journal.entries(e -> e.kind() == EntryKind.ATTENDANCE && e.present()
                        && e.lesson().equals(Optional.of(lesson)))) {
                    String student = absence.studentId().orElseThrow();
                    byCode.computeIfAbsent(student, s -> new EnumMap<>(AbsenceCode.class))
                            .merge(AbsenceCode.ofCode(absence.current().value()).orElseThrow(), 1, Integer::sum);
                    missedPerDay.computeIfAbsent(student, s -> new HashMap<>()).merge(lesson.date(), 1, Integer::sum);
                }
            }
        });
        List<Row> rows = new ArrayList<>();
        int number = 1;
        for (Student student : StudentOrder.sort(students.values())) {
            int days = (int) missedPerDay.getOrDefault(student.personId(), Map.of()).entrySet().stream()
                    .filter(day -> day.getValue() >= lessonsPerDay.get(day.getKey())).count();
            rows.add(new Row(number++, student, byCode.getOrDefault(student.personId(), Map.of()), days));
        }
        return new AttendanceReport(classCode, from, to, rows);
    }
}
