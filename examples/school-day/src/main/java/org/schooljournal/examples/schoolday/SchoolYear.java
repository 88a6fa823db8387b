package org.schooljournal.examples.schoolday;

import static java.time.LocalDate.of;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.schooljournal.core.school.AddHolidays;
import org.schooljournal.core.school.AddStudyPeriod;
import org.schooljournal.core.school.SetAcademicYear;
import org.schooljournal.core.school.SetSchoolWeek;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.rules.calendar.EducationLevel;
import org.schooljournal.rules.calendar.HolidayKind;
import org.schooljournal.rules.calendar.Holidays;
import org.schooljournal.rules.calendar.PeriodKind;
import org.schooljournal.rules.calendar.SchoolWeek;
import org.schooljournal.rules.calendar.StudyPeriod;

/**
 * The calendar of 2025/2026 (YR-1, YR-2), as the deputy head sets it up: quarters for grades 1–9,
 * semesters for grades 10–11, the holidays (grade 1 has more in February) and a five-day week.
 * The public non-working days are not typed: the school follows the federal production calendar
 * the library ships (2025: decree No. 1335, Monday 3 November and 31 December off; 2026: 9 January
 * and 31 December off), as every school does unless it chooses otherwise.
 */
final class SchoolYear {

    static final AcademicYear YEAR = new AcademicYear(2025, of(2025, 9, 1), of(2026, 5, 26));

    private static final Set<EducationLevel> GRADES_1_TO_9 = EnumSet.of(EducationLevel.PRIMARY, EducationLevel.BASIC);
    private static final Set<EducationLevel> GRADES_10_AND_11 = EnumSet.of(EducationLevel.SECONDARY);

    private SchoolYear() {
    }

    /** Sets the calendar up. */
    static void setUp(YugraSchool school) {
        String id = YugraSchool.ID;
        String deputy = YugraSchool.DEPUTY_HEAD;
        school.execute(deputy, new SetAcademicYear(id, YEAR));
        school.execute(deputy, new SetSchoolWeek(id, SchoolWeek.FIVE_DAY));
        period(school, PeriodKind.QUARTER, 1, of(2025, 9, 1), of(2025, 10, 24), GRADES_1_TO_9);
        period(school, PeriodKind.QUARTER, 2, of(2025, 11, 5), of(2025, 12, 26), GRADES_1_TO_9);
        period(school, PeriodKind.QUARTER, 3, of(2026, 1, 12), of(2026, 3, 20), GRADES_1_TO_9);
        period(school, PeriodKind.QUARTER, 4, of(2026, 3, 30), of(2026, 5, 26), GRADES_1_TO_9);
        period(school, PeriodKind.SEMESTER, 1, of(2025, 9, 1), of(2025, 12, 26), GRADES_10_AND_11);
        period(school, PeriodKind.SEMESTER, 2, of(2026, 1, 12), of(2026, 5, 26), GRADES_10_AND_11);
        holidays(school, new Holidays(HolidayKind.AUTUMN, of(2025, 10, 25), of(2025, 11, 4), Set.of()));
        holidays(school, new Holidays(HolidayKind.WINTER, of(2025, 12, 27), of(2026, 1, 11), Set.of()));
        holidays(school, new Holidays(HolidayKind.ADDITIONAL, of(2026, 2, 16), of(2026, 2, 22), Set.of(1)));
        holidays(school, new Holidays(HolidayKind.SPRING, of(2026, 3, 21), of(2026, 3, 29), Set.of()));
        holidays(school, new Holidays(HolidayKind.SUMMER, of(2026, 5, 27), of(2026, 8, 31), Set.of()));
    }

    private static void period(YugraSchool school, PeriodKind kind, int number, LocalDate first, LocalDate last,
            Set<EducationLevel> levels) {
        school.execute(YugraSchool.DEPUTY_HEAD,
                new AddStudyPeriod(YugraSchool.ID, new StudyPeriod(kind, number, first, last, levels)));
    }

    private static void holidays(YugraSchool school, Holidays holidays) {
        school.execute(YugraSchool.DEPUTY_HEAD, new AddHolidays(YugraSchool.ID, holidays));
    }
}
