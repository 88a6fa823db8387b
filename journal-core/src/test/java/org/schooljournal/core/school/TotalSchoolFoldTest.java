package org.schooljournal.core.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.rules.calendar.LessonSlot;
import org.schooljournal.rules.calendar.SchoolCalendar;

/**
 * Applying a stored event of a school never fails (DESIGN.md, principle 9): bells of a class the
 * log never opened, or whose slots overlap, fold without effect where they once threw.
 */
@Tag("YR-9")
@DisplayName("A school's fold is total: a bell schedule that could once not be applied folds without throwing")
class TotalSchoolFoldTest {

    private static final List<LessonSlot> SLOTS = List.of(new LessonSlot(1, LocalTime.of(8, 30), LocalTime.of(9, 10)));

    private final SchoolState school = SchoolLog.apply(SchoolState.empty("86-001"), List.of(
            new SchoolRegistered("МБОУ СОШ № 1", SchoolCalendar.YUGRA), new ClassOpened("5А", 5, "t-home")));

    @Test
    @DisplayName("YR-9: bells of a class the school never opened leave the school as it was")
    void bellsOfUnknownClass() {
        assertThat(SchoolLog.apply(school, new BellScheduleSet("9Я", Map.of(DayOfWeek.MONDAY, SLOTS)))).isEqualTo(school);
    }

    @Test
    @DisplayName("YR-9: bells whose slots overlap leave the class as it was; valid bells are set")
    void overlappingBells() {
        List<LessonSlot> overlapping = List.of(SLOTS.get(0), new LessonSlot(2, LocalTime.of(9, 0), LocalTime.of(9, 40)));
        assertThat(SchoolLog.apply(school, new BellScheduleSet("5А", Map.of(DayOfWeek.MONDAY, overlapping))))
                .isEqualTo(school);
        assertThat(SchoolLog.apply(school, new BellScheduleSet("5А", Map.of(DayOfWeek.MONDAY, SLOTS)))
                .structure().schoolClass("5А").orElseThrow().bells()).isPresent();
    }
}
