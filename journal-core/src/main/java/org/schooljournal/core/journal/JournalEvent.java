package org.schooljournal.core.journal;

/**
 * An event of a journal's stream: an immutable fact, recorded once, never changed (DESIGN.md,
 * principle 1). Its class's simple name is its stored type name. Implementations are records,
 * serialised with Jackson.
 */
public interface JournalEvent {

    /** Returns the journal's state with this event applied. */
    JournalState applyTo(JournalState state);
}
