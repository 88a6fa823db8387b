package org.schooljournal.core.school;

/**
 * An event of a school's log: an immutable fact, recorded once, never changed (DESIGN.md,
 * principle 1). Its class's simple name is its stored type name, so renaming an event class is a
 * change of the log's schema. Implementations are records, serialised with Jackson.
 */
public interface SchoolEvent {

    /** Returns the school's state with this event applied. */
    SchoolState applyTo(SchoolState state);
}
