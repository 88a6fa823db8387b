package org.schooljournal.adapter.pdf;

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
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.adapter.tck.MovingClock;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.journal.JournalCommand;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.LessonRef;
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
 * The smallest school the printed forms need, on a real engine over the in-memory store, whose
 * clock the tests move (never sleep): class 5А of three students, mathematics on Monday in slot 1
 * and Wednesday in slot 2, Russian on Monday in slot 2; the first quarter from 1 September to
 * Friday 23 October 2026. After journal-core's test school (JournalSchool), cut to what is printed.
 */
final class PrintedSchool {

    static final String ID = "86-001";
    static final String NAME = "МБОУ «Средняя школа № 1»";
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
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 1);
    static final LocalDate QUARTER_END = LocalDate.of(2026, 10, 23);
    static final LocalDate MONDAY = LocalDate.of(2026, 10, 12);
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 10, 14);

    final MovingClock clock = new MovingClock(Instant.parse("2026-08-25T05:00:00Z"));
    final JournalEngine engine = JournalEngine.builder().eventStore(new InMemoryEventStore()).clock(clock).build();

    private PrintedSchool() {
    }

    /** Returns the school, set up. */
    static PrintedSchool setUp() {
        PrintedSchool school = new PrintedSchool();
        school.build();
        return school;
    }

    private void build() {
        engine.execute(ADMIN, new RegisterSchool(ID, NAME, ZONE));
        engine.execute(ADMIN, new AssignRole(ID, HEAD.personId(), Role.HEAD));
        school(new HireStaff(ID, MATH.personId(), "Петрова", "Мария", "Ивановна"));
        school(new HireStaff(ID, RUSSIAN.personId(), "Сидорова", "Ольга", "Петровна"));
        school(new HireStaff(ID, HOMEROOM.personId(), "Смирнова", "Елена", "Викторовна"));
        school(new SetAcademicYear(ID, new AcademicYear(2026, FIRST_DAY, LocalDate.of(2027, 5, 26))));
        school(new AddStudyPeriod(ID, StudyPeriod.of(PeriodKind.QUARTER, 1, FIRST_DAY, QUARTER_END)));
        school(new OpenClass(ID, "5А", 5, HOMEROOM.personId()));
        Map<DayOfWeek, List<LessonSlot>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            week.put(day, List.of(new LessonSlot(1, LocalTime.of(8, 30), LocalTime.of(9, 10)),
                    new LessonSlot(2, LocalTime.of(9, 20), LocalTime.of(10, 0))));
        }
        school(new SetBellSchedule(ID, "5А", week));
        school(new AddSubject(ID, "math", "Математика", SubjectComponent.FEDERAL));
        school(new AddSubject(ID, "rus", "Русский язык", SubjectComponent.FEDERAL));
        school(new AddRoom(ID, "201", "Кабинет № 201"));
        school(new AssignTeachingLoad(ID, MATH.personId(), "math", "5А"));
        school(new AssignTeachingLoad(ID, RUSSIAN.personId(), "rus", "5А"));
        school(new AddTimetableEntry(ID, "5А", DayOfWeek.MONDAY, 1, ActivityKind.LESSON, "math", MATH.personId(), "201"));
        school(new AddTimetableEntry(ID, "5А", DayOfWeek.WEDNESDAY, 2, ActivityKind.LESSON, "math", MATH.personId(), "201"));
        school(new AddTimetableEntry(ID, "5А", DayOfWeek.MONDAY, 2, ActivityKind.LESSON, "rus", RUSSIAN.personId(), "201"));
        enrol(IVANOV, "Иванов", "Пётр");
        enrol(ALEKSEEVA, "Алексеева", "Анна");
        enrol(YOLKIN, "Ёлкин", "Борис");
    }

    private void enrol(String id, String surname, String name) {
        school(new EnrolStudent(ID, id, surname, name, "", LocalDate.of(2015, 3, 1), "5А", FIRST_DAY));
    }

    /** Executes a school command as the head. */
    void school(SchoolCommand command) {
        engine.execute(HEAD, command);
    }

    /** Executes a journal command as a teacher, at a local date and time of the school. */
    void journal(Actor teacher, LocalDate date, LocalTime time, JournalCommand command) {
        at(date, time);
        engine.execute(teacher, command);
    }

    /** Sets the clock to a local date and time in the school's zone. */
    void at(LocalDate date, LocalTime time) {
        clock.set(LocalDateTime.of(date, time).atZone(ZONE).toInstant());
    }

    /** Returns the header of the school, printed at the clock's instant. */
    SchoolHeader header() {
        return SchoolHeader.of(engine.schools().state(HEAD, ID), clock.instant());
    }

    static LessonRef lesson(LocalDate date, int slot) {
        return new LessonRef(date, slot);
    }
}
