package org.schooljournal.core.journal;

import java.time.Duration;
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
 * an entry queued with it, a dispatcher's claim to send one, and each attempt, recorded in the
 * journal's stream by the notifier — a claim if the item is due, an attempt if it is still pending.
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
    public boolean claim(String schoolId, String stream, String key, String dispatcher, Duration lease) {
        JournalKey journal = JournalKey.ofStream(schoolId, stream).orElseThrow();
        return !log.writer().write(streams, stream, JournalState.empty(journal), Notifications.NOTIFIER,
                "a claim to send a notification", (state, now) -> OutboxItem.claimable(state.outbox(), key, now)
                        ? List.of(new NotificationClaimed(key, dispatcher, now, now.plus(lease)))
                        : List.of()).events().isEmpty();
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
