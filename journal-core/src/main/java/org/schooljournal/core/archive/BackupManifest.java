package org.schooljournal.core.archive;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The manifest of a backup file (ARC-5): what the file holds and how to check it — the school,
 * every stream of it with its count, sequences and head hash, the total count, the time of the
 * backup and the digest of the envelope lines. In format version 2 it is the file's first line
 * and one line per stream; version 1 files hold one stream, described by their first line alone.
 * See {@code docs/backup-format.md}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param format the format's name, {@value Backup#FORMAT}
 * @param formatVersion the format's version: {@value Backup#FORMAT_VERSION} for files this library
 *     writes, 1 for older one-stream files it still reads
 * @param schoolId the school backed up
 * @param streams every stream of the school in the file, its own stream {@code school-<schoolId>}
 *     first, then the others in the natural order of their ids; one or more
 * @param envelopeCount how many envelopes the file holds in all, the sum of the streams' counts
 * @param createdAt when the backup was made, by the clock passed to {@link Backup#export}
 * @param digestAlgorithm the algorithm of the file's digests, {@value Backup#DIGEST_ALGORITHM}
 * @param envelopeDigest the digest of the envelope lines, every byte of them with their newlines,
 *     lower-case hex
 */
public record BackupManifest(
        String format,
        int formatVersion,
        String schoolId,
        List<StreamEntry> streams,
        long envelopeCount,
        Instant createdAt,
        String digestAlgorithm,
        String envelopeDigest) {

    /**
     * One stream of the school in the file: a whole stream, from sequence 1 to its head.
     *
     * @param streamId the stream
     * @param envelopeCount how many of its envelopes the file holds, 1 or more
     * @param firstSequence the sequence of the first, always 1: a backup holds whole streams
     * @param lastSequence the sequence of the last, equal to the count
     * @param headHash the hash of the last envelope, lower-case hex; it vouches for the whole stream
     * @param hashAlgorithm the algorithm of the head hash (each envelope names its own)
     */
    public record StreamEntry(
            String streamId,
            long envelopeCount,
            long firstSequence,
            long lastSequence,
            String headHash,
            String hashAlgorithm) {

        /** Checks the parts are given. */
        public StreamEntry {
            Objects.requireNonNull(streamId, "streamId");
            Objects.requireNonNull(headHash, "headHash");
            Objects.requireNonNull(hashAlgorithm, "hashAlgorithm");
        }
    }

    /** Checks the parts are given and copies the streams. */
    public BackupManifest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(digestAlgorithm, "digestAlgorithm");
        Objects.requireNonNull(envelopeDigest, "envelopeDigest");
        streams = List.copyOf(streams);
    }

    /** Returns the entry of the school's own stream, the first. */
    public StreamEntry schoolStream() {
        return streams.get(0);
    }

    /** Returns the entry of a stream, if the file holds it. */
    public Optional<StreamEntry> stream(String streamId) {
        return streams.stream().filter(s -> s.streamId().equals(streamId)).findFirst();
    }
}
