package org.schooljournal.core.journal;

import java.util.List;

/**
 * A grading system (MRK-1), set per journal by the administration; five points unless set.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum GradingSystem {
    /** Marks 1 to 5. */
    FIVE_POINT(List.of("1", "2", "3", "4", "5")),
    /** «зач» (passed) or «незач» (not passed). */
    PASS_FAIL(List.of("зач", "незач")),
    /** Learning without marks: no current marks; the period mark is «безотм». */
    UNGRADED(List.of());

    private final List<String> marks;

    GradingSystem(List<String> marks) {
        this.marks = marks;
    }

    /** Returns the current marks the system allows, as written. */
    public List<String> marks() {
        return marks;
    }

    /** Returns whether the system allows that current mark. */
    public boolean allows(String mark) {
        return marks.contains(mark);
    }
}
