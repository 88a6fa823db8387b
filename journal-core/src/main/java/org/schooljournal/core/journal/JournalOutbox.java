package org.schooljournal.core.journal;

import java.util.List;
import java.util.Map;
import org.schooljournal.core.log.FoldedStreams;
import org.schooljournal.core.log.Log;
import org.schooljournal.core.log.SchoolStreams;
import org.schooljournal.core.notification.Notifications;
import org.schooljournal.core.notification.OutboxItem;
import org.schooljournal.core.notification.OutboxSource;

/**
 * The journals' outboxes as the dispatch reads them (ATT-5, DRY-6): the guardians' notifications
 * an entry queued with it, and each attempt to send one, recorded in the journal's stream by the
 * notifier if the item is still pending there.
 */
final class JournalOutbox implements OutboxSource {

    private final Log log;
    private final FoldedStreams<JournalState, JournalEvent> streams;

    JournalOutbox(Log log, FoldedStreams<JournalState, JournalEvent> streams) {
        this.log = log;
        this.streams = streams;
    }

    @Override
    public List<String> streams(String schoolId) {
        return log.store().streamIds(SchoolStreams.journalPrefix(schoolId)).stream()
                .filter(stream -> owns(schoolId, stream)).toList();
    }

    @Override
    public boolean owns(String schoolId, String stream) {
        return JournalKey.ofStream(schoolId, stream).isPresent();
    }

    @Override
    public Map<String, OutboxItem> outbox(String schoolId, String stream) {
        JournalKey key = JournalKey.ofStream(schoolId, stream).orElseThrow();
        return streams.load(stream, JournalState.empty(key)).state().outbox();
    }

    @Override
    public void record(String schoolId, String stream, Attempt attempt) {
        JournalKey key = JournalKey.ofStream(schoolId, stream).orElseThrow();
        log.writer().write(streams, stream, JournalState.empty(key), Notifications.NOTIFIER, "a delivery attempt",
                (journal, now) -> OutboxItem.pending(journal.outbox(), attempt.key())
                        ? List.of(new NotificationAttempted(attempt.key(), attempt.outcome(), attempt.reason(),
                                attempt.at(), attempt.nextAttemptAt()))
                        : List.of());
    }
}
