package org.schooljournal.rules;

import static java.time.DayOfWeek.SATURDAY;
import static org.schooljournal.rules.calendar.SchoolCalendar.YUGRA;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.rules.calendar.BellSchedule;
import org.schooljournal.rules.calendar.ClassSchedule;
import org.schooljournal.rules.calendar.HolidayKind;
import org.schooljournal.rules.calendar.Holidays;
import org.schooljournal.rules.calendar.LessonSlot;
import org.schooljournal.rules.calendar.PeriodKind;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.rules.calendar.SchoolWeek;
import org.schooljournal.rules.calendar.StudyPeriod;
import org.schooljournal.rules.ruleset.RuleSets;

/**
 * A realistic calendar of a Yugra school for 2026/2027, shared by the tests: four quarters,
 * autumn, winter, spring and summer holidays, additional February holidays for the first grade,
 * public non-working days, and three classes — 1А and 5А on a five-day week, 10А on a six-day
 * week. The dates are illustrative, not an official calendar.
 */
public final class YugraSchool2026 {

    public static final AcademicYear YEAR =
            new AcademicYear(2026, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 26));

    public static final StudyPeriod Q1 =
            StudyPeriod.of(PeriodKind.QUARTER, 1, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 23));
    public static final StudyPeriod Q2 =
            StudyPeriod.of(PeriodKind.QUARTER, 2, LocalDate.of(2026, 11, 5), LocalDate.of(2026, 12, 28));
    public static final StudyPeriod Q3 =
            StudyPeriod.of(PeriodKind.QUARTER, 3, LocalDate.of(2027, 1, 12), LocalDate.of(2027, 3, 19));
    public static final StudyPeriod Q4 =
            StudyPeriod.of(PeriodKind.QUARTER, 4, LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 26));

    /** Six lessons from 08:30, 40 minutes each, as 5А has them Monday to Friday. */
    public static final List<LessonSlot> SIX_LESSONS = List.of(
            slot(1, "08:30", "09:10"),
            slot(2, "09:20", "10:00"),
            slot(3, "10:20", "11:00"),
            slot(4, "11:20", "12:00"),
            slot(5, "12:10", "12:50"),
            slot(6, "13:00", "13:40"));

    private YugraSchool2026() {
    }

    /** Returns the school's calendar. */
    public static SchoolCalendar calendar() {
        Set<DayOfWeek> weekdays = SchoolWeek.FIVE_DAY.days();
        BellSchedule tenthGrade = BellSchedule.of(Map.of(
                DayOfWeek.MONDAY, SIX_LESSONS, DayOfWeek.TUESDAY, SIX_LESSONS,
                DayOfWeek.WEDNESDAY, SIX_LESSONS, DayOfWeek.THURSDAY, SIX_LESSONS,
                DayOfWeek.FRIDAY, SIX_LESSONS, SATURDAY, SIX_LESSONS.subList(0, 4)));
        return SchoolCalendar.builder(YUGRA)
                .academicYear(YEAR)
                .studyPeriod(Q1).studyPeriod(Q2).studyPeriod(Q3).studyPeriod(Q4)
                .holidays(Holidays.of(HolidayKind.AUTUMN, LocalDate.of(2026, 10, 24), LocalDate.of(2026, 11, 3)))
                .holidays(Holidays.of(HolidayKind.WINTER, LocalDate.of(2026, 12, 29), LocalDate.of(2027, 1, 11)))
                .holidays(new Holidays(HolidayKind.ADDITIONAL, LocalDate.of(2027, 2, 15), LocalDate.of(2027, 2, 21), Set.of(1)))
                .holidays(Holidays.of(HolidayKind.SPRING, LocalDate.of(2027, 3, 20), LocalDate.of(2027, 3, 28)))
                .holidays(Holidays.of(HolidayKind.SUMMER, LocalDate.of(2027, 5, 27), LocalDate.of(2027, 8, 31)))
                .publicNonWorkingDays(LocalDate.of(2026, 11, 4), LocalDate.of(2026, 12, 31),
                        LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 5),
                        LocalDate.of(2027, 1, 6), LocalDate.of(2027, 1, 7), LocalDate.of(2027, 1, 8),
                        LocalDate.of(2027, 2, 23), LocalDate.of(2027, 3, 8), LocalDate.of(2027, 5, 3),
                        LocalDate.of(2027, 5, 10))
                .classSchedule("1А", 1, BellSchedule.sameOn(weekdays, SIX_LESSONS.subList(0, 4)))
                .classSchedule("5А", 5, BellSchedule.sameOn(weekdays, SIX_LESSONS))
                .classSchedule(new ClassSchedule("10А", 10, SchoolWeek.SIX_DAY, tenthGrade))
                .build();
    }

    /** Returns the Yugra 2020 rules over the school's calendar. */
    public static SchoolRules rules() {
        return SchoolRules.of(RuleSets.yugra2020(), calendar());
    }

    /** Returns the instant of that local date-time in Yugra, written {@code 2026-10-23T09:20}. */
    public static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(YUGRA).toInstant();
    }

    /** Returns the slot with times written {@code 08:30}. */
    public static LessonSlot slot(int number, String start, String end) {
        return new LessonSlot(number, LocalTime.parse(start), LocalTime.parse(end));
    }
}
