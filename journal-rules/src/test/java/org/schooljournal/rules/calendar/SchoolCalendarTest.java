package org.schooljournal.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.rules.YugraSchool2026;

class SchoolCalendarTest {

    private SchoolCalendar calendar;

    @BeforeEach
    void setUp() {
        calendar = YugraSchool2026.calendar();
    }

    @Nested
    @Tag("YR-2")
    @DisplayName("YR-2: school days follow the school week, holidays and public non-working days")
    class SchoolDays {

        @Test
        @DisplayName("a weekday of a study period is a school day; the weekend of a five-day class is not")
        void weekdays() {
            assertThat(calendar.isSchoolDay("5А", LocalDate.of(2026, 10, 23))).isTrue();
            assertThat(calendar.isSchoolDay("5А", LocalDate.of(2026, 10, 17))).isFalse();
            assertThat(calendar.isSchoolDay("5А", LocalDate.of(2026, 10, 18))).isFalse();
        }

        @Test
        @DisplayName("Saturday is a school day of a six-day class")
        void sixDayWeek() {
            assertThat(calendar.isSchoolDay("10А", LocalDate.of(2026, 10, 17))).isTrue();
            assertThat(calendar.isSchoolDay("10А", LocalDate.of(2026, 10, 18))).isFalse();
        }

        @Test
        @DisplayName("no day of the holidays is a school day")
        void holidays() {
            for (LocalDate day = LocalDate.of(2026, 10, 24); !day.isAfter(LocalDate.of(2026, 11, 3)); day = day.plusDays(1)) {
                assertThat(calendar.isSchoolDay("10А", day)).as("%s", day).isFalse();
            }
        }

        @Test
        @DisplayName("a public non-working day on a weekday is not a school day")
        void publicHoliday() {
            assertThat(calendar.isSchoolDay("5А", LocalDate.of(2026, 11, 4))).isFalse();
            assertThat(calendar.isSchoolDay("5А", LocalDate.of(2026, 11, 5))).isTrue();
        }

        @Test
        @DisplayName("the first grade's additional February holidays apply to 1А only")
        void gradeHolidays() {
            LocalDate february = LocalDate.of(2027, 2, 16);
            assertThat(calendar.isSchoolDay("1А", february)).isFalse();
            assertThat(calendar.isSchoolDay("5А", february)).isTrue();
        }

        @Test
        @DisplayName("days outside the academic year are never school days")
        void outsideYear() {
            assertThat(calendar.isSchoolDay("5А", LocalDate.of(2026, 8, 31))).isFalse();
            assertThat(calendar.isSchoolDay("5А", LocalDate.of(2027, 5, 27))).isFalse();
        }

        @Test
        @DisplayName("an unknown class is an error that lists the known ones")
        void unknownClass() {
            assertThatThrownBy(() -> calendar.isSchoolDay("7В", LocalDate.of(2026, 10, 23)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("unknown class 7В; the calendar has [10А, 1А, 5А]");
        }
    }

    @Nested
    @Tag("YR-1")
    @DisplayName("YR-1: study periods of any kind per education level")
    class Periods {

        @Test
        @DisplayName("the period of a date is found for the class's level")
        void periodOfDate() {
            assertThat(calendar.studyPeriod("5А", LocalDate.of(2026, 12, 1))).contains(YugraSchool2026.Q2);
            assertThat(calendar.studyPeriod("5А", LocalDate.of(2026, 12, 30))).isEmpty();
        }

        @Test
        @DisplayName("senior grades may study in semesters while the others study in quarters")
        void levels() {
            StudyPeriod firstHalf = new StudyPeriod(PeriodKind.SEMESTER, 1,
                    LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 28), Set.of(EducationLevel.SECONDARY));
            StudyPeriod quarter = new StudyPeriod(PeriodKind.QUARTER, 1,
                    LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 23), Set.of(EducationLevel.BASIC));
            SchoolCalendar mixed = SchoolCalendar.builder(SchoolCalendar.YUGRA)
                    .academicYear(YugraSchool2026.YEAR)
                    .studyPeriod(firstHalf).studyPeriod(quarter)
                    .classSchedule("5А", 5, BellSchedule.sameOn(SchoolWeek.FIVE_DAY.days(), YugraSchool2026.SIX_LESSONS))
                    .classSchedule("10А", 10, BellSchedule.sameOn(SchoolWeek.FIVE_DAY.days(), YugraSchool2026.SIX_LESSONS))
                    .build();
            LocalDate november = LocalDate.of(2026, 11, 10);
            assertThat(mixed.studyPeriod("10А", november)).contains(firstHalf);
            assertThat(mixed.isSchoolDay("10А", november)).isTrue();
            assertThat(mixed.isSchoolDay("5А", november)).as("no quarter of 5А covers it").isFalse();
        }

        @Test
        @DisplayName("periods of one level must not overlap")
        void overlap() {
            SchoolCalendar.Builder builder = SchoolCalendar.builder(SchoolCalendar.YUGRA)
                    .academicYear(YugraSchool2026.YEAR)
                    .studyPeriod(YugraSchool2026.Q1)
                    .studyPeriod(StudyPeriod.of(PeriodKind.QUARTER, 2, LocalDate.of(2026, 10, 20), LocalDate.of(2026, 12, 28)));
            assertThatThrownBy(builder::build)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("QUARTER 1 and QUARTER 2 overlap");
        }

        @Test
        @DisplayName("a period outside the academic year is refused")
        void outside() {
            SchoolCalendar.Builder builder = SchoolCalendar.builder(SchoolCalendar.YUGRA)
                    .academicYear(YugraSchool2026.YEAR)
                    .studyPeriod(StudyPeriod.of(PeriodKind.QUARTER, 4, LocalDate.of(2027, 3, 29), LocalDate.of(2027, 6, 5)));
            assertThatThrownBy(builder::build)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("lies outside the academic year 2026/2027");
        }

        @Test
        @DisplayName("a fifth quarter, a reversed period or an empty level set are refused")
        void badPeriods() {
            LocalDate day = LocalDate.of(2026, 9, 1);
            assertThatThrownBy(() -> StudyPeriod.of(PeriodKind.QUARTER, 5, day, day))
                    .hasMessage("number of a QUARTER must be within 1–4, was 5");
            assertThatThrownBy(() -> StudyPeriod.of(PeriodKind.YEAR, 1, day, day.minusDays(1)))
                    .hasMessage("lastDay 2026-08-31 must not be before firstDay 2026-09-01");
            assertThatThrownBy(() -> new StudyPeriod(PeriodKind.YEAR, 1, day, day, Set.of()))
                    .hasMessage("levels must not be empty");
        }

        @Test
        @DisplayName("the academic year starts in its start year and ends in the next")
        void academicYear() {
            assertThat(YugraSchool2026.YEAR.label()).isEqualTo("2026/2027");
            assertThatThrownBy(() -> new AcademicYear(2026, LocalDate.of(2025, 9, 1), LocalDate.of(2027, 5, 26)))
                    .hasMessage("firstDay must be in 2026, was 2025-09-01");
        }
    }

    @Nested
    @Tag("YR-9")
    @DisplayName("YR-9: each class's bell schedule")
    class Bells {

        @Test
        @DisplayName("the lesson of a slot takes the slot's times")
        void lesson() {
            LessonTime lesson = calendar.lesson("5А", LocalDate.of(2026, 10, 23), 3);
            assertThat(lesson.start()).isEqualTo(LocalTime.of(10, 20));
            assertThat(lesson.end()).isEqualTo(LocalTime.of(11, 0));
        }

        @Test
        @DisplayName("the end of a class's lessons is the end of its last slot that weekday")
        void endOfLessons() {
            assertThat(calendar.endOfLessons("5А", LocalDate.of(2026, 10, 23))).contains(LocalTime.of(13, 40));
            assertThat(calendar.endOfLessons("10А", LocalDate.of(2026, 10, 17))).contains(LocalTime.of(12, 0));
            assertThat(calendar.endOfLessons("5А", LocalDate.of(2026, 10, 24))).isEmpty();
        }

        @Test
        @DisplayName("asking for a lesson on a day off or in a missing slot is an error")
        void noLesson() {
            assertThatThrownBy(() -> calendar.lesson("5А", LocalDate.of(2026, 10, 24), 1))
                    .hasMessage("2026-10-24 is not a school day of class 5А");
            assertThatThrownBy(() -> calendar.lesson("5А", LocalDate.of(2026, 10, 23), 7))
                    .hasMessage("class 5А has no lesson 7 on FRIDAY");
        }

        @Test
        @DisplayName("overlapping or twice-numbered slots are refused")
        void badSlots() {
            LessonSlot first = new LessonSlot(1, LocalTime.of(8, 30), LocalTime.of(9, 10));
            LessonSlot overlapping = new LessonSlot(2, LocalTime.of(9, 0), LocalTime.of(9, 40));
            assertThatThrownBy(() -> BellSchedule.of(Map.of(DayOfWeek.MONDAY, List.of(first, overlapping))))
                    .hasMessage("MONDAY: lesson 2 starts at 09:00, before lesson 1 ends at 09:10");
            assertThatThrownBy(() -> BellSchedule.of(Map.of(DayOfWeek.MONDAY, List.of(first, first))))
                    .hasMessage("MONDAY has two lessons numbered 1");
            assertThatThrownBy(() -> new LessonSlot(1, LocalTime.of(9, 0), LocalTime.of(9, 0)))
                    .hasMessage("end 09:00 must be after start 09:00 in lesson 1");
        }

        @Test
        @DisplayName("a five-day class cannot have Saturday lessons")
        void outsideWeek() {
            BellSchedule saturday = BellSchedule.sameOn(Set.of(DayOfWeek.SATURDAY), YugraSchool2026.SIX_LESSONS);
            assertThatThrownBy(() -> new ClassSchedule("5А", 5, SchoolWeek.FIVE_DAY, saturday))
                    .hasMessage("class 5А has lessons on SATURDAY, outside its FIVE_DAY school week");
        }
    }

    @Nested
    @Tag("PD-4")
    @DisplayName("working days, for limits counted in working days")
    class WorkingDays {

        @Test
        @DisplayName("Monday to Friday are working days, except public non-working days")
        void weekdays() {
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 3))).isTrue();
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 4))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 7))).isFalse();
        }

        @Test
        @DisplayName("a Saturday declared working by a transfer is a working day")
        void transfer() {
            LocalDate saturday = LocalDate.of(2026, 11, 7);
            SchoolCalendar transferred = SchoolCalendar.builder(SchoolCalendar.YUGRA)
                    .academicYear(YugraSchool2026.YEAR)
                    .transferredWorkingDays(saturday)
                    .build();
            assertThat(transferred.isWorkingDay(saturday)).isTrue();
            assertThat(transferred.workingDayAfter(LocalDate.of(2026, 11, 6), 1)).isEqualTo(saturday);
        }

        @Test
        @DisplayName("a day cannot be both a public non-working day and a transferred working day")
        void both() {
            LocalDate day = LocalDate.of(2026, 11, 4);
            SchoolCalendar.Builder builder = SchoolCalendar.builder(SchoolCalendar.YUGRA)
                    .academicYear(YugraSchool2026.YEAR)
                    .publicNonWorkingDays(day)
                    .transferredWorkingDays(day);
            assertThatThrownBy(builder::build).hasMessageContaining("2026-11-04 is both");
        }
    }

    @Nested
    @Tag("MRK-3")
    @DisplayName("counting school days, for limits set as a number of school days")
    class Counting {

        @Test
        @DisplayName("the 3rd school day after Friday 23 October skips the holidays and 4 November")
        void skipsHolidays() {
            assertThat(calendar.schoolDayAfter("5А", LocalDate.of(2026, 10, 23), 3)).isEqualTo(LocalDate.of(2026, 11, 9));
        }

        @Test
        @DisplayName("day 0 is the date itself; a negative count is an error")
        void zero() {
            LocalDate day = LocalDate.of(2026, 10, 24);
            assertThat(calendar.schoolDayAfter("5А", day, 0)).isEqualTo(day);
            assertThatThrownBy(() -> calendar.schoolDayAfter("5А", day, -1))
                    .hasMessage("count of days must not be negative, was -1");
        }

        @Test
        @DisplayName("past the year's last day, working days are counted so that the count ends")
        void pastYearEnd() {
            // 26.05.2027 (Wed) is the last day: then Thu 27, Fri 28, Mon 31 May are working days
            assertThat(calendar.schoolDayAfter("5А", LocalDate.of(2027, 5, 26), 3)).isEqualTo(LocalDate.of(2027, 5, 31));
        }
    }
    @Nested
    @Tag("YR-2")
    @DisplayName("YR-2: the calendar follows the federal production calendar")
    class FollowsProductionCalendar {

        private SchoolCalendar.Builder year(int startYear) {
            Map<DayOfWeek, List<LessonSlot>> sixDays = new java.util.EnumMap<>(DayOfWeek.class);
            for (DayOfWeek day : SchoolWeek.SIX_DAY.days()) {
                sixDays.put(day, YugraSchool2026.SIX_LESSONS);
            }
            return SchoolCalendar.builder(SchoolCalendar.YUGRA)
                    .academicYear(new AcademicYear(startYear, LocalDate.of(startYear, 9, 1),
                            LocalDate.of(startYear + 1, 5, 26)))
                    .productionCalendar(ProductionCalendar.federal())
                    .classSchedule("5А", 5, BellSchedule.sameOn(SchoolWeek.FIVE_DAY.days(), YugraSchool2026.SIX_LESSONS))
                    .classSchedule(new ClassSchedule("10А", 10, SchoolWeek.SIX_DAY, BellSchedule.of(sixDays)));
        }

        @Test
        @Tag("PD-4")
        @DisplayName("PD-4: the first working day after Friday 31 October 2025 is Saturday 1 November, made working by "
                + "decree No. 1335")
        void workingSaturday() {
            SchoolCalendar calendar = year(2025).build();
            assertThat(calendar.workingDayAfter(LocalDate.of(2025, 10, 31), 1)).isEqualTo(LocalDate.of(2025, 11, 1));
            assertThat(calendar.workingDayAfter(LocalDate.of(2025, 11, 1), 1)).isEqualTo(LocalDate.of(2025, 11, 5));
        }

        @Test
        @Tag("MRK-3")
        @DisplayName("MRK-3: three school days after Friday 7 March 2025 end on Wednesday 12 March: the rest of Saturday "
                + "8 March went to 13 June, so Monday 10 March is a school day")
        void controlWorkBeforeMarch8() {
            SchoolCalendar calendar = year(2024).build();
            assertThat(calendar.schoolDayAfter("5А", LocalDate.of(2025, 3, 7), 3)).isEqualTo(LocalDate.of(2025, 3, 12));
            assertThat(calendar.isSchoolDay("10А", LocalDate.of(2025, 3, 8))).as("a holiday on a six-day Saturday").isFalse();
        }

        @Test
        @DisplayName("a weekday made a day off by a transfer is no school day; a holiday neither")
        void transferredDayOff() {
            SchoolCalendar calendar = year(2025).build();
            assertThat(calendar.isSchoolDay("5А", LocalDate.of(2025, 11, 3))).isFalse();
            assertThat(calendar.isSchoolDay("5А", LocalDate.of(2025, 11, 4))).isFalse();
            assertThat(calendar.isSchoolDay("5А", LocalDate.of(2025, 11, 5))).isTrue();
            assertThat(calendar.isPublicNonWorkingDay(LocalDate.of(2025, 12, 31))).isTrue();
        }

        @Test
        @DisplayName("a working Saturday is a school day of a six-day class; of a five-day class only when the school "
                + "teaches on working weekend days")
        void workingSaturdayAsSchoolDay() {
            LocalDate saturday = LocalDate.of(2025, 11, 1);
            SchoolCalendar byWeek = year(2025).build();
            assertThat(byWeek.isSchoolDay("10А", saturday)).isTrue();
            assertThat(byWeek.isSchoolDay("5А", saturday)).isFalse();
            SchoolCalendar teaching = year(2025).teachesOnWorkingWeekendDays(true).build();
            assertThat(teaching.isSchoolDay("5А", saturday)).isTrue();
            assertThat(teaching.isSchoolDay("5А", LocalDate.of(2025, 11, 8))).as("an ordinary Saturday").isFalse();
        }

        @Test
        @DisplayName("the school's own days win: a region's holiday is off, a day it declares working works")
        void ownDaysWin() {
            LocalDate regionDay = LocalDate.of(2025, 9, 20 + 2);
            SchoolCalendar calendar = year(2025).publicNonWorkingDays(regionDay, LocalDate.of(2025, 11, 1))
                    .transferredWorkingDays(LocalDate.of(2025, 11, 3)).build();
            assertThat(calendar.isWorkingDay(regionDay)).isFalse();
            assertThat(calendar.isSchoolDay("5А", regionDay)).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(2025, 11, 1))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(2025, 11, 3))).isTrue();
            assertThat(calendar.isSchoolDay("5А", LocalDate.of(2025, 11, 3))).isTrue();
        }

        @Test
        @DisplayName("a year the production calendar does not cover is reported; there only the school's own days count")
        void uncovered() {
            SchoolCalendar calendar = year(2026).build();
            assertThat(calendar.uncoveredYears()).containsExactly(2027);
            assertThat(year(2025).build().uncoveredYears()).isEmpty();
            assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 4))).as("Monday, no data").isTrue();
            assertThat(YugraSchool2026.calendar().uncoveredYears()).as("no production calendar").isEmpty();
        }
    }
}

