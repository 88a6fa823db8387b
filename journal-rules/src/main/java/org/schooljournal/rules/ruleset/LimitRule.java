package org.schooljournal.rules.ruleset;

/**
 * A rule that sets a time limit on an entry, and what is done with an entry outside it.
 */
public interface LimitRule extends Rule {

    /** Returns what a system does with an entry outside the limit. */
    Enforcement enforcement();
}
