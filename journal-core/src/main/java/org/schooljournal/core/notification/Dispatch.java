package org.schooljournal.core.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import org.schooljournal.core.log.Log;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.school.SchoolStates;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.notify.DeliveryOutcome;
import org.schooljournal.spi.notify.DeliveryStatus;
import org.schooljournal.spi.notify.Notifier;

/**
 * The dispatch of a school's notifications (ATT-5, DRY-6, NTF-3), one per engine: queues what is
 * due (the digests), then for every due item of the school's outboxes claims it, tries it once
 * and records the outcome in the item's stream.
 *
 * <p><b>One dispatcher per item.</b> Engines over one store may all dispatch. Before sending an
 * item, the dispatch appends a claim to the item's stream under the stream's optimistic version,
 * expiring {@link #CLAIM_LEASE} after the engine clock's instant; an item with a claim in force is
 * not due to anyone else, and of two dispatchers claiming at once the store lets one append. Only
 * the claimant sends; its recorded attempt ends the claim. So two healthy dispatchers never send
 * one item twice. A dispatcher that dies after claiming leaves the item to the next after the
 * claim expires; one that dies between sending and recording leaves it to be sent again with the
 * same idempotency key, and so the same Message-ID (docs/notify.md). A claim that met concurrent
 * appends too often is skipped (the item waits for the next dispatch); an outcome that could not
 * be recorded for the same reason is recorded at the start of the next dispatch of this engine,
 * while its claim holds.
 *
 * <p>So that a dispatch every few seconds costs what is pending, not what the school holds, it
 * reads the streams {@link Outboxes} knows to hold pending items: the first dispatch of a school in
 * this engine, and one every {@code rescan} of the engine's clock ({@link #RESCAN} by default),
 * reads every outbox stream of the school; in between, the streams this engine queued
 * notifications in are added as they are queued, and a stream leaves the set only when, read
 * after leaving it, it has nothing pending. An item queued by another engine over the same store
 * is found by the next full reading.
 *
 * <p>For the host's own processes: the engine hands it out only through {@code engine.host()}.
 * Thread-safe: dispatches of one school run one at a time in an engine.
 */
public final class Dispatch {

    /** By default, how often a dispatch reads every outbox stream of the school. */
    static final Duration RESCAN = Duration.ofMinutes(10);

    /**
     * How long a dispatcher's claim to send an item holds: longer than a channel takes to deliver
     * one notification (the e-mail channel gives up after its timeouts, 70 seconds by default).
     */
    public static final Duration CLAIM_LEASE = Duration.ofMinutes(5);

    private final Outboxes outboxes;
    private final SchoolStates schools;
    private final Log log;
    private final Duration rescan;
    private final String dispatcher = "dispatcher-" + UUID.randomUUID();
    private final Map<String, Instant> scannedAt = new ConcurrentHashMap<>();
    private final Map<String, Lock> schoolLocks = new ConcurrentHashMap<>();
    private final Queue<Unrecorded> unrecorded = new ConcurrentLinkedQueue<>();

    /** An outcome whose recording met concurrent appends too often, to be recorded by the next dispatch. */
    private record Unrecorded(String schoolId, String stream, OutboxSource source, OutboxSource.Attempt attempt) {
    }

    /**
     * Creates the engine's dispatch.
     *
     * @param rescan how often a dispatch reads every outbox stream of a school
     */
    @SuppressWarnings("exports") // the engine wires it: no one outside the module holds a log type
    public Dispatch(Log log, SchoolStates schools, Outboxes outboxes, Duration rescan) {
        this.log = Objects.requireNonNull(log, "log");
        this.schools = Objects.requireNonNull(schools, "schools");
        this.outboxes = Objects.requireNonNull(outboxes, "outboxes");
        this.rescan = Objects.requireNonNull(rescan, "rescan");
    }

    /**
     * Sends the school's due notifications through the channel, as described above.
     *
     * @return what was sent, deferred and given up by this dispatch
     * @throws JournalException NOT_FOUND if the school is not registered
     */
    public DispatchReport run(String schoolId, Notifier channel) {
        Objects.requireNonNull(channel, "channel");
        SchoolState school = schools.registered(schoolId, DispatchReport.class);
        Lock lock = schoolLocks.computeIfAbsent(schoolId, id -> new ReentrantLock());
        lock.lock();
        try {
            return runLocked(school, channel);
        } finally {
            lock.unlock();
        }
    }

    private DispatchReport runLocked(SchoolState school, Notifier notifier) {
        String schoolId = school.schoolId();
        recordUnrecorded(schoolId);
        Instant started = log.now();
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
                    if (item.dueAt(log.now()) && claimed(source.get(), schoolId, stream, item)) {
                        OutboxSource.Attempt attempt = attempt(schoolId, item, notifier, tally);
                        record(source.get(), schoolId, stream, attempt);
                    }
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

    /** Claims the item for this dispatcher; a claim that met concurrent appends too often is left to the next dispatch. */
    private boolean claimed(OutboxSource source, String schoolId, String stream, OutboxItem item) {
        try {
            return source.claim(schoolId, stream, item.notification().idempotencyKey(), dispatcher, CLAIM_LEASE);
        } catch (JournalException e) {
            if (e.code() == ErrorCode.CONFLICT) {
                return false;
            }
            throw e;
        }
    }

    /** Records the attempt; one that met concurrent appends too often is kept for the next dispatch. */
    private void record(OutboxSource source, String schoolId, String stream, OutboxSource.Attempt attempt) {
        try {
            source.record(schoolId, stream, attempt);
        } catch (JournalException e) {
            if (e.code() != ErrorCode.CONFLICT) {
                throw e;
            }
            unrecorded.add(new Unrecorded(schoolId, stream, source, attempt));
        }
    }

    private void recordUnrecorded(String schoolId) {
        for (int i = unrecorded.size(); i > 0; i--) {
            Unrecorded next = unrecorded.poll();
            if (next == null) {
                return;
            }
            if (next.schoolId().equals(schoolId)) {
                record(next.source(), schoolId, next.stream(), next.attempt());
            } else {
                unrecorded.add(next);
            }
        }
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
     * Tries a claimed item — unless its guardian, as the school's log has them right now, may no
     * longer be e-mailed at its address, which fails it for good unsent (NTF-1, NTF-2, NTF-5) —
     * and returns the attempt to record.
     */
    private OutboxSource.Attempt attempt(String schoolId, OutboxItem item, Notifier notifier, int[] tally) {
        Instant at = log.now();
        GuardianContact contact = Contacts.of(schools.state(schoolId)).of(item.guardianId());
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
        return new OutboxSource.Attempt(item.notification().idempotencyKey(), status, reason, at, next);
    }

    /** A retry waits 1 minute after the first attempt, doubling to at most an hour. */
    private static Duration backoff(int attempts) {
        return Duration.ofMinutes(Math.min(60, 1L << Math.min(attempts - 1, 6)));
    }
}
