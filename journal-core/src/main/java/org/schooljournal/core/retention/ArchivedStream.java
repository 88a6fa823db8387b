package org.schooljournal.core.retention;

import java.time.Instant;
import java.util.Objects;

/**
 * A journal's stream as an archive file holds it (ARC-1, ARC-5): its version and head hash then,
 * and the file's digest of its envelopes, which names the file.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param streamId the journal's stream
 * @param version its version in the file
 * @param headHash the hash of its last envelope in the file
 * @param archiveDigest the file's envelope digest (its manifest's {@code envelopeDigest})
 * @param archivedAt when the file was written
 */
public record ArchivedStream(String streamId, long version, String headHash, String archiveDigest,
        Instant archivedAt) {

    /** Checks the parts are given. */
    public ArchivedStream {
        Objects.requireNonNull(streamId, "streamId");
        Objects.requireNonNull(headHash, "headHash");
        Objects.requireNonNull(archiveDigest, "archiveDigest");
        Objects.requireNonNull(archivedAt, "archivedAt");
    }
}
