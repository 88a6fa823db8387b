package org.schooljournal.rules.ruleset;

import java.time.Duration;
import java.time.Instant;

/**
 * MRK-13: the results of final assessment and examinations are visible to students and guardians
 * no later than {@code within} (a day, «не позже суток») after they are obtained (D 6).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param reference the clause of the regulation
 * @param enforcement what is done with a late publication
 * @param within how long after the results are obtained they must be visible; positive, at most 366 days ({@link ParameterBounds})
 */
public record FinalResultsRule(String reference, Enforcement enforcement, Duration within)
        implements LimitRule {

    /** Checks the parameters; see {@link BadParameter}. */
    public FinalResultsRule {
        BadParameter.text("reference", reference);
        BadParameter.required("enforcement", enforcement);
        BadParameter.positive("within", within);
    }

    /** Returns the last instant the results are visible on time. */
    public Instant closesAt(Instant obtainedAt) {
        return obtainedAt.plus(within);
    }
}
