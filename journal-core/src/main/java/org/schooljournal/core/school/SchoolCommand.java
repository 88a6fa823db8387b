package org.schooljournal.core.school;

import java.util.List;
import java.util.Optional;
import org.schooljournal.core.access.Permission;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.NotFoundException;

/**
 * A command to a school: a record whose fields carry Jakarta Validation constraints, checked before
 * anything happens; then the actor's right is checked; then it decides the events that record it,
 * or refuses with an {@link InvalidCommandException} or a {@link NotFoundException}. Deciding has
 * no effect; the engine appends the events.
 */
public interface SchoolCommand {

    /** Returns the school the command is for. */
    String schoolId();

    /** Returns the right the command needs; empty for registering a school that does not exist. */
    Optional<Permission> permission();

    /**
     * Returns the class the command concerns, for rights held per class (a homeroom teacher's,
     * ROS-4); empty when it concerns the whole school.
     */
    default Optional<String> classScope(SchoolState state) {
        return Optional.empty();
    }

    /**
     * Decides the events that record the command.
     *
     * @param state the school's current state
     * @param context who executes it, and when
     * @return the events, possibly none when the command changes nothing
     */
    List<SchoolEvent> decide(SchoolState state, CommandContext context);
}
