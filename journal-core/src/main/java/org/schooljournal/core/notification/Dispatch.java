package org.schooljournal.core.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.spi.notify.DeliveryOutcome;
import org.schooljournal.spi.notify.DeliveryStatus;
import org.schooljournal.spi.notify.Notifier;

/**
 * The dispatch of a school's notifications (ATT-5, DRY-6, NTF-3): queues what is due (the
 * digests), then tries every due item of the school's outboxes once and records each outcome in
 * the item's stream.
 *
 * <p>So that a dispatch every few seconds costs what is pending, not what the school holds, it
 * reads the streams {@link Outboxes} knows to hold pending items: the first dispatch of a school in
 * this engine, and one every {@code rescan} of the engine's clock ({@link #RESCAN} by default),
 * reads every outbox stream of the school; in between, the streams this engine queued
 * notifications in are added as they are queued, and a stream leaves the set only when, read
 * after leaving it, it has nothing pending. An item queued by another engine over the same store
 * is found by the next full reading. Thread-safe: dispatches of one school run one at a time.
 */
final class Dispatch {

    /** By default, how often a dispatch reads every outbox stream of the school. */
    static final Duration RESCAN = Duration.ofMinutes(10);

    private final Outboxes outboxes;
    private final Function<String, SchoolState> schools;
    private final Supplier<Instant> now;
    private final Duration rescan;
    private final Map<String, Instant> scannedAt = new ConcurrentHashMap<>();
    private final Map<String, Lock> schoolLocks = new ConcurrentHashMap<>();

    /**
     * Creates the dispatch.
     *
     * @param schools the school's state as its log has it right now, by school
     */
    Dispatch(Outboxes outboxes, Function<String, SchoolState> schools, Supplier<Instant> now, Duration rescan) {
        this.outboxes = outboxes;
        this.schools = schools;
        this.now = now;
        this.rescan = rescan;
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
        for (OutboxSource source : outboxes.sources()) {
            source.queueDue(school, started).forEach(stream -> outboxes.queued(schoolId, stream));
        }
        int[] tally = new int[DeliveryStatus.values().length];
        Set<String> streams = outboxes.pendingIn(schoolId);
        for (String stream : List.copyOf(streams)) {
            Optional<OutboxSource> source = outboxes.sourceOf(schoolId, stream);
            if (source.isPresent()) {
                for (OutboxItem item : source.get().outbox(schoolId, stream).values()) {
                    attempt(schoolId, item, notifier, tally)
                            .ifPresent(attempt -> source.get().record(schoolId, stream, attempt));
                }
            }
            streams.remove(stream);
            if (source.isPresent() && hasPending(source.get().outbox(schoolId, stream))) {
                streams.add(stream);
            }
        }
        return new DispatchReport(tally[DeliveryStatus.SENT.ordinal()], tally[DeliveryStatus.RETRY_LATER.ordinal()],
                tally[DeliveryStatus.FAILED_PERMANENTLY.ordinal()]);
    }

    /** Reads every outbox stream of the school for pending items. */
    private void scan(String schoolId) {
        for (OutboxSource source : outboxes.sources()) {
            for (String stream : source.streams(schoolId)) {
                if (hasPending(source.outbox(schoolId, stream))) {
                    outboxes.queued(schoolId, stream);
                }
            }
        }
    }

    /** Returns whether the outbox holds a pending item. */
    static boolean hasPending(Map<String, OutboxItem> outbox) {
        return outbox.values().stream().anyMatch(item -> item.status() == OutboxItem.Status.PENDING);
    }

    /**
     * Tries an item if it is due — unless its guardian, as the school's log has them right now,
     * may no longer be e-mailed at its address, which fails it for good unsent (NTF-1, NTF-2,
     * NTF-5) — and returns the attempt to record.
     */
    private Optional<OutboxSource.Attempt> attempt(String schoolId, OutboxItem item, Notifier notifier, int[] tally) {
        Instant at = now.get();
        if (!item.dueAt(at)) {
            return Optional.empty();
        }
        GuardianContact contact = Contacts.of(schools.apply(schoolId)).of(item.guardianId());
        DeliveryOutcome outcome = contact.mayBeEmailed() && contact.email().equals(Optional.of(item.notification().address()))
                ? notifier.deliver(item.notification())
                : DeliveryOutcome.failedPermanently("guardian " + item.guardianId() + " may no longer be e-mailed at"
                        + " this address (consent, confirmed address and both switches: NTF-1, NTF-2, NTF-5)");
        DeliveryStatus status = outcome.status() == DeliveryStatus.RETRY_LATER
                && item.attempts() + 1 >= Notifications.MAX_DELIVERY_ATTEMPTS ? DeliveryStatus.FAILED_PERMANENTLY : outcome.status();
        tally[status.ordinal()]++;
        Optional<Instant> next = status == DeliveryStatus.RETRY_LATER
                ? Optional.of(at.plus(backoff(item.attempts() + 1))) : Optional.empty();
        Optional<String> reason = status == DeliveryStatus.SENT ? Optional.empty() : Optional.of(outcome.reason());
        return Optional.of(new OutboxSource.Attempt(item.notification().idempotencyKey(), status, reason, at, next));
    }

    /** A retry waits 1 minute after the first attempt, doubling to at most an hour. */
    private static Duration backoff(int attempts) {
        return Duration.ofMinutes(Math.min(60, 1L << Math.min(attempts - 1, 6)));
    }
}
