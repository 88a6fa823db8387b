package org.schooljournal.core.archive;

import java.util.Objects;
import java.util.Optional;

/**
 * A stream that no longer holds what a recorded head says it held (ARC-4, ARC-6): deleted,
 * truncated, or changed — rewritten, re-hashed or replaced — after the anchor that recorded it.
 * Only the stream's earliest anchor that no longer holds is named, with how many of its anchors
 * do not hold.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param streamId the stream
 * @param kind what happened to it
 * @param anchor the earliest anchor of the stream that no longer holds
 * @param recorded the head the anchor recorded
 * @param storedCount how many envelopes the store holds in the stream now; 0 if it lists no such stream
 * @param storedHash the hash the store holds at the recorded count, if it holds that many
 * @param brokenAnchors how many anchors of the stream do not hold, 1 or more
 */
public record AnchorBreak(String streamId, Kind kind, Anchor anchor, StreamHead recorded, long storedCount,
        Optional<String> storedHash, int brokenAnchors) {

    /** What happened to a stream after an anchor recorded its head. */
    public enum Kind {
        /** The store lists no such stream, and no purge of it was recorded. */
        DELETED,
        /** The stream holds fewer envelopes than were recorded. */
        TRUNCATED,
        /** The envelope at the recorded count has another hash: changed and re-hashed, or replaced. */
        CHANGED
    }

    /** Checks the parts are given. */
    public AnchorBreak {
        Objects.requireNonNull(streamId, "streamId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(recorded, "recorded");
        Objects.requireNonNull(storedHash, "storedHash");
    }

    /** Returns the break in one English sentence, for logs and the administration's control. */
    public String describe() {
        String after = " after " + anchor.describe() + ", which recorded " + recorded.count() + " envelopes with head hash "
                + recorded.hash();
        String detail = switch (kind) {
            case DELETED -> "stream " + streamId + " was deleted" + after + "; no purge of it is recorded";
            case TRUNCATED -> "stream " + streamId + " was truncated" + after + "; it holds " + storedCount;
            case CHANGED -> "stream " + streamId + " was changed, re-hashed or replaced" + after + "; its envelope "
                    + recorded.count() + " has hash " + storedHash.orElse("?");
        };
        return detail + (brokenAnchors > 1 ? " (" + brokenAnchors + " anchors of the stream do not hold)" : "");
    }
}
