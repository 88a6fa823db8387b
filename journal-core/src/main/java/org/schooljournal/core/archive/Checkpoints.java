package org.schooljournal.core.archive;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.schooljournal.core.school.SchoolPart;
import org.schooljournal.core.school.SchoolState;

/**
 * The checkpoints a school's log holds (ARC-4, ARC-6), as a part of its state: the latest
 * recorded head of each of its other streams, and how many checkpoints there were.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param latest the latest head recorded of each stream, by stream
 * @param count how many checkpoints the school's log holds
 */
public record Checkpoints(Map<String, StreamHead> latest, int count) {

    /** Copies the map. */
    public Checkpoints {
        latest = Collections.unmodifiableMap(new TreeMap<>(latest));
    }

    /** Returns the checkpoints of a school that has none. */
    public static Checkpoints empty() {
        return new Checkpoints(Map.of(), 0);
    }

    /** Returns the latest head recorded of a stream, if one was. */
    public Optional<StreamHead> latest(String streamId) {
        return Optional.ofNullable(latest.get(streamId));
    }

    /** Returns these checkpoints with one more. */
    Checkpoints with(List<StreamHead> heads) {
        Map<String, StreamHead> more = new TreeMap<>(latest);
        heads.forEach(head -> more.put(head.streamId(), head));
        return new Checkpoints(more, count + 1);
    }

    /** Returns the checkpoints of the school. */
    public static Checkpoints of(SchoolState school) {
        return school.part(PART);
    }

    /** The checkpoints as a part of a school's state, for the engine; opaque. */
    public static final SchoolPart<Checkpoints> PART = CheckpointCommand.part();
}
