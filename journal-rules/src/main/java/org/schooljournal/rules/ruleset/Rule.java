package org.schooljournal.rules.ruleset;

/**
 * One rule of a rule set: the parameters of a requirement and the clause of the regulation it
 * comes from. Each implementation is a record validated in its constructor.
 */
public interface Rule {

    /** Returns the legal reference: the clause of the regulation, in Russian. */
    String reference();
}
