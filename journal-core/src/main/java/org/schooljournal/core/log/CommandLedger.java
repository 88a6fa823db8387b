package org.schooljournal.core.log;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
 * for as long as the engine runs, and the keys of each stream's commands, so that a stream's
 * commands travel with its stored snapshot ({@link FoldedStreams}): an engine that loads a stream
 * from its snapshot learns the commands before the snapshot from it, not from the envelopes.
 *
 * <p>This class is thread-safe.
 */
public final class CommandLedger {

    private final Map<Long, Mark> marks = new ConcurrentHashMap<>();
    private final Map<String, Set<Long>> byStream = new ConcurrentHashMap<>();

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
            long key = eventId.getMostSignificantBits();
            if (marks.putIfAbsent(key, new Mark(streamId, sequence, eventId)) == null) {
                byStream.computeIfAbsent(streamId, s -> ConcurrentHashMap.newKeySet()).add(key);
            }
        }
    }

    /** Returns where the commands of a stream start, up to a sequence, in no order. */
    List<Mark> marksOf(String streamId, long upToSequence) {
        return byStream.getOrDefault(streamId, Set.of()).stream().map(marks::get)
                .filter(mark -> mark != null && mark.streamId().equals(streamId) && mark.sequence() <= upToSequence)
                .toList();
    }

    /** Returns where the command with that key was first seen, if it was. */
    Optional<Mark> find(long key) {
        return Optional.ofNullable(marks.get(key));
    }

    /** Forgets the commands of a stream, after the store purged it. */
    void forget(String streamId) {
        Set<Long> keys = byStream.remove(streamId);
        if (keys != null) {
            keys.forEach(key -> marks.computeIfPresent(key, (k, mark) -> mark.streamId().equals(streamId) ? null : mark));
        }
    }
}
