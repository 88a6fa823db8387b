package org.schooljournal.core.programme;

/**
 * The kind of a study group (учебная группа), YR-5 and YR-12: each has a journal of its own.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum GroupKind {
    /** Half of one class, for a foreign language, physical education or technology. */
    HALF_CLASS(true, true),
    /** An elective course (элективный курс, факультатив). */
    ELECTIVE(false, false),
    /** A club (кружок) of extracurricular activity. */
    CLUB(false, false),
    /** Project activity (проектная деятельность). */
    PROJECT(false, false),
    /** An extended-day group (группа продлённого дня). */
    EXTENDED_DAY(false, false),
    /** A stream (поток) of more than 30 students of one grade across classes. */
    STREAM(false, true),
    /** One student learning on an individual curriculum (ИУП). */
    INDIVIDUAL(true, true);

    private final boolean singleClass;
    private final boolean singleGrade;

    GroupKind(boolean singleClass, boolean singleGrade) {
        this.singleClass = singleClass;
        this.singleGrade = singleGrade;
    }

    /** Returns whether a group of this kind is drawn from exactly one class. */
    public boolean singleClass() {
        return singleClass;
    }

    /**
     * Returns whether every base class of a group of this kind is of the group's grade; groups of
     * other kinds may gather several grades, and their grade is that of one of their classes.
     */
    public boolean singleGrade() {
        return singleGrade;
    }
}
