package org.schooljournal.core.journal;

import java.util.List;
import org.schooljournal.core.notification.OutboxItem;

/**
 * The guardians' notifications that told of one value of a journal's entry (ATT-5, DRY-6): an «н»,
 * a mark, a remark or a message when first entered, and the follow-up of an «н» excused later. A
 * compromise report withdraws those not sent yet and corrects those sent (PD-4).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class EntryNotices {

    private EntryNotices() {
    }

    /**
     * Returns the items of the journal's outbox that tell of the value of that index in the
     * entry's history, in the order queued.
     */
    public static List<OutboxItem> of(String schoolId, JournalState journal, int entry, int revision) {
        String prefix = JournalNotices.keyPrefix(schoolId, journal.key(), entry);
        return journal.outbox().values().stream()
                .filter(item -> item.notification().idempotencyKey().startsWith(prefix)
                        && JournalNotices.revisionOf(item.notification().idempotencyKey()) == revision)
                .toList();
    }
}
