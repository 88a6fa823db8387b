package org.schooljournal.adapter.xlsx;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.schooljournal.adapter.tck.MovingClock;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.journal.AbsenceCode;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.LessonKind;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.Mark;
import org.schooljournal.core.journal.PeriodRef;
import org.schooljournal.core.journal.RecordAbsence;
import org.schooljournal.core.journal.RecordMark;
import org.schooljournal.core.journal.RecordTopic;
import org.schooljournal.core.journal.SetPeriodMark;
import org.schooljournal.core.journal.WorkKind;
import org.schooljournal.core.programme.ActivityKind;
import org.schooljournal.core.programme.AddRoom;
import org.schooljournal.core.programme.AddSubject;
import org.schooljournal.core.programme.AddTimetableEntry;
import org.schooljournal.core.programme.AssignTeachingLoad;
import org.schooljournal.core.programme.CurriculumProfile;
import org.schooljournal.core.programme.PlannedTopic;
import org.schooljournal.core.programme.SetCurriculumHours;
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
import org.schooljournal.rules.calendar.PeriodKind;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.rules.calendar.StudyPeriod;

/**
 * The least of a school the reports need, on a real engine over the embedded in-memory store,
 * through journal-core's public API only: class 5А with three students, mathematics (Monday slot
 * 1, Wednesday slot 2, Friday slot 1) and Russian (Monday slot 2), the first quarter from 1
 * September to Friday 23 October 2026 and the second from 2 November; the week of 12 October with topics, marks
 * and absences; quarter marks on the quarter's last day. The clock is moved, never slept on.
 */
final class XlsxSchool {

    static final String ID = "86-001";
    static final ZoneId ZONE = SchoolCalendar.YUGRA;
    static final Actor ADMIN = Actor.of("admin");
    static final Actor HEAD = Actor.of("head");
    static final Actor MATH = Actor.of("t-math");
    static final Actor RUSSIAN = Actor.of("t-rus");
    static final Actor HOMEROOM = Actor.of("t-home");
    static final String IVANOV = "s-ivanov";
    static final String ALEKSEEVA = "s-alekseeva";
    static final String YOLKIN = "s-yolkin";
    static final String ZAITSEV = "s-zaitsev";
    static final JournalKey MATH_5A = new JournalKey("5А", "math");
    static final JournalKey RUSSIAN_5A = new JournalKey("5А", "rus");
    static final PeriodRef FIRST_QUARTER = PeriodRef.of(PeriodKind.QUARTER, 1);
    static final LocalDate MONDAY = LocalDate.of(2026, 10, 12);
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 10, 14);
    static final LocalDate FRIDAY = LocalDate.of(2026, 10, 16);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 23);

    final MovingClock clock = new MovingClock(Instant.parse("2026-08-25T05:00:00Z"));
    final JournalEngine engine = JournalEngine.builder().clock(clock).build();

    private XlsxSchool() {
    }

    /** Returns the school registered, with its year, class, subjects, timetable and students, and nothing recorded. */
    static XlsxSchool registered() {
        XlsxSchool school = new XlsxSchool();
        school.setUp();
        return school;
    }

    /** Returns the school with the week of 12 October recorded and the quarter marks set on its last day. */
    static XlsxSchool withQuarter() {
        XlsxSchool school = registered();
        school.recordWeek();
        school.setQuarterMarks();
        return school;
    }

    /**
     * Returns the school with a fourth student, Зайцев Глеб, the week recorded and the quarter
     * marks set, his «2» in mathematics among them: a class of four with quarter marks 5, 4, 3, 2.
     */
    static XlsxSchool withQuarterOfFour() {
        XlsxSchool school = registered();
        school.enrol(ZAITSEV, "Зайцев", "Глеб");
        school.recordWeek();
        school.setQuarterMarks();
        school.engine.execute(MATH, new SetPeriodMark(ID, MATH_5A, FIRST_QUARTER, ZAITSEV, Mark.of("2")));
        return school;
    }

    private void setUp() {
        engine.execute(ADMIN, new RegisterSchool(ID, "МБОУ «Средняя школа № 1»", ZONE));
        engine.execute(ADMIN, new AssignRole(ID, HEAD.personId(), Role.HEAD));
        school(new HireStaff(ID, MATH.personId(), "Петрова", "Мария", "Ивановна"));
        school(new HireStaff(ID, RUSSIAN.personId(), "Сидорова", "Ольга", "Петровна"));
        school(new HireStaff(ID, HOMEROOM.personId(), "Смирнова", "Елена", "Викторовна"));
        school(new SetAcademicYear(ID, new AcademicYear(2026, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 26))));
        school(new AddStudyPeriod(ID, StudyPeriod.of(PeriodKind.QUARTER, 1, LocalDate.of(2026, 9, 1), LAST_DAY)));
        school(new AddStudyPeriod(ID, StudyPeriod.of(PeriodKind.QUARTER, 2, LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 12, 26))));
        school(new OpenClass(ID, "5А", 5, HOMEROOM.personId()));
        Map<DayOfWeek, List<LessonSlot>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            week.put(day, List.of(new LessonSlot(1, LocalTime.of(8, 30), LocalTime.of(9, 10)),
                    new LessonSlot(2, LocalTime.of(9, 20), LocalTime.of(10, 0))));
        }
        school(new SetBellSchedule(ID, "5А", week));
        school(new AddSubject(ID, "math", "Математика", SubjectComponent.FEDERAL));
        school(new AddSubject(ID, "rus", "Русский язык", SubjectComponent.FEDERAL));
        school(new AddRoom(ID, "201", "Кабинет математики"));
        school(new AssignTeachingLoad(ID, MATH.personId(), "math", "5А"));
        school(new AssignTeachingLoad(ID, RUSSIAN.personId(), "rus", "5А"));
        school(new SetCurriculumHours(ID, "5А", CurriculumProfile.values()[0],
                Map.of("math", new BigDecimal("5"), "rus", new BigDecimal("4.5"))));
        school(new SetThematicPlan(ID, "5А", "math", List.of(new PlannedTopic("Дроби", 30),
                new PlannedTopic("Проценты", 20))));
        timetable(DayOfWeek.MONDAY, 1, "math", MATH);
        timetable(DayOfWeek.WEDNESDAY, 2, "math", MATH);
        timetable(DayOfWeek.FRIDAY, 1, "math", MATH);
        timetable(DayOfWeek.MONDAY, 2, "rus", RUSSIAN);
        enrol(IVANOV, "Иванов", "Пётр");
        enrol(ALEKSEEVA, "Алексеева", "Анна");
        enrol(YOLKIN, "Ёлкин", "Борис");
    }

    /**
     * The week of 12 October, each entry within its lesson: topics (a lesson on Monday, a control
     * work on Wednesday), marks 5, 4, 2 on Monday and 3 on Wednesday in mathematics; Иванов ill
     * («б») at both Monday lessons, Ёлкин absent without reason («н») at Wednesday's.
     */
    void recordWeek() {
        at(MONDAY, LocalTime.of(8, 35));
        engine.execute(MATH, new RecordTopic(ID, MATH_5A, new LessonRef(MONDAY, 1), "Дроби", LessonKind.LESSON));
        engine.execute(MATH, mark(MONDAY, 1, ALEKSEEVA, "5"));
        engine.execute(MATH, mark(MONDAY, 1, YOLKIN, "4"));
        engine.execute(MATH, new RecordAbsence(ID, MATH_5A, new LessonRef(MONDAY, 1), IVANOV, AbsenceCode.ILLNESS));
        at(MONDAY, LocalTime.of(9, 25));
        engine.execute(RUSSIAN, new RecordAbsence(ID, RUSSIAN_5A, new LessonRef(MONDAY, 2), IVANOV,
                AbsenceCode.ILLNESS));
        at(WEDNESDAY, LocalTime.of(9, 25));
        engine.execute(MATH, new RecordTopic(ID, MATH_5A, new LessonRef(WEDNESDAY, 2), "Контрольная работа",
                LessonKind.CONTROL_WORK));
        engine.execute(MATH, new RecordAbsence(ID, MATH_5A, new LessonRef(WEDNESDAY, 2), YOLKIN,
                AbsenceCode.UNEXCUSED));
        engine.execute(MATH, mark(WEDNESDAY, 2, IVANOV, "3"));
        engine.execute(MATH, mark(WEDNESDAY, 2, ALEKSEEVA, "2"));
    }

    /** On the quarter's last day: mathematics 5, 4, 3 (Алексеева, Ёлкин, Иванов); Russian «осв» for Иванов. */
    void setQuarterMarks() {
        at(LAST_DAY, LocalTime.of(12, 0));
        engine.execute(MATH, new SetPeriodMark(ID, MATH_5A, FIRST_QUARTER, ALEKSEEVA, Mark.of("5")));
        engine.execute(MATH, new SetPeriodMark(ID, MATH_5A, FIRST_QUARTER, YOLKIN, Mark.of("4")));
        engine.execute(MATH, new SetPeriodMark(ID, MATH_5A, FIRST_QUARTER, IVANOV, Mark.of("3")));
        engine.execute(RUSSIAN, new SetPeriodMark(ID, RUSSIAN_5A, FIRST_QUARTER, IVANOV, Mark.of("осв")));
    }

    private static RecordMark mark(LocalDate date, int slot, String student, String mark) {
        return RecordMark.of(ID, MATH_5A, new LessonRef(date, slot), student, Mark.of(mark), WorkKind.ORAL);
    }

    private void timetable(DayOfWeek day, int slot, String subject, Actor teacher) {
        school(new AddTimetableEntry(ID, "5А", day, slot, ActivityKind.LESSON, subject, teacher.personId(), "201"));
    }

    private void enrol(String id, String surname, String name) {
        school(new EnrolStudent(ID, id, surname, name, "", LocalDate.of(2015, 3, 1), "5А", LocalDate.of(2026, 9, 1)));
    }

    private void school(SchoolCommand command) {
        engine.execute(HEAD, command);
    }

    /** Sets the clock to a local date and time in the school's zone. */
    void at(LocalDate date, LocalTime time) {
        clock.set(LocalDateTime.of(date, time).atZone(ZONE).toInstant());
    }
}
