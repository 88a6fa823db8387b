package org.schooljournal.core;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.core.access.Role;
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
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.rules.calendar.StudyPeriod;
import org.schooljournal.core.access.Actor;

/** A school registered on a fresh in-memory engine, shared by the engine's tests. */
final class TestSchool {

    static final String ID = "86-001";
    static final Actor ADMIN = Actor.of("admin");
    static final Actor HEAD = Actor.of("head");
    static final Actor TEACHER = Actor.of("teacher-1");
    static final Instant NOW = Instant.parse("2026-08-25T05:00:00Z");
    static final AcademicYear YEAR = new AcademicYear(2026, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 26));

    private TestSchool() {
    }

    /** Returns an engine over a new in-memory store, at a fixed instant. */
    static JournalEngine engine(InMemoryEventStore store) {
        return JournalEngine.builder().eventStore(store).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    }

    /** Registers the school with the admin, the head, and teacher-1 on the staff. */
    static void register(JournalEngine engine) {
        engine.execute(ADMIN, new RegisterSchool(ID, "МБОУ «Средняя школа № 1»", SchoolCalendar.YUGRA));
        engine.execute(ADMIN, new AssignRole(ID, HEAD.personId(), Role.HEAD));
        engine.execute(HEAD, new HireStaff(ID, TEACHER.personId(), "Ёлкина", "Анна", "Петровна"));
    }

    /** Sets up the year, the first quarter and class 5А with six lessons a day. */
    static void setUpYear(JournalEngine engine) {
        engine.execute(HEAD, new SetAcademicYear(ID, YEAR));
        engine.execute(HEAD, new AddStudyPeriod(ID, StudyPeriod.of(PeriodKind.QUARTER, 1,
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 23))));
        engine.execute(HEAD, new OpenClass(ID, "5А", 5, TEACHER.personId()));
        List<LessonSlot> slots = List.of(
                new LessonSlot(1, LocalTime.of(8, 30), LocalTime.of(9, 10)),
                new LessonSlot(2, LocalTime.of(9, 20), LocalTime.of(10, 0)));
        Map<DayOfWeek, List<LessonSlot>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            week.put(day, slots);
        }
        engine.execute(HEAD, new SetBellSchedule(ID, "5А", week));
    }

    static Set<Role> roles(JournalEngine engine, Actor actor) {
        return engine.host().school(ID).rolesOf(actor.personId());
    }
}
