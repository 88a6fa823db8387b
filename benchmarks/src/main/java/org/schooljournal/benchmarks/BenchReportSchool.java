package org.schooljournal.benchmarks;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.journal.AbsenceCode;
import org.schooljournal.core.journal.AssignHomework;
import org.schooljournal.core.journal.JournalCommand;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.LessonKind;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.Mark;
import org.schooljournal.core.journal.PeriodRef;
import org.schooljournal.core.journal.RecordMark;
import org.schooljournal.core.journal.RecordRollCall;
import org.schooljournal.core.journal.RecordTopic;
import org.schooljournal.core.journal.SetPeriodMark;
import org.schooljournal.core.journal.WorkKind;
import org.schooljournal.core.programme.ActivityKind;
import org.schooljournal.core.programme.AddRoom;
import org.schooljournal.core.programme.AddSubject;
import org.schooljournal.core.programme.AddTimetableEntry;
import org.schooljournal.core.programme.AssignTeachingLoad;
import org.schooljournal.core.programme.PlannedTopic;
import org.schooljournal.core.programme.SetThematicPlan;
import org.schooljournal.core.programme.SubjectComponent;
import org.schooljournal.core.roster.EnrolStudent;
import org.schooljournal.core.school.AddStudyPeriod;
import org.schooljournal.core.school.AssignRole;
import org.schooljournal.core.school.HireStaff;
import org.schooljournal.core.school.OpenClass;
import org.schooljournal.core.school.RegisterSchool;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SetAcademicYear;
import org.schooljournal.core.school.SetBellSchedule;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.rules.calendar.LessonSlot;
import org.schooljournal.rules.calendar.StudyPeriod;

/**
 * A school of {@value #CLASSES} classes of {@value #STUDENTS} students (1 000), grades 1–11, whose
 * journals hold a whole year, written through the engine's commands on an in-memory store: the
 * school {@code ReportsBenchmark} reads its reports (REP-1, REP-5, MRK-12) from.
 *
 * <p>Grades 1–7 have four classes (А–Г), grades 8–11 three (А–В). Each class has the
 * {@value #SUBJECTS} subjects of {@link #SUBJECT_CODES}, one lesson of each every weekday of the
 * four quarters of 2026/27 ({@value BenchYear#SCHOOL_DAYS} school days): 170 lessons a journal, a
 * thematic plan of 180 hours (LES-2). Subject {@code s} of class {@code c} is taught in slot
 * {@code (s − c) mod 5} by teacher {@code 8s + c/5}, so each of the 40 teachers teaches five
 * classes without a clash; teacher {@code c} is class {@code c}'s homeroom teacher. Each lesson
 * holds its roll call (one {@code RecordRollCall} with one or two absences, at five minutes past the
 * lesson's start; every 50th at 14:00, late by ATT-2), and at 14:00 its topic, the homework and
 * {@value #MARKS_PER_LESSON} oral marks, of students moving through the class. On each quarter's
 * last school day at 15:00 every student gets the quarter mark in every subject (no year marks: the
 * school's calendar refuses a year period overlapping the quarters of the same education level, so
 * the year's results are the four quarters'). Everything is a function of the class, subject, day and student: two
 * set-ups give the same school.
 *
 * <p>Not thread-safe.
 */
final class BenchReportSchool {

    static final String SCHOOL = "86-1000";
    static final int CLASSES = 40;
    static final int STUDENTS = 25;
    static final int SUBJECTS = 5;
    static final int MARKS_PER_LESSON = 4;
    static final List<String> SUBJECT_CODES = List.of("rus", "math", "lit", "eng", "pe");
    static final Actor ADMIN = Actor.of("admin-01");
    static final Actor HEAD = Actor.of("head-01");
    /** When a day's topics, homework and marks are recorded: after its last lesson (12:50). */
    static final LocalTime RECORDED = LocalTime.of(14, 0);
    /** When the period marks are set, on a quarter's last school day. */
    static final LocalTime PERIOD_MARKS = LocalTime.of(15, 0);

    private static final List<String> SUBJECT_NAMES = List.of("Русский язык", "Математика", "Литература",
            "Английский язык", "Физическая культура");
    private static final List<String> SURNAMES = List.of("Иванов", "Смирнов", "Кузнецов", "Попов",
            "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков");
    private static final List<String> FIRST_NAMES = List.of("Анна", "Мария", "Елена", "Ольга", "Татьяна");
    private static final String[] LESSON_MARKS = {"5", "4", "4", "3", "5", "4", "3", "2", "4", "3", "5", "4"};
    private static final String[] PERIOD_MARKS_CYCLE = {"5", "4", "4", "3", "4", "5", "3", "4", "2", "3", "4"};
    private static final int PLAN_TOPICS = 36;
    private static final int PLAN_HOURS = 5;
    private static final int LATE_ROLL_CALL = 50;

    final BenchJournals.SettableClock clock = new BenchJournals.SettableClock(
            BenchJournals.at(LocalDate.of(2026, 8, 24), LocalTime.of(10, 0)));
    final InMemoryEventStore store = new InMemoryEventStore();
    final JournalEngine engine = JournalEngine.builder().eventStore(store).clock(clock).build();
    private final int classes;
    private final List<LessonSlot> slots = slots();
    private int commands;

    private BenchReportSchool(int classes) {
        this.classes = classes;
    }

    /**
     * Sets the school up and writes its journals' first {@code days} school days.
     *
     * @param classes how many classes, 1 to {@value #CLASSES} (fewer for a smoke run)
     * @param days how many school days the journals hold, from the first
     */
    static BenchReportSchool written(int classes, int days) {
        if (classes < 1 || classes > CLASSES) {
            throw new IllegalArgumentException("classes must be 1 to " + CLASSES + ", was " + classes);
        }
        if (days < 0 || days > BenchYear.DAYS.size()) {
            throw new IllegalArgumentException("days must be 0 to " + BenchYear.DAYS.size() + ", was " + days);
        }
        BenchReportSchool school = new BenchReportSchool(classes);
        school.setUp();
        for (int d = 0; d < days; d++) {
            school.writeDay(d);
        }
        return school;
    }

    /** Returns the codes of the school's classes, in order: 1А, 1Б, 1В, 1Г, 2А, … 11В. */
    List<String> classCodes() {
        return allClassCodes().subList(0, classes);
    }

    /** Returns the keys of every journal: each class's subjects. */
    List<JournalKey> journals() {
        List<JournalKey> keys = new ArrayList<>();
        for (String code : classCodes()) {
            SUBJECT_CODES.forEach(subject -> keys.add(new JournalKey(code, subject)));
        }
        return keys;
    }

    /** Returns how many commands the set-up executed. */
    int commands() {
        return commands;
    }

    /** Returns how many envelopes the store holds, in all its streams. */
    long envelopes() {
        return store.streamIds("").stream().mapToLong(store::version).sum();
    }

    /** Returns the instant at which the engine's clock stands. */
    Instant now() {
        return clock.instant();
    }

    /** Returns student {@code p} (from 0) of class {@code c} (from 0): s-0001… */
    static String student(int c, int p) {
        return String.format("s-%04d", c * STUDENTS + p + 1);
    }

    private static Actor teacher(int c, int s) {
        return Actor.of(teacherId(s * (CLASSES / SUBJECTS) + c / SUBJECTS));
    }

    private static String teacherId(int t) {
        return String.format("t-%02d", t + 1);
    }

    /** The subject taught to class {@code c} in slot {@code k} (both from 0). */
    private static int subjectAt(int c, int k) {
        return (k + c) % SUBJECTS;
    }

    private void writeDay(int d) {
        LocalDate day = BenchYear.DAYS.get(d);
        List<Runnable> late = new ArrayList<>();
        for (int k = 0; k < SUBJECTS; k++) {
            clock.set(BenchJournals.at(day, slots.get(k).start().plusMinutes(5)));
            for (int c = 0; c < classes; c++) {
                int lesson = (d * SUBJECTS + k) * CLASSES + c;
                RecordRollCall rollCall = rollCall(c, k, d, day);
                Actor teacher = teacher(c, subjectAt(c, k));
                if (lesson % LATE_ROLL_CALL == 0) {
                    late.add(() -> execute(teacher, rollCall));
                } else {
                    execute(teacher, rollCall);
                }
            }
        }
        clock.set(BenchJournals.at(day, RECORDED));
        late.forEach(Runnable::run);
        for (int k = 0; k < SUBJECTS; k++) {
            for (int c = 0; c < classes; c++) {
                writeLesson(c, k, d, day);
            }
        }
        for (StudyPeriod quarter : BenchYear.QUARTERS) {
            boolean lastDay = d + 1 == BenchYear.DAYS.size() || BenchYear.DAYS.get(d + 1).isAfter(quarter.lastDay());
            if (quarter.contains(day) && lastDay) {
                clock.set(BenchJournals.at(day, PERIOD_MARKS));
                periodMarks(PeriodRef.of(quarter));
            }
        }
    }

    private RecordRollCall rollCall(int c, int k, int d, LocalDate day) {
        int s = subjectAt(c, k);
        int first = (2 * d + 3 * s + c) % STUDENTS;
        List<RecordRollCall.Absence> absences = new ArrayList<>();
        absences.add(new RecordRollCall.Absence(student(c, first), AbsenceCode.UNEXCUSED));
        if ((d + s + c) % 2 == 0) {
            absences.add(new RecordRollCall.Absence(student(c, (first + 1) % STUDENTS), AbsenceCode.ILLNESS));
        }
        return new RecordRollCall(SCHOOL, new JournalKey(classCodes().get(c), SUBJECT_CODES.get(s)),
                new LessonRef(day, k + 1), absences);
    }

    private void writeLesson(int c, int k, int d, LocalDate day) {
        int s = subjectAt(c, k);
        Actor teacher = teacher(c, s);
        JournalKey journal = new JournalKey(classCodes().get(c), SUBJECT_CODES.get(s));
        LessonRef lesson = new LessonRef(day, k + 1);
        execute(teacher, new RecordTopic(SCHOOL, journal, lesson, "Тема урока " + (d + 1), LessonKind.LESSON));
        execute(teacher, new AssignHomework(SCHOOL, journal, lesson, Optional.empty(),
                "§ " + (d % 40 + 1) + ", упр. " + (d % 9 + 1), Optional.empty()));
        int first = (2 * d + 3 * s + c) % STUDENTS;
        for (int m = 0; m < MARKS_PER_LESSON; m++) {
            execute(teacher, RecordMark.of(SCHOOL, journal, lesson, student(c, (first + 2 + m) % STUDENTS),
                    Mark.of(LESSON_MARKS[(d + m + c + s) % LESSON_MARKS.length]), WorkKind.ORAL));
        }
    }

    private void periodMarks(PeriodRef period) {
        for (int c = 0; c < classes; c++) {
            for (int s = 0; s < SUBJECTS; s++) {
                JournalKey journal = new JournalKey(classCodes().get(c), SUBJECT_CODES.get(s));
                for (int p = 0; p < STUDENTS; p++) {
                    String mark = PERIOD_MARKS_CYCLE[(7 * p + 3 * s + c + period.number()) % PERIOD_MARKS_CYCLE.length];
                    execute(teacher(c, s), new SetPeriodMark(SCHOOL, journal, period, student(c, p), Mark.of(mark)));
                }
            }
        }
    }

    private void setUp() {
        execute(ADMIN, new RegisterSchool(SCHOOL, "МБОУ «Средняя общеобразовательная школа № 7»", BenchJournals.ZONE));
        execute(ADMIN, new AssignRole(SCHOOL, HEAD.personId(), Role.HEAD));
        execute(HEAD, new SetAcademicYear(SCHOOL,
                new AcademicYear(2026, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 26))));
        for (StudyPeriod quarter : BenchYear.QUARTERS) {
            execute(HEAD, new AddStudyPeriod(SCHOOL, quarter));
        }
        for (int s = 0; s < SUBJECTS; s++) {
            execute(HEAD, new AddSubject(SCHOOL, SUBJECT_CODES.get(s), SUBJECT_NAMES.get(s), SubjectComponent.FEDERAL));
        }
        for (int t = 0; t < CLASSES; t++) {
            execute(HEAD, new HireStaff(SCHOOL, teacherId(t), SURNAMES.get(t % SURNAMES.size()) + "а",
                    FIRST_NAMES.get(t % FIRST_NAMES.size()), "Петровна"));
        }
        Map<DayOfWeek, List<LessonSlot>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            week.put(day, slots);
        }
        List<PlannedTopic> plan = new ArrayList<>();
        for (int topic = 1; topic <= PLAN_TOPICS; topic++) {
            plan.add(new PlannedTopic("Раздел " + topic, PLAN_HOURS));
        }
        for (int c = 0; c < classes; c++) {
            String code = classCodes().get(c);
            int grade = Integer.parseInt(code.substring(0, code.length() - 1));
            execute(HEAD, new OpenClass(SCHOOL, code, grade, teacherId(c)));
            execute(HEAD, new SetBellSchedule(SCHOOL, code, week));
            String room = String.valueOf(100 + c);
            execute(HEAD, new AddRoom(SCHOOL, room, "Кабинет " + room));
            for (int s = 0; s < SUBJECTS; s++) {
                execute(HEAD, new AssignTeachingLoad(SCHOOL, teacher(c, s).personId(), SUBJECT_CODES.get(s), code));
                execute(HEAD, new SetThematicPlan(SCHOOL, code, SUBJECT_CODES.get(s), plan));
            }
            for (DayOfWeek day : week.keySet()) {
                for (int k = 0; k < SUBJECTS; k++) {
                    int s = subjectAt(c, k);
                    execute(HEAD, new AddTimetableEntry(SCHOOL, code, day, k + 1, ActivityKind.LESSON,
                            SUBJECT_CODES.get(s), teacher(c, s).personId(), room));
                }
            }
            for (int p = 0; p < STUDENTS; p++) {
                execute(HEAD, new EnrolStudent(SCHOOL, student(c, p), SURNAMES.get((p + c) % SURNAMES.size()),
                        "Иван", "Сергеевич", LocalDate.of(2019 - grade, 3, 1).plusDays(p), code,
                        BenchYear.QUARTERS.get(0).firstDay()));
            }
        }
    }

    private void execute(Actor actor, SchoolCommand command) {
        engine.execute(actor, command);
        commands++;
    }

    private void execute(Actor actor, JournalCommand command) {
        engine.execute(actor, command);
        commands++;
    }

    private static List<LessonSlot> slots() {
        List<LessonSlot> slots = new ArrayList<>();
        LocalTime start = LocalTime.of(8, 30);
        for (int slot = 1; slot <= SUBJECTS; slot++) {
            slots.add(new LessonSlot(slot, start, start.plusMinutes(40)));
            start = start.plusMinutes(50);
        }
        return List.copyOf(slots);
    }

    private static List<String> allClassCodes() {
        List<String> codes = new ArrayList<>();
        for (int grade = 1; grade <= 11; grade++) {
            for (char letter : (grade <= 7 ? "АБВГ" : "АБВ").toCharArray()) {
                codes.add(grade + String.valueOf(letter));
            }
        }
        return codes;
    }
}
