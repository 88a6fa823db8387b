package org.schooljournal.core.journal;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One value an entry has had: the first, or one set by a correction (MRK-10), with its author, its
 * instant, the correction's reason, and its timeliness.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param value the value as the journal shows it («5», «н», a topic); empty when a correction
 *     removed the entry
 * @param author who entered it
 * @param recordedAt when it was entered
 * @param reason why it was corrected; empty for the first value
 * @param timing the timeliness of the first value, where a rule limits it
 */
public record Revision(String value, String author, Instant recordedAt, Optional<String> reason,
        Optional<EntryTiming> timing) {

    /** Checks the parts are given. */
    public Revision {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(timing, "timing");
    }

    /** Returns whether this revision removed the entry. */
    public boolean removes() {
        return value.isEmpty();
    }
}
