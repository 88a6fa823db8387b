package org.schooljournal.core.school;

import java.util.Objects;
import java.util.Optional;
import org.schooljournal.rules.calendar.BellSchedule;

/**
 * A class (класс) of the school, such as 5А: its grade, homeroom teacher (YR-4) and bell schedule
 * (YR-9), once set.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param code the class's name: grade and letter, such as {@code 5А}
 * @param grade the grade, 1–11
 * @param homeroomTeacherId the homeroom teacher's person identifier
 * @param bells the bell schedule, once set
 */
public record SchoolClass(String code, int grade, String homeroomTeacherId, Optional<BellSchedule> bells) {

    /** A class's code: its grade 1–11, then a Cyrillic capital letter, such as {@code 5А} or {@code 10Б}. */
    public static final String CODE_PATTERN = "(1[01]|[1-9])[А-ЯЁ]";

    /** What a refused class code breaks. */
    public static final String CODE_RULE = "must be a class's code: its grade 1–11, then a Cyrillic capital letter,"
            + " such as 5А (YR-4)";

    /** Checks the parts are given. */
    public SchoolClass {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(homeroomTeacherId, "homeroomTeacherId");
        Objects.requireNonNull(bells, "bells");
    }

    /** Returns this class with its bell schedule set. */
    public SchoolClass withBells(BellSchedule schedule) {
        return new SchoolClass(code, grade, homeroomTeacherId, Optional.of(schedule));
    }
}
