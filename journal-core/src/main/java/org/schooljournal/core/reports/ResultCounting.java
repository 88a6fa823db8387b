package org.schooljournal.core.reports;

import java.util.Objects;

/**
 * How the success rate and quality (REP-1) count a period mark that is not a grade: «осв», «н/а»,
 * «безотм» (MRK-7) and a deferred mark (MRK-8). A setting of the report, asked with it;
 * {@link #DEFAULT} leaves out the exempt, the ungraded and the deferred and counts «н/а» as a
 * failure, an academic debt.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param exempt how «осв» counts
 * @param notAssessed how «н/а» counts
 * @param ungraded how «безотм» counts
 * @param deferred how a deferred mark not yet set counts
 */
public record ResultCounting(Counting exempt, Counting notAssessed, Counting ungraded, Counting deferred) {

    /** The default: «н/а» a failure; «осв», «безотм» and a deferred mark left out. */
    public static final ResultCounting DEFAULT =
            new ResultCounting(Counting.LEFT_OUT, Counting.FAILURE, Counting.LEFT_OUT, Counting.LEFT_OUT);

    /** How a mark that is not a grade counts. */
    public enum Counting {
        /** As a success, not as quality: in the numerator of the success rate and the denominator. */
        SUCCESS,
        /** As a failure: in the denominator only. */
        FAILURE,
        /** Not at all: the pupil is left out of that subject's count. */
        LEFT_OUT
    }

    /** Checks the settings. */
    public ResultCounting {
        Objects.requireNonNull(exempt, "exempt");
        Objects.requireNonNull(notAssessed, "notAssessed");
        Objects.requireNonNull(ungraded, "ungraded");
        Objects.requireNonNull(deferred, "deferred");
    }
}
