package org.schooljournal.spi.notify;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A channel's part of exactly-once delivery (ATT-5, NTF-3): wraps a {@link Notifier} so that a
 * notification whose idempotency key was already sent is not sent again, even when two threads
 * ask at once (the second waits for the first and gets its outcome). Only {@code SENT} keys are
 * remembered, so a notification that got {@code RETRY_LATER} or {@code FAILED_PERMANENTLY} is
 * attempted again when asked again. A key reused for a different address, subject or body is a
 * programming error in the sender and is refused.
 *
 * <p>The memory is bounded: the last {@code capacity} keys sent are remembered, the oldest forgotten
 * first. Across restarts nothing is remembered; the outbox of journal-core, which records before it
 * sends, covers that. Adapters wrap their channel in their provider's {@code create}.
 *
 * <p>This class is thread-safe if the wrapped channel is.
 */
public final class IdempotentNotifier implements Notifier {

    /** How many sent keys a notifier remembers unless told otherwise. */
    public static final int DEFAULT_CAPACITY = 100_000;

    private final Notifier channel;
    private final Map<String, Integer> sentFingerprints;
    private final Map<String, InFlight> inFlight = new ConcurrentHashMap<>();
    private volatile boolean closed;

    private IdempotentNotifier(Notifier channel, int capacity) {
        this.channel = channel;
        this.sentFingerprints = new LinkedHashMap<>(16, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * Wraps a channel, remembering the last {@value #DEFAULT_CAPACITY} keys sent.
     *
     * @throws NullPointerException if the channel is null
     */
    public static IdempotentNotifier of(Notifier channel) {
        return of(channel, DEFAULT_CAPACITY);
    }

    /**
     * Wraps a channel, remembering the last {@code capacity} keys sent.
     *
     * @throws NullPointerException if the channel is null
     * @throws IllegalArgumentException if the capacity is below 1
     */
    public static IdempotentNotifier of(Notifier channel, int capacity) {
        Objects.requireNonNull(channel, "channel");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity + " is below 1; a notifier must remember at least one key");
        }
        return new IdempotentNotifier(channel, capacity);
    }

    @Override
    public DeliveryOutcome deliver(Notification notification) {
        Objects.requireNonNull(notification, "notification");
        if (closed) {
            throw new IllegalStateException("the notifier is closed; key '" + notification.idempotencyKey() + "' was not delivered");
        }
        String key = notification.idempotencyKey();
        int fingerprint = fingerprintOf(notification);
        while (true) {
            if (wasSent(key, fingerprint)) {
                return DeliveryOutcome.sent();
            }
            InFlight mine = new InFlight(fingerprint, new CompletableFuture<>());
            InFlight other = inFlight.putIfAbsent(key, mine);
            if (other == null) {
                return deliverAsOwner(notification, fingerprint, mine);
            }
            requireSameNotification(key, other.fingerprint(), fingerprint);
            DeliveryOutcome theirs = await(other.outcome());
            if (!theirs.isSent()) {
                return theirs;
            }
        }
    }

    private DeliveryOutcome deliverAsOwner(Notification notification, int fingerprint, InFlight mine) {
        String key = notification.idempotencyKey();
        try {
            if (wasSent(key, fingerprint)) {
                mine.outcome().complete(DeliveryOutcome.sent());
                return DeliveryOutcome.sent();
            }
            DeliveryOutcome outcome = Objects.requireNonNull(channel.deliver(notification),
                    "the channel returned no outcome for key '" + key + "'");
            if (outcome.isSent()) {
                synchronized (sentFingerprints) {
                    sentFingerprints.put(key, fingerprint);
                }
            }
            mine.outcome().complete(outcome);
            return outcome;
        } catch (RuntimeException | Error e) {
            mine.outcome().completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private boolean wasSent(String key, int fingerprint) {
        Integer sent;
        synchronized (sentFingerprints) {
            sent = sentFingerprints.get(key);
        }
        if (sent == null) {
            return false;
        }
        requireSameNotification(key, sent, fingerprint);
        return true;
    }

    private static void requireSameNotification(String key, int known, int given) {
        if (known != given) {
            throw new IllegalArgumentException("idempotencyKey '" + key + "' was already used for another notification"
                    + " (another address, subject or body); a key must name one notification");
        }
    }

    private static DeliveryOutcome await(CompletableFuture<DeliveryOutcome> outcome) {
        try {
            return outcome.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static int fingerprintOf(Notification notification) {
        return Objects.hash(notification.address(), notification.subject(), notification.body());
    }

    /** Closes the wrapped channel; later deliveries throw {@link IllegalStateException}. */
    @Override
    public void close() {
        closed = true;
        channel.close();
    }

    @Override
    public String toString() {
        return "IdempotentNotifier[" + channel + "]";
    }

    /** A delivery under way: the fingerprint of its notification, and its outcome to come. */
    private record InFlight(int fingerprint, CompletableFuture<DeliveryOutcome> outcome) {
    }
}
