package org.schooljournal.core.diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.core.journal.EntryKind;
import org.schooljournal.core.journal.EntryRef;
import org.schooljournal.core.journal.GradingSystem;
import org.schooljournal.core.journal.Forecasts;
import org.schooljournal.core.journal.JournalEntry;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalScope;
import org.schooljournal.core.journal.JournalState;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.PeriodCompleteness;
import org.schooljournal.core.journal.PeriodRef;
import org.schooljournal.core.journal.WorkKind;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.rules.calendar.HolidayKind;
import org.schooljournal.rules.calendar.Holidays;
import org.schooljournal.rules.calendar.LessonTime;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.rules.calendar.StudyPeriod;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.programme.Programme;

/**
 * A student's diary (электронный дневник) over some days (DRY-1, DRY-3): a view of the journals
 * of the student's class and of their individual curriculum, read when asked, so that it shows
 * each entry as soon as the journal has it. Each school day lists its lessons with subject,
 * teacher or substitute, moved lessons, the control-work schedule, topic, the class's and the
 * student's own homework, marks with kind of work and comment, and absences; the diary also
 * lists the period marks and examination results, the forecast of the period marks still to
 * come (MRK-11), the class's teachers, and what the teachers wrote: remarks, notes of lessons and, for a guardian
 * only, the messages to the guardians (DRY-6).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param student the student
 * @param from the first day
 * @param to the last day
 * @param days the days, in order
 * @param results the period marks, examination results and forecasts
 * @param notes the remarks, notes and messages of the days, in the order they were written
 * @param teachers the class's homeroom teacher, then the teachers of the student's subjects
 */
public record Diary(Student student, LocalDate from, LocalDate to, List<DiaryDay> days, List<DiaryResult> results,
        List<DiaryNote> notes, List<DiaryTeacher> teachers) {

    /** Copies the lists. */
    public Diary {
        Objects.requireNonNull(student, "student");
        days = List.copyOf(days);
        results = List.copyOf(results);
        notes = List.copyOf(notes);
        teachers = List.copyOf(teachers);
    }

    /** Returns the remarks and messages it shows, for read receipts (DRY-5). */
    public List<EntryRef> remarksAndMessages() {
        return notes.stream().filter(note -> note.kind() != EntryKind.NOTE).map(DiaryNote::ref).toList();
    }

    /**
     * Returns the diary of a student from the journals of their class and groups.
     *
     * @param journals the journals the student may be in, with their states
     * @param forGuardian whether a guardian reads it, who also sees the messages to guardians
     */
    static Diary of(SchoolState school, Student student, Map<JournalKey, JournalState> journals,
            SchoolCalendar calendar, LocalDate from, LocalDate to, boolean forGuardian) {
        List<DiaryDay> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            LocalDate date = day;
            Optional<String> classCode = Roster.of(school).classOf(student.personId(), date);
            boolean schoolDay = classCode.filter(code -> calendar.isSchoolDay(code, date)).isPresent();
            List<DiaryLesson> lessons = new ArrayList<>();
            if (schoolDay) {
                for (Map.Entry<JournalKey, JournalState> journal : journals.entrySet()) {
                    JournalScope scope = JournalScope.of(school, journal.getKey(), Diary.class);
                    if (!scope.hasStudent(student.personId(), date)) {
                        continue;
                    }
                    for (LessonRef lesson : scope.lessons(journal.getValue(), date, date, calendar)) {
                        lessons.add(lesson(school, scope, journal.getValue(), lesson, student.personId(), calendar));
                    }
                }
                lessons.sort(Comparator.comparingInt(DiaryLesson::slot));
            }
            Optional<HolidayKind> holidays = classCode.flatMap(school.structure()::schoolClass).flatMap(c -> calendar
                    .holidays().stream().filter(h -> h.covers(date, c.grade())).map(Holidays::kind).findFirst());
            days.add(new DiaryDay(date, schoolDay, holidays, calendar.isPublicNonWorkingDay(date), lessons));
        }
        return new Diary(student, from, to, days, results(school, student, journals, calendar, to),
                notes(school, student, journals, calendar, from, to, forGuardian),
                teachers(school, student.personId(), journals, to));
    }

    private static List<DiaryTeacher> teachers(SchoolState school, String studentId,
            Map<JournalKey, JournalState> journals, LocalDate day) {
        List<DiaryTeacher> teachers = new ArrayList<>();
        Roster.of(school).classOf(studentId, day).flatMap(school.structure()::schoolClass)
                .ifPresent(c -> teachers.add(new DiaryTeacher(nameOf(school, Optional.of(c.homeroomTeacherId())),
                        Optional.empty())));
        journals.keySet().forEach(key -> {
            JournalScope scope = JournalScope.of(school, key, Diary.class);
            if (scope.hasStudent(studentId, day) && scope.teacher().isPresent()) {
                String subject = Programme.of(school).subjectName(key.subjectCode());
                teachers.add(new DiaryTeacher(nameOf(school, scope.teacher()), Optional.of(subject)));
            }
        });
        return teachers;
    }

    private static List<DiaryNote> notes(SchoolState school, Student student, Map<JournalKey, JournalState> journals,
            SchoolCalendar calendar, LocalDate from, LocalDate to, boolean forGuardian) {
        List<DiaryNote> notes = new ArrayList<>();
        journals.forEach((key, journal) -> {
            String subject = Programme.of(school).subjectName(key.subjectCode());
            for (JournalEntry entry : journal.entries(e -> e.present() && e.studentId().equals(Optional.of(student.personId()))
                    && (e.kind() == EntryKind.REMARK || e.kind() == EntryKind.NOTE
                            || e.kind() == EntryKind.GUARDIAN_MESSAGE && forGuardian))) {
                LocalDate date = entry.lesson().map(LessonRef::date)
                        .orElseGet(() -> entry.original().recordedAt().atZone(calendar.zone()).toLocalDate());
                if (!date.isBefore(from) && !date.isAfter(to)) {
                    notes.add(new DiaryNote(new EntryRef(key, entry.number()), entry.kind(), date, entry.original().recordedAt(),
                            subject, nameOf(school, Optional.of(entry.original().author())), entry.current().value(),
                            entry.corrected()));
                }
            }
        });
        notes.sort(Comparator.comparing(DiaryNote::writtenAt));
        return notes;
    }

    private static DiaryLesson lesson(SchoolState school, JournalScope scope, JournalState journal, LessonRef lesson,
            String studentId, SchoolCalendar calendar) {
        LessonTime time = calendar.lesson(scope.classCodes().get(0), lesson.date(), lesson.slot());
        List<JournalEntry> own = journal.entries(e -> e.present() && e.lesson().equals(Optional.of(lesson))
                && e.studentId().equals(Optional.of(studentId)));
        List<DiaryMark> marks = own.stream().filter(e -> e.kind() == EntryKind.MARK)
                .map(e -> new DiaryMark(e.current().value(),
                        WorkKind.valueOf(e.detail("work").orElseThrow()).russianName(), e.detail("weight").orElse("1"),
                        e.detail("comment"), e.corrected()))
                .toList();
        Optional<String> absence = own.stream().filter(e -> e.kind() == EntryKind.ATTENDANCE)
                .map(e -> e.current().value()).findFirst();
        Optional<String> ownHomework = own.stream().filter(e -> e.kind() == EntryKind.HOMEWORK)
                .map(e -> e.current().value()).findFirst();
        JournalKey key = scope.key();
        String subject = Programme.of(school).subjectName(key.subjectCode());
        boolean controlWork = Programme.of(school).controlWorksOf(key.holderCode()).stream()
                .anyMatch(w -> w.subjectCode().equals(key.subjectCode()) && w.date().equals(lesson.date()));
        return new DiaryLesson(lesson.slot(), time.start(), time.end(), subject, nameOf(school, scope.teacher()),
                journal.substituteOf(lesson).map(id -> nameOf(school, Optional.of(id))),
                journal.reschedules().containsValue(lesson), controlWork,
                journal.presentEntry(EntryKind.TOPIC, lesson, Optional.empty()).map(e -> e.current().value()),
                journal.presentEntry(EntryKind.HOMEWORK, lesson, Optional.empty()).map(e -> e.current().value()),
                ownHomework, marks, absence);
    }

    private static List<DiaryResult> results(SchoolState school, Student student, Map<JournalKey, JournalState> journals,
            SchoolCalendar calendar, LocalDate to) {
        List<DiaryResult> results = new ArrayList<>();
        journals.forEach((key, journal) -> {
            JournalScope scope = JournalScope.of(school, key, Diary.class);
            String subject = Programme.of(school).subjectName(key.subjectCode());
            journal.entries(e -> e.present() && e.studentId().equals(Optional.of(student.personId()))
                            && (e.kind() == EntryKind.PERIOD_MARK || e.kind() == EntryKind.EXAM_RESULT))
                    .forEach(e -> results.add(new DiaryResult(subject,
                            e.period().or(() -> e.detail("exam")).orElseThrow(), Optional.of(e.current().value()),
                            Optional.empty())));
            Optional<StudyPeriod> current = scope.periodOf(to);
            if (journal.grading() == GradingSystem.FIVE_POINT && current.isPresent()
                    && scope.hasStudent(student.personId(), to)) {
                PeriodRef period = PeriodRef.of(current.get());
                if (PeriodCompleteness.periodMark(journal, period, student.personId()).isEmpty()) {
                    Forecasts.of(scope, journal, student.personId(), period, to).predictedMark()
                            .ifPresent(mark -> results.add(new DiaryResult(subject, period.toString(), Optional.empty(),
                                    Optional.of(mark))));
                }
            }
        });
        return results;
    }

    private static String nameOf(SchoolState school, Optional<String> personId) {
        return personId.map(school.structure()::staffName).orElse("—");
    }
}
