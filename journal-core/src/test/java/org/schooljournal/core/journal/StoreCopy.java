package org.schooljournal.core.journal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.core.StoredEnvelopes;
import org.schooljournal.core.log.HashChain;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;

/**
 * Copies of a store's streams for tests: a plain copy, for a test that starts many engines from
 * one prepared school; and a log as an earlier version of the engine, which validated less, could
 * have written it — a text replaced in every payload and actor, every stream re-chained so that it
 * verifies as written — for tests that prove old logs still fold (DESIGN.md, principle 9).
 */
final class StoreCopy {

    private StoreCopy() {
    }

    /** Returns a new store holding the store's streams as they are. */
    static InMemoryEventStore of(EventStore store) {
        InMemoryEventStore copy = new InMemoryEventStore();
        Map<String, List<EventData>> streams = new LinkedHashMap<>();
        for (EventEnvelope envelope : StoredEnvelopes.of(store)) {
            streams.computeIfAbsent(envelope.streamId(), id -> new ArrayList<>()).add(envelope.event());
        }
        streams.forEach((stream, events) -> copy.append(stream, 0, events));
        return copy;
    }

    /**
     * Returns a new store holding the store's streams with {@code text} replaced by
     * {@code replacement} in actors, and by {@code jsonReplacement} (the same text as JSON writes
     * it inside a string) in payloads.
     */
    static InMemoryEventStore rewritten(EventStore store, String text, String replacement, String jsonReplacement) {
        Map<String, List<EventData>> streams = new LinkedHashMap<>();
        Map<String, String> heads = new LinkedHashMap<>();
        for (EventEnvelope envelope : StoredEnvelopes.of(store)) {
            EventData event = envelope.event();
            byte[] payload = new String(event.payload(), StandardCharsets.UTF_8).replace(text, jsonReplacement)
                    .getBytes(StandardCharsets.UTF_8);
            String actor = event.actor().replace(text, replacement);
            String previous = heads.getOrDefault(envelope.streamId(), "");
            String hash = HashChain.hash(HashChain.ALGORITHM, envelope.streamId(), envelope.sequence(), event.eventId(),
                    event.type(), event.schemaVersion(), payload, actor, event.recordedAt(), previous);
            heads.put(envelope.streamId(), hash);
            streams.computeIfAbsent(envelope.streamId(), id -> new ArrayList<>()).add(new EventData(event.eventId(),
                    event.type(), event.schemaVersion(), payload, actor, event.recordedAt(), previous, hash,
                    HashChain.ALGORITHM));
        }
        InMemoryEventStore copy = new InMemoryEventStore();
        streams.forEach((stream, events) -> copy.append(stream, 0, events));
        return copy;
    }
}
