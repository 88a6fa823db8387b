package org.schooljournal.core.journal;

import java.time.Instant;

/**
 * An entry recorded late was judged again after a technical failure was declared (ARC-7): its
 * deadline fell within the failure and it was made within the failure's grace, so it is late
 * because of the failure, not the teacher. The entry keeps its original verdict; this adds the
 * failure's. Appended by whoever declared the failure.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param entry the entry's number
 * @param timing the failure's verdict: on time, caused by the failure, with the extended deadline
 * @param failureStart when the failure began
 * @param failureEnd when the journal worked again
 */
public record EntryRejudged(int entry, EntryTiming timing, Instant failureStart, Instant failureEnd)
        implements JournalEvent {

    JournalState applyTo(JournalState state) {
        JournalEntry judged = state.entry(entry).orElseThrow(() ->
                new IllegalStateException("the log judges entry " + entry + " again, which it never recorded"));
        return state.withEntry(judged.rejudged(timing));
    }
}
