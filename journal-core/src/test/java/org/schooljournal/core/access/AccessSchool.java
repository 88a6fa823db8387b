package org.schooljournal.core.access;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.StoredEnvelopes;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.RecordSubstitution;
import org.schooljournal.core.programme.ActivityKind;
import org.schooljournal.core.programme.AddRoom;
import org.schooljournal.core.programme.AddSubject;
import org.schooljournal.core.programme.AddTimetableEntry;
import org.schooljournal.core.programme.AssignTeachingLoad;
import org.schooljournal.core.programme.ScheduleControlWork;
import org.schooljournal.core.programme.SubjectComponent;
import org.schooljournal.core.roster.EnrolStudent;
import org.schooljournal.core.roster.RegisterGuardian;
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
import org.schooljournal.spi.notify.DeliveryOutcome;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;

/**
 * The school of the access matrix: one of every role and relation to the mathematics journal of
 * 5А — its teacher, a teacher of 5Б, the substitute of its Monday lesson, the homeroom teachers of
 * 5А and 5Б, a guardian of a pupil of 5А and one of 5Б, both pupils, the administration and the
 * system administrator. Built once; each cell of the matrix runs on a copy of its log, so that
 * what one actor did never changes another's outcome.
 */
final class AccessSchool {

    static final String ID = "86-001";
    static final ZoneId ZONE = SchoolCalendar.YUGRA;
    static final JournalKey MATH_5A = new JournalKey("5А", "math");
    static final LocalDate MONDAY = LocalDate.of(2026, 10, 12);
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 10, 14);
    static final LocalDate FRIDAY = LocalDate.of(2026, 10, 16);
    /** The lesson the substitute gives: 5А's mathematics on Monday 12 October, 08:30–09:10. */
    static final LessonRef SUBSTITUTED = new LessonRef(MONDAY, 1);
    static final StudyPeriod QUARTER_1 = StudyPeriod.of(PeriodKind.QUARTER, 1, LocalDate.of(2026, 9, 1),
            LocalDate.of(2026, 10, 23));

    static final Actor ADMIN = Actor.of("admin");
    static final Actor HEAD = Actor.of("head");
    static final Actor DEPUTY = Actor.of("deputy");
    static final Actor TEACHER = Actor.of("t-math");
    static final Actor OTHER_TEACHER = Actor.of("t-math-b");
    static final Actor SUBSTITUTE = Actor.of("t-sub");
    static final Actor HOMEROOM = Actor.of("t-home");
    static final Actor OTHER_HOMEROOM = Actor.of("t-home-b");
    static final Actor GUARDIAN = Actor.of("g-ivanova");
    static final Actor OTHER_GUARDIAN = Actor.of("g-petrova");
    static final Actor PUPIL = Actor.of("s-ivanov");
    static final Actor OTHER_PUPIL = Actor.of("s-petrov");
    static final Actor STRANGER = Actor.of("stranger");

    private static final List<EventEnvelope> LOG = build();

    private AccessSchool() {
    }

    /** Returns an engine over a copy of the school's log, its clock at that local time. */
    static Copy copy(LocalDateTime at) {
        InMemoryEventStore store = new InMemoryEventStore();
        Map<String, List<EventData>> streams = LOG.stream().collect(Collectors.groupingBy(EventEnvelope::streamId,
                java.util.LinkedHashMap::new, Collectors.mapping(EventEnvelope::event, Collectors.toList())));
        streams.forEach((stream, events) -> store.append(stream, 0, events));
        return new Copy(store, JournalEngine.builder().eventStore(store).clock(Clock.fixed(instant(at), ZoneOffset.UTC))
                .notifier(notification -> DeliveryOutcome.sent()).build(), instant(at));
    }

    /** An engine over a copy of the school's log, and the instant its clock stands at. */
    record Copy(InMemoryEventStore store, JournalEngine engine, Instant now) {

        /** Returns how many events the store holds. */
        int events() {
            return StoredEnvelopes.of(store).size();
        }
    }

    static Instant instant(LocalDateTime at) {
        return at.atZone(ZONE).toInstant();
    }

    private static List<EventEnvelope> build() {
        InMemoryEventStore store = new InMemoryEventStore();
        JournalEngine engine = JournalEngine.builder().eventStore(store)
                .clock(Clock.fixed(instant(LocalDateTime.of(2026, 8, 25, 10, 0)), ZoneOffset.UTC)).build();
        engine.execute(ADMIN, new RegisterSchool(ID, "МБОУ «Средняя школа № 1»", ZONE));
        engine.execute(ADMIN, new AssignRole(ID, HEAD.personId(), Role.HEAD));
        engine.execute(ADMIN, new AssignRole(ID, DEPUTY.personId(), Role.DEPUTY_HEAD));
        hire(engine, TEACHER, "Петрова");
        hire(engine, OTHER_TEACHER, "Орлова");
        hire(engine, SUBSTITUTE, "Кузнецов");
        hire(engine, HOMEROOM, "Смирнова");
        hire(engine, OTHER_HOMEROOM, "Волкова");
        school(engine, new SetAcademicYear(ID, new AcademicYear(2026, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 26))));
        school(engine, new AddStudyPeriod(ID, QUARTER_1));
        school(engine, new OpenClass(ID, "5А", 5, HOMEROOM.personId()));
        school(engine, new OpenClass(ID, "5Б", 5, OTHER_HOMEROOM.personId()));
        Map<DayOfWeek, List<LessonSlot>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            week.put(day, List.of(new LessonSlot(1, LocalTime.of(8, 30), LocalTime.of(9, 10)),
                    new LessonSlot(2, LocalTime.of(9, 20), LocalTime.of(10, 0)),
                    new LessonSlot(3, LocalTime.of(10, 20), LocalTime.of(11, 0))));
        }
        school(engine, new SetBellSchedule(ID, "5А", week));
        school(engine, new SetBellSchedule(ID, "5Б", week));
        school(engine, new AddSubject(ID, "math", "Математика", SubjectComponent.FEDERAL));
        school(engine, new AddRoom(ID, "201", "Кабинет математики"));
        school(engine, new AddRoom(ID, "202", "Кабинет математики № 2"));
        school(engine, new AssignTeachingLoad(ID, TEACHER.personId(), "math", "5А"));
        school(engine, new AssignTeachingLoad(ID, OTHER_TEACHER.personId(), "math", "5Б"));
        engine.execute(ADMIN, new AssignRole(ID, SUBSTITUTE.personId(), Role.SUBJECT_TEACHER));
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)) {
            school(engine, new AddTimetableEntry(ID, "5А", day, day == DayOfWeek.WEDNESDAY ? 2 : 1, ActivityKind.LESSON,
                    "math", TEACHER.personId(), "201"));
        }
        school(engine, new AddTimetableEntry(ID, "5Б", DayOfWeek.MONDAY, 2, ActivityKind.LESSON, "math",
                OTHER_TEACHER.personId(), "202"));
        school(engine, new ScheduleControlWork(ID, "5А", "math", WEDNESDAY, "контрольная работа"));
        enrol(engine, PUPIL, "Иванов", "5А");
        enrol(engine, Actor.of("s-alekseeva"), "Алексеева", "5А");
        enrol(engine, OTHER_PUPIL, "Петров", "5Б");
        school(engine, new RegisterGuardian(ID, GUARDIAN.personId(), "Иванова", "Ольга", "Сергеевна", PUPIL.personId()));
        school(engine, new RegisterGuardian(ID, OTHER_GUARDIAN.personId(), "Петрова", "Анна", "", OTHER_PUPIL.personId()));
        engine.execute(DEPUTY, new RecordSubstitution(ID, MATH_5A, SUBSTITUTED, SUBSTITUTE.personId()));
        return StoredEnvelopes.of(store);
    }

    private static void hire(JournalEngine engine, Actor person, String surname) {
        school(engine, new HireStaff(ID, person.personId(), surname, "Мария", "Ивановна"));
    }

    private static void enrol(JournalEngine engine, Actor student, String surname, String classCode) {
        school(engine, new EnrolStudent(ID, student.personId(), surname, "Пётр", "", LocalDate.of(2015, 3, 1),
                classCode, LocalDate.of(2026, 9, 1)));
    }

    private static void school(JournalEngine engine, SchoolCommand command) {
        engine.execute(HEAD, command);
    }
}
