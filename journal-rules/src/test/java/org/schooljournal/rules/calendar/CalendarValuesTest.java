package org.schooljournal.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.rules.YugraSchool2026;

/** The calendar's values: education levels, the academic year, bells, holidays (YR-1, YR-2, YR-4). */
@Tag("YR-1")
@Tag("YR-2")
@DisplayName("YR-1, YR-2: the calendar's values are what the regulation's levels, years, bells and holidays say")
class CalendarValuesTest {

    @Test
    @DisplayName("grades 1–4 are primary, 5–9 basic, 10–11 secondary; each grade in one level, its boundaries included")
    void levels() {
        qt().forAll(integers().between(1, 11)).checkAssert(grade -> {
            EducationLevel level = EducationLevel.ofGrade(grade);
            assertThat(level).isEqualTo(grade <= 4 ? EducationLevel.PRIMARY
                    : grade <= 9 ? EducationLevel.BASIC : EducationLevel.SECONDARY);
            assertThat(level.contains(grade)).isTrue();
            assertThat(List.of(EducationLevel.values())).filteredOn(other -> other.contains(grade)).containsExactly(level);
        });
        assertThat(EducationLevel.BASIC.contains(4)).isFalse();
        assertThat(EducationLevel.BASIC.contains(10)).isFalse();
        assertThatThrownBy(() -> EducationLevel.ofGrade(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was 0");
        assertThatThrownBy(() -> EducationLevel.ofGrade(12)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was 12");
    }

    @Test
    @DisplayName("an academic year starts in its start year and ends in the next")
    void academicYear() {
        assertThatThrownBy(() -> new AcademicYear(2026, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("lastDay must be in 2027, was 2026-12-31");
        assertThatThrownBy(() -> new AcademicYear(2026, LocalDate.of(2025, 9, 1), LocalDate.of(2027, 5, 26)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("firstDay must be in 2026, was 2025-09-01");
    }

    @Test
    @DisplayName("bell schedules are equal when their slots are, and say which they hold")
    void bells() {
        List<LessonSlot> slots = List.of(new LessonSlot(1, LocalTime.of(8, 30), LocalTime.of(9, 10)));
        BellSchedule monday = BellSchedule.of(Map.of(DayOfWeek.MONDAY, slots));
        BellSchedule again = BellSchedule.of(Map.of(DayOfWeek.MONDAY, slots));
        BellSchedule tuesday = BellSchedule.of(Map.of(DayOfWeek.TUESDAY, slots));

        assertThat(monday).isEqualTo(again).hasSameHashCodeAs(again).isNotEqualTo(tuesday).isNotEqualTo(slots);
        assertThat(monday.toString()).contains("MONDAY").contains("08:30");
    }

    @Test
    @DisplayName("a lesson slot's number may be 0 (a zero lesson), never negative")
    void slotNumber() {
        assertThat(new LessonSlot(0, LocalTime.of(8, 0), LocalTime.of(8, 40)).number()).isZero();
        assertThatThrownBy(() -> new LessonSlot(-1, LocalTime.of(8, 0), LocalTime.of(8, 40)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was -1");
    }

    @Test
    @DisplayName("the calendar keeps its holidays, and a holiday on a weekday is no school day")
    void holidays() {
        SchoolCalendar calendar = YugraSchool2026.calendar();
        assertThat(calendar.holidays()).isNotEmpty();
        Holidays autumn = calendar.holidays().get(0);
        LocalDate weekdayOff = autumn.firstDay();
        while (weekdayOff.getDayOfWeek().getValue() > 5) {
            weekdayOff = weekdayOff.plusDays(1);
        }
        assertThat(calendar.isSchoolDay("5А", weekdayOff)).isFalse();
        assertThat(calendar.isSchoolDay("5А", autumn.firstDay().minusDays(
                autumn.firstDay().getDayOfWeek() == DayOfWeek.MONDAY ? 3 : 1))).isTrue();
        assertThat(calendar.toString()).contains("2026");
    }
}
