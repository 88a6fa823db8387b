package org.schooljournal.core.journal;

import java.util.List;

/**
 * A command to one journal: a record whose fields carry Jakarta Validation constraints, checked
 * before anything happens; then it checks the actor's right to the journal (ACC-2, MRK-9) and
 * decides the events that record it, or refuses. Deciding has no effect; the engine appends the
 * events to the journal's stream.
 */
public interface JournalCommand {

    /** Returns the school. */
    String schoolId();

    /** Returns the class or group of the journal. */
    String holderCode();

    /** Returns the subject of the journal. */
    String subjectCode();

    /** Returns the journal. */
    default JournalKey journal() {
        return new JournalKey(holderCode(), subjectCode());
    }

    /**
     * Checks the actor's right and decides the events.
     *
     * @param context who, when, the school and its rules
     * @param journal the journal's current state
     * @return the events, possibly none when the command changes nothing
     */
    List<JournalEvent> decide(JournalContext context, JournalState journal);
}
