package org.schooljournal.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.programme.ProgrammeFixture.AUTUMN_HOLIDAY;
import static org.schooljournal.core.programme.ProgrammeFixture.ID;
import static org.schooljournal.core.programme.ProgrammeFixture.MATH;
import static org.schooljournal.core.programme.ProgrammeFixture.MATH_TEACHER;
import static org.schooljournal.core.programme.ProgrammeFixture.PUBLIC_HOLIDAY;
import static org.schooljournal.core.programme.ProgrammeFixture.RUSSIAN;
import static org.schooljournal.core.programme.ProgrammeFixture.SCHOOL_DAY;
import static org.schooljournal.core.programme.ProgrammeFixture.apply;
import static org.schooljournal.core.programme.ProgrammeFixture.assertInvalid;
import static org.schooljournal.core.programme.ProgrammeFixture.assertNotFound;
import static org.schooljournal.core.programme.ProgrammeFixture.decide;
import static org.schooljournal.core.programme.ProgrammeFixture.registered;
import static org.schooljournal.core.programme.ProgrammeFixture.run;
import static org.schooljournal.core.programme.ProgrammeFixture.withLists;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.school.ClassOpened;
import org.schooljournal.core.school.HolidaysAdded;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.school.StaffHired;
import org.schooljournal.core.school.StaffMember;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.rules.calendar.HolidayKind;
import org.schooljournal.rules.calendar.Holidays;

@Tag("YR-10")
@DisplayName("YR-10: the control-work schedule, with the form of control, on school days")
class ScheduleControlWorkTest {

    @Test
    @DisplayName("a control work is scheduled on a school day of the class, with its form of control")
    void schedules() {
        SchoolState state = run(withLists(), new ScheduleControlWork(ID, "5А", RUSSIAN, SCHOOL_DAY, " диктант "));

        assertThat(Programme.of(state).controlWorksOf("5А"))
                .containsExactly(new ControlWork("5А", RUSSIAN, SCHOOL_DAY, "диктант"));
    }

    @Test
    @DisplayName("scheduling the same work again changes nothing; another form the same day is another work")
    void idempotent() {
        SchoolState state = run(withLists(), new ScheduleControlWork(ID, "5А", MATH, SCHOOL_DAY, "контрольная работа"));

        assertThat(decide(state, new ScheduleControlWork(ID, "5А", MATH, SCHOOL_DAY, "контрольная работа"))).isEmpty();
        assertThat(decide(state, new ScheduleControlWork(ID, "5А", MATH, SCHOOL_DAY, "тест"))).hasSize(1);
    }

    @Test
    @DisplayName("a day of the holidays is refused, naming the date and the class")
    void holiday() {
        assertInvalid(withLists(), new ScheduleControlWork(ID, "5А", MATH, AUTUMN_HOLIDAY, "тест"), "date")
                .hasMessageContaining("date = 2026-10-26: is not a school day of class 5А");
    }

    @Test
    @DisplayName("a public non-working day, a Saturday of a five-day week and a day after the year are refused")
    void otherDaysOff() {
        for (LocalDate day : List.of(PUBLIC_HOLIDAY, LocalDate.of(2026, 9, 19), LocalDate.of(2027, 6, 1))) {
            assertInvalid(withLists(), new ScheduleControlWork(ID, "5А", MATH, day, "тест"), "date");
        }
    }

    @Test
    @DisplayName("holidays of one grade only refuse that grade's classes; a class without bells is judged too")
    void perGrade() {
        LocalDate february = LocalDate.of(2027, 2, 15);
        SchoolState state = apply(withLists(),
                new HolidaysAdded(new Holidays(HolidayKind.ADDITIONAL, february, LocalDate.of(2027, 2, 21), Set.of(1))),
                new StaffHired(new StaffMember("t-1", "Орлова", "Нина", "")),
                new ClassOpened("1А", 1, "t-1"));

        assertInvalid(state, new ScheduleControlWork(ID, "1А", MATH, february, "тест"), "date");
        assertThat(decide(state, new ScheduleControlWork(ID, "5А", MATH, february, "тест"))).hasSize(1);
    }

    @Test
    @DisplayName("a group's work must fall on a school day of each of its classes")
    void group() {
        SchoolState state = run(withLists(),
                new AddStudyGroup(ID, "5-поток", GroupKind.STREAM, List.of("5А", "5Б"), 5, ""));

        assertThat(decide(state, new ScheduleControlWork(ID, "5-поток", MATH, SCHOOL_DAY, "тест"))).hasSize(1);
        assertInvalid(state, new ScheduleControlWork(ID, "5-поток", MATH, AUTUMN_HOLIDAY, "тест"), "date");
    }

    @Test
    @DisplayName("before the academic year is set there is no calendar to judge the date by")
    void noCalendar() {
        SchoolState state = apply(registered(),
                new StaffHired(new StaffMember(MATH_TEACHER, "Иванова", "Мария", "Петровна")),
                new ClassOpened("5А", 5, MATH_TEACHER),
                new SubjectAdded(new Subject(MATH, "Математика", SubjectComponent.FEDERAL)));

        assertThat(decide(state, new ScheduleControlWork(ID, "5А", MATH, AUTUMN_HOLIDAY, "тест"))).hasSize(1);
    }

    @Test
    @DisplayName("an unknown subject or class is NOT_FOUND; a blank form is refused")
    void refused() {
        assertNotFound(withLists(), new ScheduleControlWork(ID, "5А", "ФИЗ", SCHOOL_DAY, "тест"))
                .hasMessage("ScheduleControlWork: subjectCode ФИЗ is not a subject of school 86-001");
        assertNotFound(withLists(), new ScheduleControlWork(ID, "ИУП-1", MATH, SCHOOL_DAY, "тест"));
        assertThatThrownBy(() -> decide(withLists(), new ScheduleControlWork(ID, "5А", MATH, SCHOOL_DAY, " ")))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("form");
    }
}
