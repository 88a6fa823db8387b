package org.schooljournal.core.printout;

import java.util.Objects;

/**
 * One file of a printout (ARC-1, ARC-2): its name and its SHA-256, so that the paper can be
 * matched with the file it was printed from, and the file with the log.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the file's name, without a folder, such as {@code 5А-math.pdf}
 * @param sha256 the SHA-256 of its bytes, 64 lowercase hexadecimal digits
 * @param bytes its size in bytes
 */
public record PrintedFile(String name, String sha256, long bytes) {

    /** Checks the parts are given; {@link RecordPrintout} checks their rules before anything is recorded. */
    public PrintedFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
    }
}
