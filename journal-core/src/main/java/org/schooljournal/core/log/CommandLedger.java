package org.schooljournal.core.log;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where in the log the engine has seen each command that was given an id (DESIGN.md, principle 9):
 * by the command's key ({@link CommandStamp#key()}), the stream, the sequence and the id of its
 * first event. Filled as streams are folded — on their first load after the engine starts and
 * with every envelope appended or caught up after — so that a repeat of a command is found in any
 * stream this engine has loaded, also one another engine appended to, and after a restart.
 *
 * <p>It holds one entry per command given an id (about 100 bytes), none for commands without one,
 * for as long as the engine runs, like the folded states it accompanies.
 *
 * <p>This class is thread-safe.
 */
public final class CommandLedger {

    private final Map<Long, Mark> marks = new ConcurrentHashMap<>();

    /**
     * Where a command's first event is.
     *
     * @param streamId its stream
     * @param sequence its sequence there
     * @param eventId its id
     */
    public record Mark(String streamId, long sequence, UUID eventId) {

        /** Checks the parts are given. */
        public Mark {
            Objects.requireNonNull(streamId, "streamId");
            Objects.requireNonNull(eventId, "eventId");
        }
    }

    /** Notes an envelope of a stream, if its id is a command's; the first of a command is kept. */
    void saw(String streamId, long sequence, UUID eventId) {
        if (CommandStamp.derived(eventId)) {
            marks.putIfAbsent(eventId.getMostSignificantBits(), new Mark(streamId, sequence, eventId));
        }
    }

    /** Returns where the command with that key was first seen, if it was. */
    Optional<Mark> find(long key) {
        return Optional.ofNullable(marks.get(key));
    }

    /** Forgets the commands of a stream, after the store purged it. */
    void forget(String streamId) {
        marks.values().removeIf(mark -> mark.streamId().equals(streamId));
    }
}
