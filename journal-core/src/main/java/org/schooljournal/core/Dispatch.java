package org.schooljournal.core;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.schooljournal.core.diary.DiaryEvent;
import org.schooljournal.core.diary.DiaryState;
import org.schooljournal.core.diary.DigestAttempted;
import org.schooljournal.core.diary.Digest;
import org.schooljournal.core.diary.DigestQueued;
import org.schooljournal.core.journal.DispatchReport;
import org.schooljournal.core.journal.JournalContext;
import org.schooljournal.core.journal.JournalEvent;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalState;
import org.schooljournal.core.journal.NotificationAttempted;
import org.schooljournal.core.journal.OutboxItem;
import org.schooljournal.core.log.FoldedStreams;
import org.schooljournal.core.log.SchoolStreams;
import org.schooljournal.core.notification.GuardianContact;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.spi.notify.DeliveryOutcome;
import org.schooljournal.spi.notify.DeliveryStatus;
import org.schooljournal.spi.notify.Notifier;
import org.schooljournal.spi.storage.EventStore;

/**
 * The dispatch of a school's notifications (ATT-5, DRY-6, NTF-3): queues the digests due, then
 * tries every due item of the journals' and the diaries' outboxes once and records each outcome;
 * see {@link JournalEngine#dispatch}.
 *
 * <p>So that a dispatch every few seconds costs what is pending, not what the school holds, it
 * keeps, per school, the streams whose outboxes hold pending items: the first dispatch of a
 * school in this engine, and one every {@code rescan} of the engine's clock ({@link #RESCAN} by
 * default), reads every journal and diary stream of the school; in between, the streams this
 * engine queued notifications in are added as it queues them, and a stream leaves the set only
 * when, read after leaving it, it has nothing pending. An item queued by another engine over the same store is found by the
 * next full reading. Likewise it remembers, per guardian and child, the latest slot it queued a
 * digest for or found nothing new at, read from the diary stream the first time; what a digest
 * carries is always decided on the diary stream itself. Thread-safe: dispatches of one school run
 * one at a time.
 */
final class Dispatch {

    /** By default, how often a dispatch reads every stream of the school for pending items. */
    static final Duration RESCAN = Duration.ofMinutes(10);

    private final Duration rescan;

    private final Map<String, Set<String>> pending = new ConcurrentHashMap<>();
    private final Map<String, Instant> scannedAt = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastDigests = new ConcurrentHashMap<>();
    private final Map<String, Lock> schoolLocks = new ConcurrentHashMap<>();

    private final JournalEngine engine;
    private final EventStore store;
    private final FoldedStreams<JournalState, JournalEvent> journals;
    private final StudentDiaries diaries;
    private final Supplier<Instant> now;

    Dispatch(JournalEngine engine, EventStore store, FoldedStreams<JournalState, JournalEvent> journals,
            StudentDiaries diaries, Supplier<Instant> now, Duration rescan) {
        this.engine = engine;
        this.store = store;
        this.journals = journals;
        this.diaries = diaries;
        this.now = now;
        this.rescan = rescan;
    }

    /** Notes that a stream of the school has a pending notification. */
    void queued(String schoolId, String stream) {
        pending.computeIfAbsent(schoolId, id -> ConcurrentHashMap.newKeySet()).add(stream);
    }

    DispatchReport run(SchoolState school, Notifier notifier) {
        Lock lock = schoolLocks.computeIfAbsent(school.schoolId(), id -> new ReentrantLock());
        lock.lock();
        try {
            return runLocked(school, notifier);
        } finally {
            lock.unlock();
        }
    }

    private DispatchReport runLocked(SchoolState school, Notifier notifier) {
        String schoolId = school.schoolId();
        Instant started = now.get();
        if (!scannedAt.containsKey(schoolId) || !scannedAt.get(schoolId).plus(rescan).isAfter(started)) {
            scan(schoolId);
            scannedAt.put(schoolId, started);
        }
        queueDigests(school);
        int[] tally = new int[DeliveryStatus.values().length];
        Set<String> streams = pending.computeIfAbsent(schoolId, id -> ConcurrentHashMap.newKeySet());
        for (String stream : List.copyOf(streams)) {
            Optional<JournalKey> key = JournalKey.ofStream(schoolId, stream);
            Optional<String> student = SchoolStreams.diaryStudent(schoolId, stream);
            if (key.isPresent()) {
                for (OutboxItem item : journals.load(stream, JournalState.empty(key.get())).state().outbox().values()) {
                    attempt(school, item, notifier, tally).ifPresent(attempt ->
                            engine.execute(Actor.of(JournalEngine.NOTIFIER), new Attempt(schoolId, key.get(), attempt)));
                }
            } else if (student.isPresent()) {
                for (OutboxItem item : diaries.state(schoolId, student.get()).outbox().values()) {
                    attempt(school, item, notifier, tally).ifPresent(attempt -> diaries.append(schoolId, student.get(),
                            JournalEngine.NOTIFIER, state -> pending(state.outbox(), attempt.key()) ? List.of(new DigestAttempted(
                                    attempt.key(), attempt.outcome(), attempt.reason(), attempt.at(),
                                    attempt.nextAttemptAt())) : List.of()));
                }
            }
            streams.remove(stream);
            if (pendingIn(schoolId, stream)) {
                streams.add(stream);
            }
        }
        return new DispatchReport(tally[DeliveryStatus.SENT.ordinal()], tally[DeliveryStatus.RETRY_LATER.ordinal()],
                tally[DeliveryStatus.FAILED_PERMANENTLY.ordinal()]);
    }

    /** Reads every journal and diary stream of the school for pending items. */
    private void scan(String schoolId) {
        Set<String> found = ConcurrentHashMap.newKeySet();
        for (String stream : store.streamIds(SchoolStreams.journalPrefix(schoolId))) {
            if (pendingIn(schoolId, stream)) {
                found.add(stream);
            }
        }
        for (String stream : store.streamIds(SchoolStreams.diaryPrefix(schoolId))) {
            if (pendingIn(schoolId, stream)) {
                found.add(stream);
            }
        }
        pending.computeIfAbsent(schoolId, id -> ConcurrentHashMap.newKeySet()).addAll(found);
    }

    /** Returns whether the journal or diary stream holds a pending item, as the store has it now. */
    private boolean pendingIn(String schoolId, String stream) {
        Optional<JournalKey> key = JournalKey.ofStream(schoolId, stream);
        if (key.isPresent()) {
            return hasPending(journals.load(stream, JournalState.empty(key.get())).state().outbox());
        }
        return SchoolStreams.diaryStudent(schoolId, stream)
                .map(student -> hasPending(diaries.state(schoolId, student).outbox())).orElse(false);
    }

    private static boolean hasPending(Map<String, OutboxItem> outbox) {
        return outbox.values().stream().anyMatch(item -> item.status() == OutboxItem.Status.PENDING);
    }

    /** Returns whether the outbox holds that item, still pending: an attempt is recorded only then. */
    private static boolean pending(Map<String, OutboxItem> outbox, String key) {
        OutboxItem item = outbox.get(key);
        return item != null && item.status() == OutboxItem.Status.PENDING;
    }

    /**
     * Tries an item if it is due — unless its guardian, as the school's log has them right now,
     * may no longer be e-mailed at its address, which fails it for good unsent (NTF-1, NTF-2,
     * NTF-5) — and returns the attempt to record.
     */
    private Optional<NotificationAttempted> attempt(SchoolState school, OutboxItem item, Notifier notifier, int[] tally) {
        Instant at = now.get();
        if (!item.dueAt(at)) {
            return Optional.empty();
        }
        GuardianContact contact = engine.school(school.schoolId()).contacts().of(item.guardianId());
        DeliveryOutcome outcome = contact.mayBeEmailed() && contact.email().equals(Optional.of(item.notification().address()))
                ? notifier.deliver(item.notification())
                : DeliveryOutcome.failedPermanently("guardian " + item.guardianId() + " may no longer be e-mailed at"
                        + " this address (consent, confirmed address and both switches: NTF-1, NTF-2, NTF-5)");
        DeliveryStatus status = outcome.status() == DeliveryStatus.RETRY_LATER
                && item.attempts() + 1 >= JournalEngine.MAX_DELIVERY_ATTEMPTS ? DeliveryStatus.FAILED_PERMANENTLY
                        : outcome.status();
        tally[status.ordinal()]++;
        Optional<Instant> next = status == DeliveryStatus.RETRY_LATER
                ? Optional.of(at.plus(backoff(item.attempts() + 1))) : Optional.empty();
        Optional<String> reason = status == DeliveryStatus.SENT ? Optional.empty() : Optional.of(outcome.reason());
        return Optional.of(new NotificationAttempted(item.notification().idempotencyKey(), status, reason, at, next));
    }

    /**
     * Queues the digests due now to the school's guardians with a daily or weekly schedule (NTF-3):
     * at the latest slot of their schedule, if their settings were set by then and no digest was
     * queued for it.
     */
    private void queueDigests(SchoolState school) {
        Instant at = now.get();
        ZoneId zone = school.profile().orElseThrow().zone();
        for (GuardianContact contact : school.contacts().byGuardian().values()) {
            Optional<Instant> slot = contact.schedule().latestSlot(at, zone);
            if (slot.isEmpty() || !contact.mayBeEmailed()
                    || contact.settingsSince().filter(since -> !since.isAfter(slot.get())).isEmpty()) {
                continue;
            }
            for (Student student : school.roster().studentsOf(contact.guardianId())) {
                String memo = school.schoolId() + "/" + contact.guardianId() + "/" + student.personId();
                Instant known = lastDigests.computeIfAbsent(memo, m -> diaries.state(school.schoolId(), student.personId())
                        .lastDigest(contact.guardianId()).orElse(Instant.MIN));
                if (!known.isBefore(slot.get())) {
                    continue;
                }
                Instant since = known.equals(Instant.MIN) ? slot.get().minus(contact.schedule().interval()) : known;
                Map<JournalKey, JournalState> studentJournals = diaries.journalsOf(school, student.personId(),
                        since.atZone(zone).toLocalDate(), at.atZone(zone).toLocalDate());
                boolean[] queued = {false};
                diaries.append(school.schoolId(), student.personId(), JournalEngine.NOTIFIER, state -> {
                    if (state.lastDigest(contact.guardianId()).filter(last -> !last.isBefore(slot.get())).isPresent()) {
                        return List.of();
                    }
                    Optional<DigestQueued> digest = Digest.due(school, contact, student, studentJournals, state, slot.get(),
                            at);
                    queued[0] = digest.isPresent();
                    return digest.<List<DiaryEvent>>map(List::of).orElse(List.of());
                });
                lastDigests.put(memo, slot.get());
                if (queued[0]) {
                    queued(school.schoolId(), SchoolStreams.diary(school.schoolId(), student.personId()));
                }
            }
        }
    }

    /** A retry waits 1 minute after the first attempt, doubling to at most an hour. */
    private static Duration backoff(int attempts) {
        return Duration.ofMinutes(Math.min(60, 1L << Math.min(attempts - 1, 6)));
    }

    /** The engine's own command recording a delivery attempt, if the item is still pending. */
    private record Attempt(String schoolId, JournalKey journal, NotificationAttempted attempt)
            implements org.schooljournal.core.journal.JournalCommand {

        @Override
        public String holderCode() {
            return journal.holderCode();
        }

        @Override
        public String subjectCode() {
            return journal.subjectCode();
        }

        @Override
        public List<JournalEvent> decide(JournalContext context, JournalState state) {
            return pending(state.outbox(), attempt.key()) ? List.of(attempt) : List.of();
        }
    }
}
