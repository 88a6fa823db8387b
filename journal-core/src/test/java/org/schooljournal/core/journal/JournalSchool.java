package org.schooljournal.core.journal;

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
import java.util.function.UnaryOperator;
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.adapter.tck.MovingClock;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.notification.ConfirmEmail;
import org.schooljournal.core.notification.DocumentForm;
import org.schooljournal.core.notification.RecordConsent;
import org.schooljournal.core.notification.Schedule;
import org.schooljournal.core.notification.SetNotificationSettings;
import org.schooljournal.core.programme.ActivityKind;
import org.schooljournal.core.programme.AddRoom;
import org.schooljournal.core.programme.AddSubject;
import org.schooljournal.core.programme.AddTimetableEntry;
import org.schooljournal.core.programme.AssignTeachingLoad;
import org.schooljournal.core.programme.ScheduleControlWork;
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
import org.schooljournal.spi.storage.EventStore;

/**
 * A school with class 5А and its mathematics and Russian journals, on an in-memory engine whose
 * clock the tests move (never sleep). Quarter 1 runs from 1 September to Friday 23 October 2026;
 * 5А has mathematics on Monday in slot 1 (8:30), Wednesday in slot 2 (9:20) and Friday in slot 1,
 * and Russian on Monday in slots 2 and 3 (a double lesson); a control work in mathematics on Wednesday 14 October.
 */
final class JournalSchool {

    static final String ID = "86-001";
    static final ZoneId ZONE = SchoolCalendar.YUGRA;
    static final Actor ADMIN = Actor.of("admin");
    static final Actor HEAD = Actor.of("head");
    static final Actor DEPUTY = Actor.of("deputy");
    static final Actor MATH = Actor.of("t-math");
    static final Actor RUSSIAN = Actor.of("t-rus");
    static final Actor SUBSTITUTE = Actor.of("t-sub");
    static final Actor HOMEROOM = Actor.of("t-home");
    static final String IVANOV = "s-ivanov";
    static final String ALEKSEEVA = "s-alekseeva";
    static final String YOLKIN = "s-yolkin";
    static final JournalKey MATH_5A = new JournalKey("5А", "math");
    static final JournalKey RUSSIAN_5A = new JournalKey("5А", "rus");
    static final StudyPeriod QUARTER_1 = StudyPeriod.of(PeriodKind.QUARTER, 1,
            LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 23));
    static final PeriodRef FIRST_QUARTER = PeriodRef.of(PeriodKind.QUARTER, 1);
    static final LocalDate MONDAY = LocalDate.of(2026, 10, 12);
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 10, 14);
    static final LocalDate FRIDAY = LocalDate.of(2026, 10, 16);

    final MovingClock clock = new MovingClock(Instant.parse("2026-08-25T05:00:00Z"));
    final InMemoryEventStore store = new InMemoryEventStore();
    final JournalEngine engine;

    private JournalSchool(JournalEngine.Builder builder, UnaryOperator<EventStore> engineStore) {
        engine = builder.eventStore(engineStore.apply(store)).clock(clock).build();
    }

    /** Returns the school, set up. */
    static JournalSchool setUp() {
        return setUp(JournalEngine.builder());
    }

    /** Returns the school, set up on an engine of this builder, given the school's store and clock. */
    static JournalSchool setUp(JournalEngine.Builder builder) {
        return setUp(builder, UnaryOperator.identity());
    }

    /** Returns the school, set up on an engine of this builder over the school's store as {@code engineStore} wraps it. */
    static JournalSchool setUp(JournalEngine.Builder builder, UnaryOperator<EventStore> engineStore) {
        JournalSchool school = new JournalSchool(builder, engineStore);
        school.build(ID);
        return school;
    }

    /**
     * Registers and sets up another school on the same engine, the same as {@link #ID} in all
     * but its identifier: the same people, class, subjects, timetable and students.
     */
    void addSchool(String schoolId) {
        build(schoolId);
    }

    private void build(String id) {
        engine.execute(ADMIN, new RegisterSchool(id, "МБОУ «Средняя школа № 1»", ZONE));
        engine.execute(ADMIN, new AssignRole(id, HEAD.personId(), Role.HEAD));
        engine.execute(ADMIN, new AssignRole(id, DEPUTY.personId(), Role.DEPUTY_HEAD));
        school(new HireStaff(id, MATH.personId(), "Петрова", "Мария", "Ивановна"));
        school(new HireStaff(id, RUSSIAN.personId(), "Сидорова", "Ольга", "Петровна"));
        school(new HireStaff(id, SUBSTITUTE.personId(), "Кузнецов", "Олег", "Андреевич"));
        school(new HireStaff(id, HOMEROOM.personId(), "Смирнова", "Елена", "Викторовна"));
        school(new SetAcademicYear(id, new AcademicYear(2026, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 26))));
        school(new AddStudyPeriod(id, QUARTER_1));
        school(new OpenClass(id, "5А", 5, HOMEROOM.personId()));
        Map<DayOfWeek, List<LessonSlot>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            week.put(day, List.of(new LessonSlot(1, LocalTime.of(8, 30), LocalTime.of(9, 10)),
                    new LessonSlot(2, LocalTime.of(9, 20), LocalTime.of(10, 0)),
                    new LessonSlot(3, LocalTime.of(10, 20), LocalTime.of(11, 0))));
        }
        school(new SetBellSchedule(id, "5А", week));
        school(new AddSubject(id, "math", "Математика", SubjectComponent.FEDERAL));
        school(new AddSubject(id, "rus", "Русский язык", SubjectComponent.FEDERAL));
        school(new AddRoom(id, "201", "Кабинет математики"));
        school(new AddRoom(id, "202", "Кабинет русского языка"));
        school(new AssignTeachingLoad(id, MATH.personId(), "math", "5А"));
        school(new AssignTeachingLoad(id, RUSSIAN.personId(), "rus", "5А"));
        engine.execute(ADMIN, new AssignRole(id, SUBSTITUTE.personId(), Role.SUBJECT_TEACHER));
        timetable(id, "5А", DayOfWeek.MONDAY, 1, "math", MATH, "201");
        timetable(id, "5А", DayOfWeek.WEDNESDAY, 2, "math", MATH, "201");
        timetable(id, "5А", DayOfWeek.FRIDAY, 1, "math", MATH, "201");
        timetable(id, "5А", DayOfWeek.MONDAY, 2, "rus", RUSSIAN, "202");
        timetable(id, "5А", DayOfWeek.MONDAY, 3, "rus", RUSSIAN, "202");
        school(new ScheduleControlWork(id, "5А", "math", WEDNESDAY, "контрольная работа"));
        enrol(id, IVANOV, "Иванов", "Пётр");
        enrol(id, ALEKSEEVA, "Алексеева", "Анна");
        enrol(id, YOLKIN, "Ёлкин", "Борис");
    }

    private void timetable(String id, String holder, DayOfWeek day, int slot, String subject, Actor teacher, String room) {
        school(new AddTimetableEntry(id, holder, day, slot, ActivityKind.LESSON, subject, teacher.personId(), room));
    }

    private void enrol(String schoolId, String id, String surname, String name) {
        school(new EnrolStudent(schoolId, id, surname, name, "", LocalDate.of(2015, 3, 1), "5А", LocalDate.of(2026, 9, 1)));
    }

    /**
     * The guardian, acting electronically at the clock's instant, consents, gives an address and
     * confirms it, and turns both switches on with the schedule: a guardian who may be e-mailed.
     */
    void subscribe(Actor guardian, String email, Schedule schedule) {
        LocalDate today = clock.instant().atZone(ZONE).toLocalDate();
        engine.execute(guardian, new RecordConsent(ID, guardian.personId(), true, today, DocumentForm.ELECTRONIC));
        String token = engine.notifications().setContactEmail(guardian, ID, guardian.personId(), email, DocumentForm.ELECTRONIC);
        engine.execute(guardian, new ConfirmEmail(ID, guardian.personId(), token));
        engine.execute(guardian, new SetNotificationSettings(ID, guardian.personId(), true, true, schedule,
                DocumentForm.ELECTRONIC));
    }

    /** Executes a school command as the head. */
    void school(SchoolCommand command) {
        engine.execute(HEAD, command);
    }

    /** Sets the clock to a local date and time in the school's zone. */
    void at(LocalDate date, LocalTime time) {
        clock.set(LocalDateTime.of(date, time).atZone(ZONE).toInstant());
    }

    /** The mark command of the mathematics journal, as a teacher would fill it in. */
    static RecordMark mark(LocalDate date, int slot, String student, String mark, WorkKind work) {
        return mark(ID, date, slot, student, mark, work);
    }

    /** The mark command of the mathematics journal of a school, as a teacher would fill it in. */
    static RecordMark mark(String schoolId, LocalDate date, int slot, String student, String mark, WorkKind work) {
        return RecordMark.of(schoolId, MATH_5A, new LessonRef(date, slot), student, Mark.of(mark), work);
    }

    /** The absence command of the mathematics journal. */
    static RecordAbsence absence(LocalDate date, int slot, String student, AbsenceCode code) {
        return absence(ID, date, slot, student, code);
    }

    /** The absence command of the mathematics journal of a school. */
    static RecordAbsence absence(String schoolId, LocalDate date, int slot, String student, AbsenceCode code) {
        return new RecordAbsence(schoolId, MATH_5A, new LessonRef(date, slot), student, code);
    }
}
