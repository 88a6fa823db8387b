package org.schooljournal.core.journal;

import java.time.Instant;

/**
 * A mark was excluded from the average of the forecast (MRK-11), with the reason; it stays in the
 * journal.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param number the mark's entry
 * @param reason why, such as «пересдана»
 * @param author who excluded it
 * @param recordedAt when
 */
public record MarkExcluded(int number, String reason, String author, Instant recordedAt) implements JournalEvent {

    JournalState applyTo(JournalState state) {
        return state.withExclusion(number, reason);
    }
}
