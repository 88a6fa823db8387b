package org.schooljournal.core.journal;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One value an entry has had: the first, or one set by a correction (MRK-10), with its author, its
 * instant, the correction's reason, and its timeliness; and, when the author's account was
 * compromised then, the report that made it invalid (PD-4) — the log keeps it, marked, and every
 * read leaves it out.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param value the value as the journal shows it («5», «н», a topic); empty when a correction
 *     removed the entry
 * @param author who entered it
 * @param recordedAt when it was entered
 * @param reason why it was corrected; empty for the first value
 * @param timing the timeliness of the first value, where a rule limits it
 * @param invalidBy the compromise report (the act's number) that makes it invalid, if one does
 */
public record Revision(String value, String author, Instant recordedAt, Optional<String> reason,
        Optional<EntryTiming> timing, Optional<Integer> invalidBy) {

    /** Checks the parts are given. */
    public Revision {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(invalidBy, "invalidBy");
    }

    /** Creates a revision that no compromise report made invalid, as the log folds it. */
    public Revision(String value, String author, Instant recordedAt, Optional<String> reason,
            Optional<EntryTiming> timing) {
        this(value, author, recordedAt, reason, timing, Optional.empty());
    }

    /** Returns whether this revision removed the entry. */
    public boolean removes() {
        return value.isEmpty();
    }

    /** Returns whether this revision is valid: no compromise report made it invalid (PD-4). */
    public boolean valid() {
        return invalidBy.isEmpty();
    }

    /** Returns this revision marked invalid by a compromise report. */
    Revision invalidBy(int report) {
        return new Revision(value, author, recordedAt, reason, timing, Optional.of(report));
    }
}
