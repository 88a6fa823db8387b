package org.schooljournal.rules.ruleset;

import java.time.Duration;

/**
 * The bounds of every rule parameter, whatever a rule set or a school's overrides say (DESIGN.md,
 * principle 9): a parameter beyond them is refused when the rule set is read, naming its JSON path,
 * so that no later computation of a limit can overflow ({@code PT2562047788015215H} as the ATT-2
 * limit once passed the reader and threw {@code ArithmeticException} when the limit was computed).
 * The bounds are far beyond any regulation's numbers and far within {@code java.time}'s range, for
 * lessons dated up to the year 2199 (journal-core's {@code Dates}).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ParameterBounds {

    /** The longest duration a rule may give (a time limit, ARC-7's grace): 366 days. */
    public static final Duration MAX_DURATION = Duration.ofDays(366);

    /** The most days a rule may count (MRK-3, MRK-4, MRK-7's last days, PD-4's working days). */
    public static final int MAX_DAYS = 366;

    /** The most years a record may be kept (ARC-1, ARC-2). */
    public static final int MAX_RETENTION_YEARS = 100;

    private ParameterBounds() {
    }
}
