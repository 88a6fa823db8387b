package org.schooljournal.benchmarks;

import java.time.DayOfWeek;
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
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.LessonKind;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.Mark;
import org.schooljournal.core.journal.RecordAbsence;
import org.schooljournal.core.journal.RecordMark;
import org.schooljournal.core.journal.RecordTopic;
import org.schooljournal.core.journal.WorkKind;
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
import org.schooljournal.core.school.SetAcademicYear;
import org.schooljournal.core.school.SetBellSchedule;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.rules.calendar.LessonSlot;
import org.schooljournal.rules.calendar.PeriodKind;
import org.schooljournal.rules.calendar.ProductionCalendar;
import org.schooljournal.rules.calendar.StudyPeriod;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;

/**
 * A school with one class's journal written over a school year, set up through the engine's
 * commands on an in-memory store: the template {@code YearJournalBenchmark} copies into a fresh
 * store.
 *
 * <p>One class, 5А, of {@value #STUDENTS} students; its journal of Russian ({@value #SUBJECT}) has
 * a lesson in each of the {@value #SLOTS} slots of every weekday (a heavier journal than any real
 * subject's, so that one journal holds a year of a class's entries); four quarters of the 2026/27
 * year, {@value #SCHOOL_DAYS} school days (the weekdays but the federal production calendar's days
 * off: 4 November 2026, National Unity Day). Each lesson of the journal's written days holds
 * {@value #ENTRIES_PER_LESSON} entries, recorded on the lesson's day: its topic, the class's
 * homework, two absences («н» and «б») and {@value #MARKS_PER_LESSON} oral marks, of students
 * moving through the class from lesson to lesson.
 *
 * <p>Not thread-safe.
 */
final class BenchYear {

    static final String SCHOOL = "86-0001";
    static final String CLASS = "5А";
    static final String SUBJECT = "rus";
    static final JournalKey JOURNAL = new JournalKey(CLASS, SUBJECT);
    static final int STUDENTS = 25;
    static final int SLOTS = 6;
    static final int MARKS_PER_LESSON = 12;
    static final int ENTRIES_PER_LESSON = 4 + MARKS_PER_LESSON;
    static final int SCHOOL_DAYS = 170;
    static final Actor ADMIN = Actor.of("admin-01");
    static final Actor HEAD = Actor.of("head-01");
    static final Actor TEACHER = Actor.of("t-01");
    /** When a day's entries are recorded: after its last lesson, within the school day (MRK-2). */
    static final LocalTime RECORDED = LocalTime.of(14, 0);

    /** The four quarters of 2026/27: the study periods of this school and of {@link BenchReportSchool}. */
    static final List<StudyPeriod> QUARTERS = List.of(
            StudyPeriod.of(PeriodKind.QUARTER, 1, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 23)),
            StudyPeriod.of(PeriodKind.QUARTER, 2, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 26)),
            StudyPeriod.of(PeriodKind.QUARTER, 3, LocalDate.of(2027, 1, 11), LocalDate.of(2027, 3, 20)),
            StudyPeriod.of(PeriodKind.QUARTER, 4, LocalDate.of(2027, 3, 30), LocalDate.of(2027, 5, 26)));
    /** The school days, in order: the weekdays of the quarters. */
    static final List<LocalDate> DAYS = schoolDays();

    final BenchJournals.SettableClock clock = new BenchJournals.SettableClock(
            BenchJournals.at(LocalDate.of(2026, 8, 24), LocalTime.of(10, 0)));
    final InMemoryEventStore store = new InMemoryEventStore();
    final JournalEngine engine = JournalEngine.builder().eventStore(store).clock(clock).build();

    private BenchYear() {
    }

    /**
     * Sets the school up and writes the journal's first {@code days} school days.
     *
     * @param days how many school days the journal holds, from the first
     */
    static BenchYear written(int days) {
        if (days < 0 || days > DAYS.size()) {
            throw new IllegalArgumentException("days must be 0 to " + DAYS.size() + ", was " + days);
        }
        BenchYear year = new BenchYear();
        year.setUp();
        int lesson = 0;
        for (LocalDate day : DAYS.subList(0, days)) {
            year.clock.set(BenchJournals.at(day, RECORDED));
            for (int slot = 1; slot <= SLOTS; slot++) {
                year.writeLesson(new LessonRef(day, slot), lesson++);
            }
        }
        return year;
    }

    /** Returns student {@code p}, from 0: s-001… */
    static String student(int p) {
        return String.format("s-%03d", p + 1);
    }

    /** Returns the journal's stream. */
    static String stream() {
        return JOURNAL.stream(SCHOOL);
    }

    /** Returns how many entries the journal holds. */
    int entries() {
        return engine.host().journal(SCHOOL, JOURNAL).entries().size();
    }

    /** Copies every stream into an empty store, envelope for envelope: one append per stream. */
    void copyTo(EventStore target) {
        for (String stream : store.streamIds("")) {
            List<EventData> events = store.read(stream, 1, Integer.MAX_VALUE).stream().map(EventEnvelope::event)
                    .toList();
            target.append(stream, 0, events);
        }
    }

    private void writeLesson(LessonRef lesson, int n) {
        engine.execute(TEACHER, new RecordTopic(SCHOOL, JOURNAL, lesson, "Тема урока " + (n + 1), LessonKind.LESSON));
        engine.execute(TEACHER, new AssignHomework(SCHOOL, JOURNAL, lesson, Optional.empty(),
                "§ " + (n % 40 + 1) + ", упр. " + (n % 9 + 1), Optional.empty()));
        int first = 2 * n % STUDENTS;
        engine.execute(TEACHER, new RecordAbsence(SCHOOL, JOURNAL, lesson, student(first), AbsenceCode.UNEXCUSED));
        engine.execute(TEACHER, new RecordAbsence(SCHOOL, JOURNAL, lesson, student((first + 1) % STUDENTS),
                AbsenceCode.ILLNESS));
        for (int m = 0; m < MARKS_PER_LESSON; m++) {
            engine.execute(TEACHER, RecordMark.of(SCHOOL, JOURNAL, lesson, student((first + 2 + m) % STUDENTS),
                    Mark.of(String.valueOf(3 + (n + m) % 3)), WorkKind.ORAL));
        }
    }

    private void setUp() {
        engine.execute(ADMIN, new RegisterSchool(SCHOOL, "МБОУ «Средняя общеобразовательная школа № 1»",
                BenchJournals.ZONE));
        engine.execute(ADMIN, new AssignRole(SCHOOL, HEAD.personId(), Role.HEAD));
        engine.execute(HEAD, new SetAcademicYear(SCHOOL,
                new AcademicYear(2026, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 26))));
        for (StudyPeriod quarter : QUARTERS) {
            engine.execute(HEAD, new AddStudyPeriod(SCHOOL, quarter));
        }
        engine.execute(HEAD, new AddSubject(SCHOOL, SUBJECT, "Русский язык", SubjectComponent.FEDERAL));
        engine.execute(HEAD, new HireStaff(SCHOOL, TEACHER.personId(), "Смирнова", "Анна", "Петровна"));
        engine.execute(HEAD, new OpenClass(SCHOOL, CLASS, 5, TEACHER.personId()));
        List<LessonSlot> slots = new ArrayList<>();
        LocalTime start = LocalTime.of(8, 30);
        for (int slot = 1; slot <= SLOTS; slot++) {
            slots.add(new LessonSlot(slot, start, start.plusMinutes(40)));
            start = start.plusMinutes(50);
        }
        Map<DayOfWeek, List<LessonSlot>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            week.put(day, slots);
        }
        engine.execute(HEAD, new SetBellSchedule(SCHOOL, CLASS, week));
        engine.execute(HEAD, new AddRoom(SCHOOL, "101", "Кабинет 101"));
        engine.execute(HEAD, new AssignTeachingLoad(SCHOOL, TEACHER.personId(), SUBJECT, CLASS));
        for (DayOfWeek day : week.keySet()) {
            for (int slot = 1; slot <= SLOTS; slot++) {
                engine.execute(HEAD, new AddTimetableEntry(SCHOOL, CLASS, day, slot, ActivityKind.LESSON, SUBJECT,
                        TEACHER.personId(), "101"));
            }
        }
        for (int p = 0; p < STUDENTS; p++) {
            engine.execute(HEAD, new EnrolStudent(SCHOOL, student(p), p % 2 == 0 ? "Иванов" : "Петров",
                    "Иван", "Сергеевич", LocalDate.of(2015, 3, 1).plusDays(p), CLASS, QUARTERS.get(0).firstDay()));
        }
    }

    private static List<LocalDate> schoolDays() {
        ProductionCalendar production = ProductionCalendar.federal();
        List<LocalDate> days = new ArrayList<>();
        for (StudyPeriod quarter : QUARTERS) {
            for (LocalDate day = quarter.firstDay(); !day.isAfter(quarter.lastDay()); day = day.plusDays(1)) {
                LocalDate date = day;
                boolean dayOff = production.year(day.getYear()).filter(year -> year.isDayOff(date)).isPresent();
                if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !dayOff) {
                    days.add(day);
                }
            }
        }
        if (days.size() != SCHOOL_DAYS) {
            throw new IllegalStateException("the quarters hold " + days.size() + " school days, not " + SCHOOL_DAYS);
        }
        return List.copyOf(days);
    }
}
