package org.schooljournal.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.AbstractThrowableAssert;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.school.AcademicYearSet;
import org.schooljournal.core.school.BellScheduleSet;
import org.schooljournal.core.school.ClassOpened;
import org.schooljournal.core.school.CommandContext;
import org.schooljournal.core.school.HolidaysAdded;
import org.schooljournal.core.school.PublicNonWorkingDaysAdded;
import org.schooljournal.core.school.RoleAssigned;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolLog;
import org.schooljournal.core.school.SchoolRegistered;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.school.StaffHired;
import org.schooljournal.core.school.StaffMember;
import org.schooljournal.core.school.StudyPeriodAdded;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.rules.calendar.HolidayKind;
import org.schooljournal.rules.calendar.Holidays;
import org.schooljournal.rules.calendar.LessonSlot;
import org.schooljournal.rules.calendar.PeriodKind;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.rules.calendar.StudyPeriod;
import org.schooljournal.rules.ruleset.RuleSets;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

/**
 * Schools of the 2026/2027 year built by applying events, and a way to run a command on a state
 * as the engine does — validated, access-checked, decided, applied — without a store. Shared by
 * the programme's and the set-up report's tests.
 *
 * <p>The calendar: quarters for every level, autumn holidays 24 October – 4 November 2026 (4
 * November is a public holiday too), winter and spring holidays, a five-day week. The staff: a
 * teacher of mathematics, of Russian, two of English. Classes 5А, 5Б (six lessons a day) and 10А
 * (seven), each with its homeroom teacher.
 */
public final class ProgrammeFixture {

    public static final String ID = "86-001";
    public static final Actor HEAD = Actor.of("head");
    public static final Instant NOW = Instant.parse("2026-08-25T05:00:00Z");
    public static final CommandContext CONTEXT = new CommandContext(HEAD, NOW, RuleSets.yugra2020());
    public static final AcademicYear YEAR = new AcademicYear(2026, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 26));

    public static final String MATH_TEACHER = "t-math";
    public static final String RUSSIAN_TEACHER = "t-rus";
    public static final String ENGLISH_TEACHER = "t-eng";
    public static final String SECOND_ENGLISH_TEACHER = "t-eng2";

    public static final String MATH = "МАТ";
    public static final String RUSSIAN = "РУС";
    public static final String ENGLISH = "АНГ";
    public static final String ROBOTICS = "РОБ";

    /** A Tuesday of the first quarter. */
    public static final LocalDate SCHOOL_DAY = LocalDate.of(2026, 9, 15);
    /** A Monday of the autumn holidays. */
    public static final LocalDate AUTUMN_HOLIDAY = LocalDate.of(2026, 10, 26);
    /** National Unity Day, a Wednesday. */
    public static final LocalDate PUBLIC_HOLIDAY = LocalDate.of(2026, 11, 4);

    private ProgrammeFixture() {
    }

    /** Returns the state with the events applied in order. */
    public static SchoolState apply(SchoolState state, SchoolEvent... events) {
        return SchoolLog.apply(state, List.of(events));
    }

    /** Returns the state with the events applied in order. */
    public static SchoolState apply(SchoolState state, List<SchoolEvent> events) {
        return apply(state, events.toArray(SchoolEvent[]::new));
    }

    /** Runs the command as the head does through the engine, and returns the state after it. */
    public static SchoolState run(SchoolState state, SchoolCommand command) {
        return apply(state, decide(state, command));
    }

    /** Validates the command, checks the head's right, and returns the events it decides. */
    public static List<SchoolEvent> decide(SchoolState state, SchoolCommand command) {
        return SchoolLog.decide(state, command, CONTEXT);
    }

    /** Asserts that running the command is refused as NOT_FOUND. */
    public static AbstractThrowableAssert<?, ? extends Throwable> assertNotFound(SchoolState state, SchoolCommand command) {
        return assertThatThrownBy(() -> decide(state, command))
                .isInstanceOf(JournalException.class)
                .satisfies(e -> assertThat(((JournalException) e).code())
                        .isEqualTo(ErrorCode.NOT_FOUND));
    }

    /** Asserts that running the command is refused as invalid, naming the field. */
    public static AbstractThrowableAssert<?, ? extends Throwable> assertInvalid(
            SchoolState state, SchoolCommand command, String field) {
        return assertThatThrownBy(() -> decide(state, command))
                .isInstanceOf(InvalidCommandException.class)
                .satisfies(e -> assertThat(((InvalidCommandException) e).violations())
                        .extracting(InvalidCommandException.Violation::field).containsExactly(field));
    }

    /** Returns a school just registered, whose head is {@link #HEAD}. */
    public static SchoolState registered() {
        return apply(SchoolState.empty(ID), registrationEvents());
    }

    private static List<SchoolEvent> registrationEvents() {
        return List.of(
                new SchoolRegistered("МБОУ «Средняя школа № 1»", SchoolCalendar.YUGRA),
                new RoleAssigned(HEAD.personId(), Role.HEAD));
    }

    /** Returns the registered school with its calendar, staff and classes (YR-1…YR-4, bells of YR-9). */
    public static SchoolState structured() {
        return apply(registered(), structureEvents());
    }

    private static List<SchoolEvent> structureEvents() {
        return List.of(
                new AcademicYearSet(YEAR),
                new StudyPeriodAdded(StudyPeriod.of(PeriodKind.QUARTER, 1, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 23))),
                new StudyPeriodAdded(StudyPeriod.of(PeriodKind.QUARTER, 2, LocalDate.of(2026, 11, 5), LocalDate.of(2026, 12, 26))),
                new StudyPeriodAdded(StudyPeriod.of(PeriodKind.QUARTER, 3, LocalDate.of(2027, 1, 11), LocalDate.of(2027, 3, 19))),
                new StudyPeriodAdded(StudyPeriod.of(PeriodKind.QUARTER, 4, LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 26))),
                new HolidaysAdded(Holidays.of(HolidayKind.AUTUMN, LocalDate.of(2026, 10, 24), LocalDate.of(2026, 11, 4))),
                new HolidaysAdded(Holidays.of(HolidayKind.WINTER, LocalDate.of(2026, 12, 27), LocalDate.of(2027, 1, 10))),
                new HolidaysAdded(Holidays.of(HolidayKind.SPRING, LocalDate.of(2027, 3, 20), LocalDate.of(2027, 3, 28))),
                new PublicNonWorkingDaysAdded(Set.of(PUBLIC_HOLIDAY, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 23),
                        LocalDate.of(2027, 3, 8), LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 9))),
                new StaffHired(new StaffMember(MATH_TEACHER, "Иванова", "Мария", "Петровна")),
                new StaffHired(new StaffMember(RUSSIAN_TEACHER, "Сидорова", "Анна", "Павловна")),
                new StaffHired(new StaffMember(ENGLISH_TEACHER, "Петров", "Олег", "Ильич")),
                new StaffHired(new StaffMember(SECOND_ENGLISH_TEACHER, "Ким", "Виктор", "")),
                new ClassOpened("5А", 5, MATH_TEACHER),
                new RoleAssigned(MATH_TEACHER, Role.HOMEROOM_TEACHER),
                new ClassOpened("5Б", 5, RUSSIAN_TEACHER),
                new RoleAssigned(RUSSIAN_TEACHER, Role.HOMEROOM_TEACHER),
                new ClassOpened("10А", 10, ENGLISH_TEACHER),
                new RoleAssigned(ENGLISH_TEACHER, Role.HOMEROOM_TEACHER),
                new BellScheduleSet("5А", week(6)),
                new BellScheduleSet("5Б", week(6)),
                new BellScheduleSet("10А", week(7)));
    }

    /** Returns the structured school with subjects and rooms (YR-3). */
    public static SchoolState withLists() {
        return apply(structured(), listEvents());
    }

    private static List<SchoolEvent> listEvents() {
        return List.of(
                new SubjectAdded(new Subject(MATH, "Математика", SubjectComponent.FEDERAL)),
                new SubjectAdded(new Subject(RUSSIAN, "Русский язык", SubjectComponent.FEDERAL)),
                new SubjectAdded(new Subject(ENGLISH, "Иностранный язык (английский)", SubjectComponent.FEDERAL)),
                new SubjectAdded(new Subject(ROBOTICS, "Робототехника", SubjectComponent.SCHOOL)),
                new RoomAdded(new Room("101", "Кабинет математики")),
                new RoomAdded(new Room("102", "Кабинет русского языка")),
                new RoomAdded(new Room("201", "Кабинет английского языка")),
                new RoomAdded(new Room("202", "Кабинет английского языка")),
                new RoomAdded(new Room("301", "Кабинет робототехники")));
    }

    /** Returns the school of {@link #fullySetUpEvents()}. */
    public static SchoolState fullySetUp() {
        return apply(SchoolState.empty(ID), fullySetUpEvents());
    }

    /**
     * Returns the events, from registration on, of a school set up completely by commands: 5А
     * learns English in two halves, 5А and 5Б share a robotics club, every curriculum subject is
     * taught, every taught subject planned, every class has a timetable, and a control work is
     * scheduled.
     */
    public static List<SchoolEvent> fullySetUpEvents() {
        Recording state = new Recording();
        state.run(new AddStudyGroup(ID, "5А-англ-1", GroupKind.HALF_CLASS, List.of("5А"), 5, ""));
        state.run(new AddStudyGroup(ID, "5А-англ-2", GroupKind.HALF_CLASS, List.of("5А"), 5, ""));
        state.run(new AddStudyGroup(ID, "РОБ-5", GroupKind.CLUB, List.of("5А", "5Б"), 5, ""));
        for (String classCode : List.of("5А", "5Б", "10А")) {
            state.run(new SetCurriculumHours(ID, classCode,
                    classCode.equals("10А") ? CurriculumProfile.TECHNOLOGICAL : CurriculumProfile.UNIVERSAL,
                    hours(MATH, "5", RUSSIAN, "5", ENGLISH, "3")));
        }
        state.run(new SetCurriculumHours(ID, "РОБ-5", CurriculumProfile.UNIVERSAL, hours(ROBOTICS, "1")));
        List<AssignTeachingLoad> load = new ArrayList<>();
        for (String classCode : List.of("5А", "5Б", "10А")) {
            load.add(new AssignTeachingLoad(ID, MATH_TEACHER, MATH, classCode));
            load.add(new AssignTeachingLoad(ID, RUSSIAN_TEACHER, RUSSIAN, classCode));
        }
        load.add(new AssignTeachingLoad(ID, ENGLISH_TEACHER, ENGLISH, "5А-англ-1"));
        load.add(new AssignTeachingLoad(ID, SECOND_ENGLISH_TEACHER, ENGLISH, "5А-англ-2"));
        load.add(new AssignTeachingLoad(ID, ENGLISH_TEACHER, ENGLISH, "5Б"));
        load.add(new AssignTeachingLoad(ID, SECOND_ENGLISH_TEACHER, ENGLISH, "10А"));
        load.add(new AssignTeachingLoad(ID, MATH_TEACHER, ROBOTICS, "РОБ-5"));
        for (AssignTeachingLoad command : load) {
            state.run(command);
            state.run(new SetThematicPlan(ID, command.holderCode(), command.subjectCode(),
                    List.of(new PlannedTopic("Введение", 2), new PlannedTopic("Повторение", 1))));
        }
        state.run(lesson("5А", DayOfWeek.MONDAY, 1, MATH, MATH_TEACHER, "101"));
        state.run(lesson("5А-англ-1", DayOfWeek.MONDAY, 2, ENGLISH, ENGLISH_TEACHER, "201"));
        state.run(lesson("5А-англ-2", DayOfWeek.MONDAY, 2, ENGLISH, SECOND_ENGLISH_TEACHER, "202"));
        state.run(lesson("5Б", DayOfWeek.MONDAY, 1, RUSSIAN, RUSSIAN_TEACHER, "102"));
        state.run(lesson("10А", DayOfWeek.MONDAY, 1, ENGLISH, SECOND_ENGLISH_TEACHER, "201"));
        state.run(new AddTimetableEntry(ID, "РОБ-5", DayOfWeek.WEDNESDAY, 6, ActivityKind.EXTRACURRICULAR,
                ROBOTICS, MATH_TEACHER, "301"));
        state.run(new ScheduleControlWork(ID, "5А", MATH, SCHOOL_DAY, "контрольная работа"));
        return List.copyOf(state.events);
    }

    /** A state with the events that made it, run on by commands. */
    private static final class Recording {
        private final List<SchoolEvent> events = new ArrayList<>();
        private SchoolState state = SchoolState.empty(ID);

        Recording() {
            List<SchoolEvent> initial = new ArrayList<>(registrationEvents());
            initial.addAll(structureEvents());
            initial.addAll(listEvents());
            initial.forEach(this::record);
        }

        void run(SchoolCommand command) {
            decide(state, command).forEach(this::record);
        }

        private void record(SchoolEvent event) {
            events.add(event);
            state = SchoolLog.apply(state, event);
        }
    }

    /** Returns a command adding a lesson. */
    public static AddTimetableEntry lesson(String holder, DayOfWeek day, int slot, String subject, String teacher,
            String room) {
        return new AddTimetableEntry(ID, holder, day, slot, ActivityKind.LESSON, subject, teacher, room);
    }

    /** Returns hours per week from pairs of subject code and decimal text. */
    public static Map<String, BigDecimal> hours(String... subjectsAndHours) {
        Map<String, BigDecimal> hours = new LinkedHashMap<>();
        for (int i = 0; i < subjectsAndHours.length; i += 2) {
            hours.put(subjectsAndHours[i], new BigDecimal(subjectsAndHours[i + 1]));
        }
        return hours;
    }

    /** Returns a Monday-to-Friday bell schedule of that many 40-minute lessons from 8:30. */
    public static Map<DayOfWeek, List<LessonSlot>> week(int lessons) {
        List<LessonSlot> slots = new ArrayList<>();
        LocalTime start = LocalTime.of(8, 30);
        for (int number = 1; number <= lessons; number++) {
            slots.add(new LessonSlot(number, start, start.plusMinutes(40)));
            start = start.plusMinutes(50);
        }
        Map<DayOfWeek, List<LessonSlot>> week = new LinkedHashMap<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            week.put(day, slots);
        }
        return week;
    }
}
