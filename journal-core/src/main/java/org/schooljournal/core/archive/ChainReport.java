package org.schooljournal.core.archive;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The result of walking a stream's hash chain (ARC-4): how many envelopes were checked and the
 * first that does not verify, if any.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param streamId the stream walked
 * @param checked how many envelopes were checked, up to and including a break
 * @param firstBreak the first envelope that does not verify, if any
 */
public record ChainReport(String streamId, long checked, Optional<Break> firstBreak) {

    /**
     * An envelope that does not verify.
     *
     * @param sequence its place in the stream
     * @param position its place in the store
     * @param eventId its event id
     * @param reason why it does not verify
     */
    public record Break(long sequence, long position, UUID eventId, String reason) {
        /** Checks the parts are given. */
        public Break {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Checks the parts are given. */
    public ChainReport {
        Objects.requireNonNull(streamId, "streamId");
        Objects.requireNonNull(firstBreak, "firstBreak");
    }

    /** Returns whether every envelope verified. */
    public boolean verified() {
        return firstBreak.isEmpty();
    }
}
