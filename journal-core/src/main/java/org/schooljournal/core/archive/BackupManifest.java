package org.schooljournal.core.archive;

import java.time.Instant;
import java.util.Objects;

/**
 * The first line of a backup file (ARC-5): what the file holds and how to check it. See
 * {@code docs/backup-format.md} for the format.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param format the format's name, {@value Backup#FORMAT}
 * @param formatVersion the format's version, {@value Backup#FORMAT_VERSION}
 * @param schoolId the school backed up
 * @param streamId the school's stream, {@code school-<schoolId>}
 * @param envelopeCount how many envelopes the file holds, 1 or more
 * @param firstSequence the sequence of the first, always 1: a backup holds a whole stream
 * @param lastSequence the sequence of the last, equal to the count
 * @param headHash the hash of the last envelope, lower-case hex; it vouches for the whole chain
 * @param hashAlgorithm the algorithm of the head hash (each envelope names its own)
 * @param createdAt when the backup was made, by the clock passed to {@link Backup#export}
 * @param digestAlgorithm the algorithm of the file's digests, {@value Backup#DIGEST_ALGORITHM}
 * @param envelopeDigest the digest of the envelope lines, every byte of them with their newlines,
 *     lower-case hex
 */
public record BackupManifest(
        String format,
        int formatVersion,
        String schoolId,
        String streamId,
        long envelopeCount,
        long firstSequence,
        long lastSequence,
        String headHash,
        String hashAlgorithm,
        Instant createdAt,
        String digestAlgorithm,
        String envelopeDigest) {

    /** Checks the parts are given. */
    public BackupManifest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(streamId, "streamId");
        Objects.requireNonNull(headHash, "headHash");
        Objects.requireNonNull(hashAlgorithm, "hashAlgorithm");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(digestAlgorithm, "digestAlgorithm");
        Objects.requireNonNull(envelopeDigest, "envelopeDigest");
    }
}
