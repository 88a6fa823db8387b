package org.schooljournal.core.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.schooljournal.core.Actor;
import org.schooljournal.core.programme.TeachingAssignment;
import org.schooljournal.core.programme.TimetableEntry;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.roster.StudentOrder;
import org.schooljournal.core.school.SchoolClass;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.NotFoundException;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.rules.calendar.EducationLevel;

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

    /** Returns the journals of the class's subjects: those of its timetable and its teaching load. */
    public static List<JournalKey> journalsOf(SchoolState school, String classCode) {
        Set<String> subjects = new LinkedHashSet<>();
        school.programme().timetableOf(classCode).stream().map(TimetableEntry::subjectCode).forEach(subjects::add);
        school.programme().teachingLoad().stream().filter(a -> a.holderCode().equals(classCode))
                .map(TeachingAssignment::subjectCode).forEach(subjects::add);
        return school.programme().subjects().keySet().stream().filter(subjects::contains)
                .map(subject -> new JournalKey(classCode, subject)).toList();
    }

    /**
     * Returns the class's summary sheet from its journals.
     *
     * @throws NotFoundException if the class does not exist
     * @throws org.schooljournal.core.access.AccessDeniedException if the reader is neither the administration nor the class's
     *     homeroom teacher
     */
    public static SummarySheet of(Actor reader, SchoolState school, String classCode,
            Map<JournalKey, JournalState> journals, Instant now) {
        SchoolClass schoolClass = school.structure().schoolClass(classCode).orElseThrow(() ->
                NotFoundException.of(SummarySheet.class, "classCode", classCode, "is not a class of school "
                        + school.schoolId()));
        JournalAccess.requireClassReader(reader, school, classCode, "the summary sheet");
        EducationLevel level = EducationLevel.ofGrade(schoolClass.grade());
        List<String> periods = school.structure().studyPeriods().stream().filter(p -> p.appliesTo(level))
                .sorted(java.util.Comparator.comparing(org.schooljournal.rules.calendar.StudyPeriod::lastDay)
                        .thenComparing(p -> p.kind().ordinal()))
                .map(JournalScope::nameOf).toList();
        List<Student> students = StudentOrder.sort(school.roster().studentsIn(classCode, dayOf(school, now)));
        List<Row> rows = new ArrayList<>();
        int number = 1;
        for (Student student : students) {
            Map<String, Map<String, String>> marks = new LinkedHashMap<>();
            journals.forEach((key, journal) -> {
                Map<String, String> byPeriod = new LinkedHashMap<>();
                for (String period : periods) {
                    PeriodCompleteness.periodMark(journal, period, student.personId())
                            .ifPresent(e -> byPeriod.put(period, e.current().value()));
                }
                marks.put(key.subjectCode(), byPeriod);
            });
            rows.add(new Row(number++, student, marks));
        }
        return new SummarySheet(classCode, periods, journals.keySet().stream().map(JournalKey::subjectCode).toList(),
                rows);
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
