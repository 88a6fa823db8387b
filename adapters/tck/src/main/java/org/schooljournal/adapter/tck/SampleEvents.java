package org.schooljournal.adapter.tck;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.schooljournal.spi.storage.EventData;

/**
 * Valid {@link EventData} for contract checks: each event gets a fresh identity, its own hash
 * (the hex of a counter: a store treats hashes as opaque text, so any hex serves) and a recording
 * instant fixed in the past (checks never read the system clock). Chains link each event's
 * {@code previousHash} to the hash before it, the first one's being empty, as the engine's hash
 * chain does (ARC-4).
 *
 * <p>Adapter writers may use these factories in checks of their own. This class has no
 * instances; its factories are thread-safe.
 */
public final class SampleEvents {

    /** The instant sample events are recorded after: each is one second later than the one made before it. */
    public static final Instant FIRST_RECORDED_AT = Instant.parse("2026-09-01T03:30:00Z");

    /** The hash algorithm the sample events name. */
    public static final String HASH_ALGORITHM = "SHA-256";

    private static final AtomicLong COUNTER = new AtomicLong();
    private static final HexFormat HEX = HexFormat.of();

    private SampleEvents() {
    }

    /**
     * Returns a new event of type {@code AbsenceRecorded} with a short text payload and an empty
     * previous hash.
     */
    public static EventData event() {
        long n = COUNTER.incrementAndGet();
        return event(n, "AbsenceRecorded", ("event " + n).getBytes(UTF_8), "");
    }

    /**
     * Returns a new event with the given payload and an empty previous hash.
     *
     * @param payload the payload, copied
     */
    public static EventData withPayload(byte[] payload) {
        return event("AbsenceRecorded", payload, "");
    }

    /**
     * Returns a new event.
     *
     * @param type the event's type
     * @param payload the payload, copied
     * @param previousHash the previous event's hash, hex; empty for the first of a stream
     * @throws IllegalArgumentException if the type is blank or the previous hash is not hex
     */
    public static EventData event(String type, byte[] payload, String previousHash) {
        return event(COUNTER.incrementAndGet(), type, payload, previousHash);
    }

    /**
     * Returns {@code count} new events, each linked to the one before it; the first one's
     * previous hash is empty, as for the first events of a stream.
     *
     * @param count how many, 0 or more
     */
    public static List<EventData> chain(int count) {
        return chainAfter("", count);
    }

    /**
     * Returns {@code count} new events, each linked to the one before it, the first one to
     * {@code previousHash}.
     *
     * @param previousHash the hash the first event links to, hex; empty for a new stream
     * @param count how many, 0 or more
     * @throws IllegalArgumentException if the count is negative
     */
    public static List<EventData> chainAfter(String previousHash, int count) {
        Objects.requireNonNull(previousHash, "previousHash");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        List<EventData> events = new ArrayList<>(count);
        String previous = previousHash;
        for (int i = 0; i < count; i++) {
            EventData event = event();
            event = new EventData(event.eventId(), event.type(), event.schemaVersion(), event.payload(),
                    event.actor(), event.recordedAt(), previous, event.hash(), event.hashAlgorithm());
            events.add(event);
            previous = event.hash();
        }
        return List.copyOf(events);
    }

    private static EventData event(long n, String type, byte[] payload, String previousHash) {
        return new EventData(UUID.randomUUID(), type, 1, payload, "subject-teacher-" + (n % 7),
                FIRST_RECORDED_AT.plusSeconds(n), previousHash, HEX.toHexDigits(n), HASH_ALGORITHM);
    }
}
