package org.schooljournal.core.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.schooljournal.core.compromise.Broken;
import org.schooljournal.core.compromise.Compromise;
import org.schooljournal.core.compromise.InvalidationSource;
import org.schooljournal.core.log.FoldedStreams;
import org.schooljournal.core.log.Log;
import org.schooljournal.core.log.SchoolStreams;
import org.schooljournal.core.notification.Notifications;
import org.schooljournal.core.notification.OutboxItem;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.notify.DeliveryStatus;
import org.schooljournal.spi.storage.EventEnvelope;

/**
 * The journals' operations as a compromise's act reads them (PD-4): each event of a journal's
 * stream in Russian, and the withdrawal of the guardians' notifications that invalid values queued
 * and that were not sent yet, recorded by the notifier as failed for good, so that no dispatch
 * sends them. Entries and their corrections are left out of every read by the marking of their
 * revisions ({@link JournalState#marked}); substitutions, reschedules, grading systems, deferrals,
 * closed periods and exclusions from the average are listed for the administration to reverse.
 */
final class JournalInvalidation implements InvalidationSource {

    private final Log log;
    private final FoldedStreams<JournalState, JournalEvent> streams;

    JournalInvalidation(Log log, FoldedStreams<JournalState, JournalEvent> streams) {
        this.log = log;
        this.streams = streams;
    }

    @Override
    public boolean owns(String schoolId, String stream) {
        return JournalKey.ofStream(schoolId, stream).isPresent();
    }

    @Override
    public Description describe(SchoolState school, String stream, EventEnvelope envelope) {
        JournalKey key = JournalKey.ofStream(school.schoolId(), stream).orElseThrow();
        String journal = EntryText.journal(school, key);
        JournalEvent event;
        try {
            event = log.decode(envelope, JournalEvent.class);
        } catch (JournalException unreadable) {
            return new Description(EntryText.format("op.unknown", journal, envelope.event().type()), false);
        }
        if (event instanceof EntryRecorded e) {
            return new Description(EntryText.format("op.recorded", journal, EntryText.number(e.number()),
                    EntryText.value(school, e.kind(), e.lesson(), e.studentId(), e.period(), e.value())), true);
        }
        if (event instanceof EntryCorrected e) {
            return new Description(e.value().isEmpty()
                    ? EntryText.format("op.removed", journal, EntryText.number(e.number()), e.reason())
                    : EntryText.format("op.corrected", journal, EntryText.number(e.number()), e.value(), e.reason()),
                    true);
        }
        if (event instanceof NotificationQueued e) {
            return new Description(EntryText.format("op.queued", journal, EntryText.guardianName(school, e.guardianId()),
                    e.address(), e.subject()), true);
        }
        if (event instanceof NotificationAttempted e) {
            return new Description(EntryText.format("op.attempted", journal, e.key()), true);
        }
        return new Description(other(school, journal, event), false);
    }

    private static String other(SchoolState school, String journal, JournalEvent event) {
        if (event instanceof MarkExcluded e) {
            return EntryText.format("op.excluded", journal, EntryText.number(e.number()), e.reason());
        }
        if (event instanceof SubstitutionRecorded e) {
            return EntryText.format("op.substitution", journal, EntryText.lesson(e.lesson()),
                    school.structure().staffName(e.teacherId()));
        }
        if (event instanceof LessonRescheduled e) {
            return EntryText.format("op.rescheduled", journal, EntryText.lesson(e.from()), EntryText.lesson(e.to()),
                    e.reason());
        }
        if (event instanceof GradingSystemSet e) {
            return EntryText.format("op.grading", journal, EntryText.grading(e.system()));
        }
        if (event instanceof PeriodMarkDeferred e) {
            return EntryText.format("op.deferred", journal, e.deferral().period(),
                    EntryText.studentName(school, e.deferral().studentId()), EntryText.date(e.deferral().dueDate()));
        }
        if (event instanceof PeriodClosed e) {
            return EntryText.format("op.closed", journal, e.period());
        }
        if (event instanceof EntryRejudged e) {
            return EntryText.format("op.rejudged", journal, EntryText.number(e.entry()));
        }
        return EntryText.format("op.unknown", journal, event.getClass().getSimpleName());
    }

    @Override
    public void withdraw(SchoolState school, Compromise compromise) {
        String schoolId = school.schoolId();
        for (String stream : log.store().streamIds(SchoolStreams.journalPrefix(schoolId))) {
            Optional<JournalKey> key = JournalKey.ofStream(schoolId, stream);
            if (key.isEmpty()) {
                continue;
            }
            Optional<JournalState> loaded = Broken.skipped(() -> streams.load(stream, JournalState.empty(key.get())).state());
            if (loaded.isEmpty()) {
                continue;
            }
            JournalState journal = loaded.get();
            if (journal.outbox().isEmpty()) {
                continue;
            }
            EntryNotices notices = EntryNotices.of(schoolId, journal);
            List<String> withdrawn = new ArrayList<>();
            for (JournalEntry entry : journal.entries().values()) {
                List<Revision> revisions = entry.revisions();
                for (int i = 0; i < revisions.size(); i++) {
                    if (compromise.invalidates(revisions.get(i).author(), revisions.get(i).recordedAt())) {
                        notices.of(entry.number(), i).stream()
                                .filter(item -> item.status() == OutboxItem.Status.PENDING)
                                .forEach(item -> withdrawn.add(item.notification().idempotencyKey()));
                    }
                }
            }
            if (!withdrawn.isEmpty()) {
                String reason = "withdrawn: it tells of a value made invalid by compromise report "
                        + compromise.number() + " (PD-4)";
                log.writer().write(streams, stream, JournalState.empty(key.get()), Notifications.NOTIFIER,
                        "the withdrawal of invalid notifications", (state, now) -> withdrawn.stream()
                                .filter(notice -> OutboxItem.pending(state.outbox(), notice))
                                .<JournalEvent>map(notice -> new NotificationAttempted(notice,
                                        DeliveryStatus.FAILED_PERMANENTLY, Optional.of(reason), now, Optional.empty()))
                                .toList());
            }
        }
    }
}
