package org.schooljournal.core.archive;

import java.util.List;

/**
 * An event of a school's own stream that records heads of the school's other streams — a
 * checkpoint ({@link HeadsCheckpointed}), the journals written to a year's archive, a journal
 * purged at the end of its retention — so that the integrity check can compare them with the
 * streams (ARC-4, ARC-6): each stream must still hold, at each recorded count, the recorded hash,
 * unless a later record of the school's stream says it was purged.
 */
public interface HeadRecord {

    /** Returns the heads recorded, one per stream. */
    List<StreamHead> recordedHeads();

    /** Returns the streams this event records as purged from the store: none by default. */
    default List<String> purgedStreams() {
        return List.of();
    }
}
