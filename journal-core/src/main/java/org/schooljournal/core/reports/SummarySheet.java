package org.schooljournal.core.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalState;
import org.schooljournal.core.journal.PeriodCompleteness;
import org.schooljournal.core.journal.PeriodRef;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.roster.StudentOrder;
import org.schooljournal.core.school.SchoolClass;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.rules.calendar.AcademicYear;

/**
 * The summary sheet of a class (сводная ведомость, MRK-12): every student's period and year marks
 * in every subject of the class, read from the class's journals when asked, so that it shows each
 * mark as soon as it is set. Read by the administration and the class's homeroom teacher.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param classCode the class
 * @param periods the periods of the class's grade, in order, such as {@code QUARTER-1}…{@code YEAR-1}
 * @param subjects the class's subjects, in the school's order
 * @param rows the students in alphabetical order, with their marks
 */
public record SummarySheet(String classCode, List<String> periods, List<String> subjects, List<Row> rows) {

    /**
     * A student's line.
     *
     * @param number the line's number, from 1
     * @param student the student
     * @param marks the current period marks by subject, then by period
     */
    public record Row(int number, Student student, Map<String, Map<String, String>> marks) {

        /** Copies the marks. */
        public Row {
            Map<String, Map<String, String>> copy = new LinkedHashMap<>();
            marks.forEach((subject, byPeriod) -> copy.put(subject, Map.copyOf(byPeriod)));
            marks = java.util.Collections.unmodifiableMap(copy);
        }

        /** Returns the student's mark in the subject for the period, if set. */
        public Optional<String> mark(String subject, String period) {
            return Optional.ofNullable(marks.getOrDefault(subject, Map.of()).get(period));
        }
    }

    /** Copies the lists. */
    public SummarySheet {
        Objects.requireNonNull(classCode, "classCode");
        periods = List.copyOf(periods);
        subjects = List.copyOf(subjects);
        rows = List.copyOf(rows);
    }

    /**
     * Returns the class's summary sheet from its journals, with the class list of the day of
     * {@code now} within the academic year.
     */
    static SummarySheet of(SchoolState school, SchoolClass schoolClass, Map<JournalKey, JournalState> journals,
            Instant now) {
        String classCode = schoolClass.code();
        List<PeriodRef> periods = ClassPeriods.of(school, schoolClass).stream().map(PeriodRef::of).toList();
        List<Student> students = StudentOrder.sort(Roster.of(school).studentsIn(classCode, dayOf(school, now)));
        List<Row> rows = new ArrayList<>();
        int number = 1;
        for (Student student : students) {
            Map<String, Map<String, String>> marks = new LinkedHashMap<>();
            journals.forEach((key, journal) -> {
                Map<String, String> byPeriod = new LinkedHashMap<>();
                for (PeriodRef period : periods) {
                    PeriodCompleteness.periodMark(journal, period, student.personId())
                            .ifPresent(e -> byPeriod.put(period.toString(), e.current().value()));
                }
                marks.put(key.subjectCode(), byPeriod);
            });
            rows.add(new Row(number++, student, marks));
        }
        return new SummarySheet(classCode, periods.stream().map(PeriodRef::toString).toList(),
                journals.keySet().stream().map(JournalKey::subjectCode).toList(), rows);
    }

    /** The day whose class list the sheet shows: today, within the academic year. */
    private static LocalDate dayOf(SchoolState school, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, school.profile().orElseThrow().zone());
        Optional<AcademicYear> year = school.structure().academicYear();
        if (year.isEmpty()) {
            return today;
        }
        if (today.isAfter(year.get().lastDay())) {
            return year.get().lastDay();
        }
        return today.isBefore(year.get().firstDay()) ? year.get().firstDay() : today;
    }
}
