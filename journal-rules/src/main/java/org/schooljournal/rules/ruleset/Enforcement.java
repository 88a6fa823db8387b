package org.schooljournal.rules.ruleset;

/**
 * What a system does with an entry made outside its time limit (DESIGN.md, principle 4).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Enforcement {
    /** Accept the entry and flag it for the administration's control reports; the default. */
    RECORD,
    /** Accept the entry, flag it, and warn the person making it. */
    WARN,
    /** Refuse the entry. */
    REJECT
}
