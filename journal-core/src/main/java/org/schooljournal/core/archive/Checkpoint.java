package org.schooljournal.core.archive;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.core.log.SchoolStreams;

/**
 * A checkpoint of a school's whole log (ARC-4, ARC-6): the head of every stream of the school as a
 * verified walk found it — the school's own stream first, whose head is the checkpoint's own
 * envelope, then the others in the natural order of their ids. Recorded in the school's stream
 * ({@link HeadsCheckpointed}) and returned by {@code engine.archive().checkpoint(schoolId)}, so
 * that the host can keep it elsewhere as a manifest ({@link CheckpointManifest}) — a witness the
 * store cannot change — and verify the school against it later.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param schoolId the school
 * @param sequence the checkpoint's envelope in the school's own stream
 * @param recordedAt when it was recorded
 * @param heads every stream's head, the school's own first; one or more
 */
public record Checkpoint(String schoolId, long sequence, Instant recordedAt, List<StreamHead> heads) {

    /**
     * Checks the checkpoint.
     *
     * @throws IllegalArgumentException if the first head is not the school's own stream at the
     *     checkpoint's sequence, or a stream is not the school's or comes twice or out of order
     */
    public Checkpoint {
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(recordedAt, "recordedAt");
        heads = List.copyOf(heads);
        String own = SchoolStreams.of(schoolId);
        if (heads.isEmpty() || !heads.get(0).streamId().equals(own) || heads.get(0).count() != sequence) {
            throw new IllegalArgumentException("a checkpoint of school " + schoolId + " starts with the head of " + own
                    + " at its own envelope " + sequence + ", was " + (heads.isEmpty() ? "none" : heads.get(0)));
        }
        for (int i = 1; i < heads.size(); i++) {
            String stream = heads.get(i).streamId();
            if (!stream.startsWith(own + "/") || (i > 1 && stream.compareTo(heads.get(i - 1).streamId()) <= 0)) {
                throw new IllegalArgumentException("stream " + stream + " of a checkpoint of school " + schoolId
                        + " is not under " + own + "/, or not after " + heads.get(i - 1).streamId());
            }
        }
    }

    /** Returns the head of a stream, if the checkpoint holds it. */
    public Optional<StreamHead> head(String streamId) {
        return heads.stream().filter(head -> head.streamId().equals(streamId)).findFirst();
    }

    /** Returns the bytes of its manifest, canonical ({@link CheckpointManifest}). */
    public byte[] manifest() {
        return CheckpointManifest.toBytes(this);
    }
}
