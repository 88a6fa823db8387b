package org.schooljournal.core.journal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schooljournal.core.notification.OutboxItem;

/**
 * The guardians' notifications that told of the values of a journal's entries (ATT-5, DRY-6): an
 * «н», a mark, a remark or a message when first entered, and the follow-up of an «н» excused later,
 * by entry and by the index of the value in the entry's history. A compromise report withdraws
 * those not sent yet and corrects those sent (PD-4).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EntryNotices {

    private final Map<Integer, Map<Integer, List<OutboxItem>>> byEntry;

    private EntryNotices(Map<Integer, Map<Integer, List<OutboxItem>>> byEntry) {
        this.byEntry = byEntry;
    }

    /** Returns the notifications of the journal's outbox, by the entry and the value they tell of. */
    public static EntryNotices of(String schoolId, JournalState journal) {
        String journalPrefix = JournalNotices.keyPrefix(schoolId, journal.key(), 0);
        journalPrefix = journalPrefix.substring(0, journalPrefix.length() - "0/".length());
        Map<Integer, Map<Integer, List<OutboxItem>>> byEntry = new HashMap<>();
        for (OutboxItem item : journal.outbox().values()) {
            String key = item.notification().idempotencyKey();
            if (!key.startsWith(journalPrefix)) {
                continue;
            }
            String rest = key.substring(journalPrefix.length());
            int slash = rest.indexOf('/');
            int entry;
            try {
                entry = Integer.parseInt(slash < 0 ? rest : rest.substring(0, slash));
            } catch (NumberFormatException notAnEntry) {
                continue;
            }
            byEntry.computeIfAbsent(entry, e -> new HashMap<>())
                    .computeIfAbsent(JournalNotices.revisionOf(key), r -> new ArrayList<>()).add(item);
        }
        return new EntryNotices(byEntry);
    }

    /** Returns the notifications that told of the value of that index in the entry's history, in the order queued. */
    public List<OutboxItem> of(int entry, int revision) {
        return List.copyOf(byEntry.getOrDefault(entry, Map.of()).getOrDefault(revision, List.of()));
    }
}
