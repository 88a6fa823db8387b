package org.schooljournal.core.diary;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a guardian has read a remark or a message (DRY-5): when they first opened the diary
 * that showed it.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param guardianId the guardian
 * @param guardianName their full name
 * @param readAt when they read it, if they did
 */
public record ReadReceipt(String guardianId, String guardianName, Optional<Instant> readAt) {

    /** Checks the parts are given. */
    public ReadReceipt {
        Objects.requireNonNull(guardianId, "guardianId");
        Objects.requireNonNull(readAt, "readAt");
    }
}
