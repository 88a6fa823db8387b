package org.schooljournal.rules.calendar;

import java.time.DayOfWeek;
import java.util.Objects;

/**
 * What the calendar knows of one class or study group: its grade (which decides its study periods
 * and holidays), its school week and its bell schedule (YR-2, YR-4, YR-9).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param code the class's name, such as {@code 5А}, or a group's
 * @param grade the grade, 1–11
 * @param week the school week of the class
 * @param bells the bell schedule; it has lessons only on days of {@code week}
 */
public record ClassSchedule(String code, int grade, SchoolWeek week, BellSchedule bells) {

    /**
     * Checks the schedule.
     *
     * @throws IllegalArgumentException if the code is blank, the grade is not 1–11, or the bells
     *     have lessons on a day outside the school week
     */
    public ClassSchedule {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(bells, "bells");
        if (code.isBlank()) {
            throw new IllegalArgumentException("code must not be blank");
        }
        EducationLevel.ofGrade(grade);
        for (DayOfWeek day : bells.days()) {
            if (!week.includes(day)) {
                throw new IllegalArgumentException("class " + code + " has lessons on " + day
                        + ", outside its " + week + " school week");
            }
        }
    }

    /** Returns the education level of the class's grade. */
    public EducationLevel level() {
        return EducationLevel.ofGrade(grade);
    }
}
