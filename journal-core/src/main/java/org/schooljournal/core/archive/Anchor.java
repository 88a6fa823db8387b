package org.schooljournal.core.archive;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a recorded head comes from (ARC-4, ARC-6): a checkpoint or an archive record in the
 * school's own stream, or a manifest exported from a checkpoint and kept outside the store (a
 * witness), each with the envelope of the school's stream that recorded it and when.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param source what recorded the head
 * @param sequence the envelope of the school's own stream that recorded it
 * @param recordedAt when it was recorded
 */
public record Anchor(Source source, long sequence, Instant recordedAt) {

    /** What recorded a head. */
    public enum Source {
        /** A checkpoint in the school's own stream ({@link HeadsCheckpointed}). */
        CHECKPOINT,
        /** A record of the year's archive, or of a purge, in the school's own stream (ARC-1). */
        ARCHIVE_RECORD,
        /** A checkpoint's manifest kept outside the store ({@link CheckpointManifest}). */
        WITNESS
    }

    /** Checks the parts are given. */
    public Anchor {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** Returns the anchor in a few English words, for reports. */
    public String describe() {
        String what = switch (source) {
            case CHECKPOINT -> "the checkpoint";
            case ARCHIVE_RECORD -> "the archive record";
            case WITNESS -> "the exported manifest of the checkpoint";
        };
        return what + " at envelope " + sequence + " of the school's stream (recorded " + recordedAt + ")";
    }
}
