package org.schooljournal.core.archive;

import java.util.Objects;
import java.util.Optional;

/**
 * The integrity of one stream of a school at the time it was checked (ARC-4, ARC-6): how many
 * envelopes the walk of its hash chain checked, the head of the stream, and the first envelope
 * that does not verify, if any.
 *
 * <p>When the chain {@linkplain #verified() verified}, the head is the last envelope the walk
 * checked and its hash vouches for every envelope of the stream before it. When it does not, the
 * head is the stream's last envelope as stored, and its hash vouches for nothing.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param streamId the stream
 * @param checked how many envelopes were checked, up to and including the first that does not verify
 * @param headSequence the sequence of the stream's last envelope, 1 or more
 * @param headHash the hash stored in that envelope, lower-case hex
 * @param firstBreak the first envelope that does not verify — its sequence, position, event
 *     id and the reason — if any
 */
public record StreamIntegrity(
        String streamId,
        long checked,
        long headSequence,
        String headHash,
        Optional<ChainReport.Break> firstBreak) {

    /** Checks the parts are given. */
    public StreamIntegrity {
        Objects.requireNonNull(streamId, "streamId");
        Objects.requireNonNull(headHash, "headHash");
        Objects.requireNonNull(firstBreak, "firstBreak");
    }

    /** Returns whether every envelope of the stream verified. */
    public boolean verified() {
        return firstBreak.isEmpty();
    }

    /** Returns the stream's result in one English sentence, for logs. */
    public String describe() {
        String where = "stream " + streamId;
        return firstBreak.map(b -> where + ": envelope " + b.sequence() + " (position " + b.position()
                        + ", event id " + b.eventId() + ") does not verify: " + b.reason() + "; " + checked
                        + " envelopes checked of " + headSequence)
                .orElseGet(() -> where + ": " + checked + " envelopes verified; head " + headSequence + " has hash "
                        + headHash);
    }
}
