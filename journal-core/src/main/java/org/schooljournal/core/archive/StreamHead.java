package org.schooljournal.core.archive;

import java.util.Objects;

/**
 * The head of one stream of a school as it was recorded (ARC-4, ARC-6): how many envelopes the
 * stream held, the position of the last, and that envelope's hash, which vouches for every
 * envelope of the stream up to it. A checkpoint, an archive record or an exported manifest holds
 * such heads; the integrity check compares them with the store.
 *
 * <p>The position is kept to find the envelope in the store's order; the check does not
 * compare it, because a restore gives every envelope a new one while its hash stays.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param streamId the stream
 * @param count how many envelopes it held, 1 or more; its last one's sequence
 * @param position the position of the last; 0 where it was not recorded (archive records)
 * @param hash the hash of the last, lower-case hex
 */
public record StreamHead(String streamId, long count, long position, String hash) {

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if the count is below 1 or the position negative
     */
    public StreamHead {
        Objects.requireNonNull(streamId, "streamId");
        Objects.requireNonNull(hash, "hash");
        if (count < 1) {
            throw new IllegalArgumentException("a head's count is 1 or more, was " + count + " for " + streamId);
        }
        if (position < 0) {
            throw new IllegalArgumentException("a head's position is 0 or more, was " + position + " for " + streamId);
        }
    }
}
