package org.schooljournal.core.reports;

import java.util.Optional;
import org.schooljournal.core.journal.SpecialMark;

/**
 * What one period mark counts as in the success rate and quality (REP-1): «4» and «5» are
 * quality, «3» success, «зач» a pass (a success outside quality), «1», «2» and «незач» failure; «осв», «н/а», «безотм» and a
 * deferred mark count as {@link ResultCounting} says; no mark at all is unmarked.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Outcome {
    /** «4» or «5»: a success and quality. */
    QUALITY,
    /** «3», or a special mark counted as a success. */
    SUCCESS,
    /** «зач»: a success that does not bear on quality, a subject without grades. */
    PASSED,
    /** «1», «2», «незач», or a special mark counted as a failure. */
    FAILURE,
    /** A special or deferred mark the counting leaves out. */
    LEFT_OUT,
    /** No mark yet. */
    UNMARKED;

    /**
     * Returns what a period mark counts as.
     *
     * @param mark the current period mark, if set
     * @param deferred whether the mark was deferred (MRK-8)
     */
    public static Outcome of(Optional<String> mark, boolean deferred, ResultCounting counting) {
        if (mark.isEmpty()) {
            return deferred ? of(counting.deferred()) : UNMARKED;
        }
        return switch (mark.get()) {
            case "5", "4" -> QUALITY;
            case "3" -> SUCCESS;
            case "зач" -> PASSED;
            case "2", "1", "незач" -> FAILURE;
            default -> SpecialMark.ofCode(mark.get()).map(special -> of(switch (special) {
                case EXEMPT -> counting.exempt();
                case NOT_ASSESSED -> counting.notAssessed();
                case UNGRADED -> counting.ungraded();
            })).orElse(UNMARKED);
        };
    }

    private static Outcome of(ResultCounting.Counting counting) {
        return switch (counting) {
            case SUCCESS -> SUCCESS;
            case FAILURE -> FAILURE;
            case LEFT_OUT -> LEFT_OUT;
        };
    }

    /** Returns whether the outcome is in the denominator of the success rate. */
    public boolean counted() {
        return this == QUALITY || this == SUCCESS || this == PASSED || this == FAILURE;
    }

    /** Returns whether the outcome is a success: not below «3», or a pass. */
    public boolean succeeded() {
        return this == QUALITY || this == SUCCESS || this == PASSED;
    }

    /**
     * Returns a pupil's standing from the outcomes of their marks: a failure if any is one; else
     * quality if every grade counted is «4» or «5» (passes aside) and there is one; else a success
     * if any counts; else left out if any is; else unmarked.
     */
    public static Outcome standing(Iterable<Outcome> outcomes) {
        boolean quality = false;
        boolean success = false;
        boolean passed = false;
        boolean leftOut = false;
        for (Outcome outcome : outcomes) {
            switch (outcome) {
                case FAILURE -> {
                    return FAILURE;
                }
                case QUALITY -> quality = true;
                case SUCCESS -> success = true;
                case PASSED -> passed = true;
                case LEFT_OUT -> leftOut = true;
                case UNMARKED -> { }
            }
        }
        if (quality && !success) {
            return QUALITY;
        }
        if (success || passed) {
            return passed && !success ? PASSED : SUCCESS;
        }
        return leftOut ? LEFT_OUT : UNMARKED;
    }
}
