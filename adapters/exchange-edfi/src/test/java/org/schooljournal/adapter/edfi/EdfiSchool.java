package org.schooljournal.adapter.edfi;

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
import java.util.Optional;
import org.schooljournal.adapter.tck.MovingClock;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.journal.AbsenceCode;
import org.schooljournal.core.journal.AddTeacherNote;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.Mark;
import org.schooljournal.core.journal.NoteKind;
import org.schooljournal.core.journal.PeriodRef;
import org.schooljournal.core.journal.RecordAbsence;
import org.schooljournal.core.journal.Recorded;
import org.schooljournal.core.journal.SetPeriodMark;
import org.schooljournal.core.programme.ActivityKind;
import org.schooljournal.core.programme.AddRoom;
import org.schooljournal.core.programme.AddSubject;
import org.schooljournal.core.programme.AddTimetableEntry;
import org.schooljournal.core.programme.AssignTeachingLoad;
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
 * The least of a school the Ed-Fi files need, on a real engine over the embedded in-memory store,
 * through journal-core's public API only: class 5А with three pupils, mathematics (Monday slot 1
 * at 8:30, Wednesday slot 2, Friday slot 1) and Russian (Monday slot 2), the first quarter from
 * 1 September to Friday 23 October 2026 and the second from 2 November — or, for year marks, the
 * year as its only study period (the engine takes a year period beside no other). The clock is
 * moved, never slept on.
 */
final class EdfiSchool {

    static final String ID = "86-001";
    static final long EDFI_ID = 255901107L;
    static final ZoneId ZONE = SchoolCalendar.YUGRA;
    static final Actor ADMIN = Actor.of("admin");
    static final Actor HEAD = Actor.of("head");
    static final Actor MATH = Actor.of("t-math");
    static final Actor RUSSIAN = Actor.of("t-rus");
    static final Actor HOMEROOM = Actor.of("t-home");
    static final String IVANOV = "s-ivanov";
    static final String ALEKSEEVA = "s-alekseeva";
    static final String YOLKIN = "s-yolkin";
    static final JournalKey MATH_5A = new JournalKey("5А", "math");
    static final JournalKey RUSSIAN_5A = new JournalKey("5А", "rus");
    static final PeriodRef FIRST_QUARTER = PeriodRef.of(PeriodKind.QUARTER, 1);
    static final PeriodRef YEAR = PeriodRef.of(PeriodKind.YEAR, 1);
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 1);
    static final LocalDate MONDAY = LocalDate.of(2026, 10, 12);
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 10, 14);
    static final LocalDate FRIDAY = LocalDate.of(2026, 10, 16);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 23);
    static final LocalDate YEAR_END = LocalDate.of(2027, 5, 26);

    private static EdfiExtract quarterExtract;

    final MovingClock clock = new MovingClock(Instant.parse("2026-08-25T05:00:00Z"));
    final JournalEngine engine = JournalEngine.builder().clock(clock).build();

    private EdfiSchool() {
    }

    /** Returns the school registered, with its year, class, subjects, timetable and pupils, and nothing recorded. */
    static EdfiSchool registered() {
        EdfiSchool school = new EdfiSchool();
        school.setUp(List.of(StudyPeriod.of(PeriodKind.QUARTER, 1, FIRST_DAY, LAST_DAY),
                StudyPeriod.of(PeriodKind.QUARTER, 2, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 26))));
        return school;
    }

    /** Returns the school whose one study period is the year, with nothing recorded. */
    static EdfiSchool yearly() {
        EdfiSchool school = new EdfiSchool();
        school.setUp(List.of(StudyPeriod.of(PeriodKind.YEAR, 1, FIRST_DAY, YEAR_END)));
        return school;
    }

    /** Returns the school with the week of 12 October recorded and the first quarter's marks set. */
    static EdfiSchool withQuarter() {
        EdfiSchool school = registered();
        school.recordWeek();
        school.setQuarterMarks();
        return school;
    }

    /**
     * Returns the extract of the school {@link #withQuarter()} makes, made once for every test class
     * that only reads it (an extract is immutable).
     */
    static synchronized EdfiExtract quarterExtract() {
        if (quarterExtract == null) {
            quarterExtract = withQuarter().extract();
        }
        return quarterExtract;
    }

    /** Returns the school's Ed-Fi extract as the head reads it. */
    EdfiExtract extract() {
        return EdfiExtract.of(engine, HEAD, ID, EDFI_ID);
    }

    private void setUp(List<StudyPeriod> periods) {
        engine.execute(ADMIN, new RegisterSchool(ID, "МБОУ «Средняя школа № 1»", ZONE));
        engine.execute(ADMIN, new AssignRole(ID, HEAD.personId(), Role.HEAD));
        school(new HireStaff(ID, MATH.personId(), "Петрова", "Мария", "Ивановна"));
        school(new HireStaff(ID, RUSSIAN.personId(), "Сидорова", "Ольга", "Петровна"));
        school(new HireStaff(ID, HOMEROOM.personId(), "Смирнова", "Елена", "Викторовна"));
        school(new SetAcademicYear(ID, new AcademicYear(2026, FIRST_DAY, YEAR_END)));
        periods.forEach(period -> school(new AddStudyPeriod(ID, period)));
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
        timetable(DayOfWeek.MONDAY, 1, "math", MATH);
        timetable(DayOfWeek.WEDNESDAY, 2, "math", MATH);
        timetable(DayOfWeek.FRIDAY, 1, "math", MATH);
        timetable(DayOfWeek.MONDAY, 2, "rus", RUSSIAN);
        enrol(IVANOV, "Иванов", "Пётр", FIRST_DAY);
        enrol(ALEKSEEVA, "Алексеева", "Анна", FIRST_DAY);
        enrol(YOLKIN, "Ёлкин", "Борис", LocalDate.of(2026, 9, 14));
    }

    /**
     * The week of 12 October, each entry within its lesson: Иванов ill («б») at both Monday
     * lessons, Алексеева late to Monday's mathematics by 7 minutes, Ёлкин absent without reason
     * («н») at Wednesday's, Алексеева absent for another valid reason («ну») on Friday.
     */
    void recordWeek() {
        at(MONDAY, LocalTime.of(8, 40));
        engine.execute(MATH, absence(MATH_5A, MONDAY, 1, IVANOV, AbsenceCode.ILLNESS));
        engine.execute(MATH, new AddTeacherNote(ID, MATH_5A, new LessonRef(MONDAY, 1), Optional.of(ALEKSEEVA),
                NoteKind.LATENESS, "опоздала на 7 минут"));
        at(MONDAY, LocalTime.of(9, 25));
        engine.execute(RUSSIAN, absence(RUSSIAN_5A, MONDAY, 2, IVANOV, AbsenceCode.ILLNESS));
        at(WEDNESDAY, LocalTime.of(9, 25));
        engine.execute(MATH, absence(MATH_5A, WEDNESDAY, 2, YOLKIN, AbsenceCode.UNEXCUSED));
        at(FRIDAY, LocalTime.of(8, 35));
        engine.execute(MATH, absence(MATH_5A, FRIDAY, 1, ALEKSEEVA, AbsenceCode.EXCUSED));
    }

    /**
     * On the quarter's last day: mathematics 5, 4, 3 (Алексеева, Ёлкин, Иванов); Russian «осв» for
     * Иванов, «н/а» for Ёлкин, «безотм» for Алексеева.
     */
    void setQuarterMarks() {
        at(LAST_DAY, LocalTime.of(12, 0));
        engine.execute(MATH, periodMark(MATH_5A, FIRST_QUARTER, ALEKSEEVA, "5"));
        engine.execute(MATH, periodMark(MATH_5A, FIRST_QUARTER, YOLKIN, "4"));
        engine.execute(MATH, periodMark(MATH_5A, FIRST_QUARTER, IVANOV, "3"));
        engine.execute(RUSSIAN, periodMark(RUSSIAN_5A, FIRST_QUARTER, IVANOV, "осв"));
        engine.execute(RUSSIAN, periodMark(RUSSIAN_5A, FIRST_QUARTER, YOLKIN, "н/а"));
        engine.execute(RUSSIAN, periodMark(RUSSIAN_5A, FIRST_QUARTER, ALEKSEEVA, "безотм"));
    }

    /** On the year's last day, after its lessons: Алексеева's year mark in mathematics; for {@link #yearly()}. */
    Recorded setYearMark(String mark) {
        at(YEAR_END, LocalTime.of(14, 0));
        return engine.execute(MATH, periodMark(MATH_5A, YEAR, ALEKSEEVA, mark));
    }

    static RecordAbsence absence(JournalKey journal, LocalDate date, int slot, String student, AbsenceCode code) {
        return new RecordAbsence(ID, journal, new LessonRef(date, slot), student, code);
    }

    static SetPeriodMark periodMark(JournalKey journal, PeriodRef period, String student, String mark) {
        return new SetPeriodMark(ID, journal, period, student, Mark.of(mark));
    }

    private void timetable(DayOfWeek day, int slot, String subject, Actor teacher) {
        school(new AddTimetableEntry(ID, "5А", day, slot, ActivityKind.LESSON, subject, teacher.personId(), "201"));
    }

    private void enrol(String id, String surname, String name, LocalDate from) {
        school(new EnrolStudent(ID, id, surname, name, "", LocalDate.of(2015, 3, 1), "5А", from));
    }

    private void school(SchoolCommand command) {
        engine.execute(HEAD, command);
    }

    /** Sets the clock to a local date and time in the school's zone. */
    void at(LocalDate date, LocalTime time) {
        clock.set(LocalDateTime.of(date, time).atZone(ZONE).toInstant());
    }
}
