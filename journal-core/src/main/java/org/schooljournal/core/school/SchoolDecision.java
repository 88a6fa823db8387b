package org.schooljournal.core.school;

import java.util.List;

/**
 * How a kind of command decides its events on the school's state; given by the package that owns
 * the command, when it lists its commands in its {@link SchoolPart}.
 *
 * @param <C> the command
 */
@FunctionalInterface
public interface SchoolDecision<C extends SchoolCommand> {

    /**
     * Returns the events that record the command, possibly none when it changes nothing.
     *
     * @throws org.schooljournal.spi.JournalException when the command is refused
     */
    List<SchoolEvent> decide(C command, SchoolState state, CommandContext context);
}
