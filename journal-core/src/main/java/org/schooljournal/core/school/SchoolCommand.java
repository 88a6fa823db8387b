package org.schooljournal.core.school;

/**
 * A command to a school's own stream: a record whose fields carry Jakarta Validation
 * constraints, checked before anything happens; then the actor's right is checked
 * ({@link org.schooljournal.core.access}) and the events that record it are decided on the
 * school's current state, or it is refused with a {@link org.schooljournal.core.validation
 * validation} error. Deciding has no effect; the engine appends the events. Execute it with
 * {@code JournalEngine.execute(actor, command)}.
 */
public interface SchoolCommand {

    /** Returns the school the command is for. */
    String schoolId();
}
