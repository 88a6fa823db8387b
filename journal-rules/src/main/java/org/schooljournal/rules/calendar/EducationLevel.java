package org.schooljournal.rules.calendar;

/**
 * A level of general education (уровень общего образования), to which study periods may apply
 * separately (YR-1).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum EducationLevel {
    /** Primary general education (начальное общее), grades 1–4. */
    PRIMARY(1, 4),
    /** Basic general education (основное общее), grades 5–9. */
    BASIC(5, 9),
    /** Secondary general education (среднее общее), grades 10–11. */
    SECONDARY(10, 11);

    private final int firstGrade;
    private final int lastGrade;

    EducationLevel(int firstGrade, int lastGrade) {
        this.firstGrade = firstGrade;
        this.lastGrade = lastGrade;
    }

    /**
     * Returns the level that a grade belongs to.
     *
     * @param grade the grade (параллель), 1 to 11
     * @return the level of that grade
     * @throws IllegalArgumentException if the grade is not within 1–11
     */
    public static EducationLevel ofGrade(int grade) {
        for (EducationLevel level : values()) {
            if (level.contains(grade)) {
                return level;
            }
        }
        throw new IllegalArgumentException("grade must be within 1–11, was " + grade);
    }

    /** Returns whether the grade belongs to this level. */
    public boolean contains(int grade) {
        return grade >= firstGrade && grade <= lastGrade;
    }
}
