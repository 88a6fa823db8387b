package org.schooljournal.adapter.oneroster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.schooljournal.adapter.tck.MovingClock;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.Mark;
import org.schooljournal.core.journal.PeriodRef;
import org.schooljournal.core.journal.RecordMark;
import org.schooljournal.core.journal.SetPeriodMark;
import org.schooljournal.core.journal.WorkKind;
import org.schooljournal.core.programme.ActivityKind;
import org.schooljournal.core.programme.AddRoom;
import org.schooljournal.core.programme.AddStudyGroup;
import org.schooljournal.core.programme.AddSubject;
import org.schooljournal.core.programme.AddTimetableEntry;
import org.schooljournal.core.programme.AssignTeachingLoad;
import org.schooljournal.core.programme.GroupKind;
import org.schooljournal.core.programme.SubjectComponent;
import org.schooljournal.core.roster.EnrolStudent;
import org.schooljournal.core.roster.LinkGuardian;
import org.schooljournal.core.roster.RegisterGuardian;
import org.schooljournal.core.roster.TransferStudent;
import org.schooljournal.core.roster.WithdrawStudent;
import org.schooljournal.core.school.AddStudyPeriod;
import org.schooljournal.core.school.AssignRole;
import org.schooljournal.core.school.HireStaff;
import org.schooljournal.core.school.OpenClass;
import org.schooljournal.core.school.RegisterSchool;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.school.SetAcademicYear;
import org.schooljournal.core.school.SetBellSchedule;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.rules.calendar.LessonSlot;
import org.schooljournal.rules.calendar.PeriodKind;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.rules.calendar.StudyPeriod;

/**
 * A school on a real engine over the embedded in-memory store, through journal-core's public API
 * only. {@link #empty()} is registered with its head and nothing else — what an import fills;
 * {@link #example()} holds a year of two quarters, three teachers, classes 5А and 6Б, mathematics
 * and Russian (in 5А also for its half-class group 5А-рус-1), four pupils (one moved from 5А to 6Б, one withdrawn) and three guardians, one of two
 * pupils. {@link #withMarks()} adds to it 5А's Monday lessons — mathematics first, Russian second —
 * and a few marks (below). The clock is set, never slept on.
 */
final class RosterSchool {

    static final String ID = "86-001";
    static final Actor ADMIN = Actor.of("admin");
    static final Actor HEAD = Actor.of("head");
    static final Instant START = Instant.parse("2026-08-25T05:00:00Z");
    static final Actor MATH = Actor.of("t-math");
    static final Actor RUSSIAN = Actor.of("t-rus");
    static final JournalKey MATH_5A = new JournalKey("5А", "math");
    static final JournalKey RUSSIAN_5A = new JournalKey("5А", "rus");
    static final LocalDate MONDAY = LocalDate.of(2026, 10, 12);
    static final LocalDate QUARTER_END = LocalDate.of(2026, 10, 23);

    final MovingClock clock = new MovingClock(START);
    final JournalEngine engine = JournalEngine.builder().clock(clock).build();

    private RosterSchool() {
    }

    /** Returns a registered school with its head and nothing else. */
    static RosterSchool empty() {
        RosterSchool school = new RosterSchool();
        school.engine.execute(ADMIN, new RegisterSchool(ID, "МБОУ «Средняя школа № 1»", SchoolCalendar.YUGRA));
        school.engine.execute(ADMIN, new AssignRole(ID, HEAD.personId(), Role.HEAD));
        return school;
    }

    /** Returns the example school. */
    static RosterSchool example() {
        RosterSchool school = empty();
        school.run(new SetAcademicYear(ID, new AcademicYear(2026, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 26))));
        school.run(new AddStudyPeriod(ID, StudyPeriod.of(PeriodKind.QUARTER, 1, LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 10, 23))));
        school.run(new AddStudyPeriod(ID, StudyPeriod.of(PeriodKind.QUARTER, 2, LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 12, 26))));
        school.run(new HireStaff(ID, "t-math", "Петрова", "Мария", "Ивановна"));
        school.run(new HireStaff(ID, "t-rus", "Сидорова", "Ольга", "Петровна"));
        school.run(new HireStaff(ID, "t-home", "Смирнова", "Елена", ""));
        school.run(new OpenClass(ID, "5А", 5, "t-home"));
        school.run(new OpenClass(ID, "6Б", 6, "t-rus"));
        school.run(new AddSubject(ID, "math", "Математика", SubjectComponent.FEDERAL));
        school.run(new AddSubject(ID, "rus", "Русский язык", SubjectComponent.SCHOOL));
        school.run(new AssignTeachingLoad(ID, "t-math", "math", "5А"));
        school.run(new AssignTeachingLoad(ID, "t-rus", "rus", "5А"));
        school.run(new AssignTeachingLoad(ID, "t-math", "math", "6Б"));
        school.run(new AddStudyGroup(ID, "5А-рус-1", GroupKind.HALF_CLASS, List.of("5А"), 5, ""));
        school.run(new AssignTeachingLoad(ID, "t-rus", "rus", "5А-рус-1"));
        LocalDate first = LocalDate.of(2026, 9, 1);
        school.run(new EnrolStudent(ID, "s-ivanov", "Иванов", "Пётр", "Сергеевич", LocalDate.of(2015, 3, 2), "5А", first));
        school.run(new EnrolStudent(ID, "s-alekseeva", "Алексеева", "Анна", "", LocalDate.of(2015, 7, 9), "5А", first));
        school.run(new EnrolStudent(ID, "s-yolkin", "Ёлкин", "Борис", "", LocalDate.of(2014, 1, 20), "5А", first));
        school.run(new EnrolStudent(ID, "s-zaitsev", "Зайцев", "Глеб", "", LocalDate.of(2014, 5, 5), "6Б", first));
        school.run(new TransferStudent(ID, "s-yolkin", "6Б", LocalDate.of(2026, 10, 12)));
        school.run(new WithdrawStudent(ID, "s-zaitsev", LocalDate.of(2026, 11, 20), "Переезд в другой город"));
        school.run(new RegisterGuardian(ID, "g-ivanova", "Иванова", "Ольга", "Николаевна", "s-ivanov"));
        school.run(new LinkGuardian(ID, "g-ivanova", "s-alekseeva"));
        school.run(new RegisterGuardian(ID, "g-yolkin", "Ёлкин", "Иван", "", "s-yolkin"));
        school.run(new RegisterGuardian(ID, "g-zaitseva", "Зайцева", "Вера", "", "s-zaitsev"));
        return school;
    }

    /**
     * Returns the example school with 5А's Monday lessons and these marks: on Monday 12 October in
     * mathematics Алексеева «5» for an oral answer in the lesson, and Иванов «4» for classwork with
     * a comment, entered the next day — late (MRK-2); on the first quarter's last day the quarter's
     * marks, mathematics «5» for Алексеева, Russian «осв» for Иванов and «н/а» for Алексеева.
     */
    static RosterSchool withMarks() {
        RosterSchool school = withLessons();
        LessonRef lesson = new LessonRef(MONDAY, 1);
        school.at(MONDAY, LocalTime.of(8, 50));
        school.engine.execute(MATH, RecordMark.of(ID, MATH_5A, lesson, "s-alekseeva", Mark.of("5"), WorkKind.ORAL));
        school.at(MONDAY.plusDays(1), LocalTime.of(10, 0));
        school.engine.execute(MATH, RecordMark.of(ID, MATH_5A, lesson, "s-ivanov", Mark.of("4"), WorkKind.CLASSWORK)
                .withComment("работа у доски"));
        school.at(QUARTER_END, LocalTime.of(12, 0));
        PeriodRef quarter = PeriodRef.of(PeriodKind.QUARTER, 1);
        school.engine.execute(MATH, new SetPeriodMark(ID, MATH_5A, quarter, "s-alekseeva", Mark.of("5")));
        school.engine.execute(RUSSIAN, new SetPeriodMark(ID, RUSSIAN_5A, quarter, "s-ivanov", Mark.of("осв")));
        school.engine.execute(RUSSIAN, new SetPeriodMark(ID, RUSSIAN_5A, quarter, "s-alekseeva", Mark.of("н/а")));
        return school;
    }

    /**
     * Returns the example school with 5А's bells (8:30 and 9:20, Monday to Friday) and its Monday
     * lessons: mathematics first, Russian second; nothing recorded.
     */
    static RosterSchool withLessons() {
        RosterSchool school = example();
        Map<DayOfWeek, List<LessonSlot>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            week.put(day, List.of(new LessonSlot(1, LocalTime.of(8, 30), LocalTime.of(9, 10)),
                    new LessonSlot(2, LocalTime.of(9, 20), LocalTime.of(10, 0))));
        }
        school.run(new SetBellSchedule(ID, "5А", week));
        school.run(new AddRoom(ID, "201", "Кабинет 201"));
        school.run(new AddTimetableEntry(ID, "5А", DayOfWeek.MONDAY, 1, ActivityKind.LESSON, "math", "t-math", "201"));
        school.run(new AddTimetableEntry(ID, "5А", DayOfWeek.MONDAY, 2, ActivityKind.LESSON, "rus", "t-rus", "201"));
        return school;
    }

    /** Sets the clock to a local date and time in the school's zone. */
    void at(LocalDate date, LocalTime time) {
        clock.set(LocalDateTime.of(date, time).atZone(SchoolCalendar.YUGRA).toInstant());
    }

    /** Returns the data set with its gradebook, as the head reads it. */
    DataSet gradebookSet() {
        return OneRosterExport.dataSet(engine, HEAD, ID);
    }

    void run(SchoolCommand command) {
        engine.execute(HEAD, command);
    }

    SchoolState state() {
        return engine.schools().state(HEAD, ID);
    }

    DataSet dataSet() {
        return OneRosterExport.dataSet(state());
    }

    byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OneRosterExport.write(state(), bytes);
        return bytes.toByteArray();
    }

    ImportReport importZip(byte[] zip) {
        return OneRosterImport.into(engine, clock).apply(HEAD, ID, new ByteArrayInputStream(zip));
    }
}
