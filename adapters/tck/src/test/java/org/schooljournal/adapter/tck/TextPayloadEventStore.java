package org.schooljournal.adapter.tck;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;

/**
 * A BROKEN event store, to prove that the kit's payload checks catch it: it keeps payloads as
 * UTF-8 text, as a store with a text column would, so that bytes that are not valid UTF-8 come
 * back changed. Cyrillic text survives; random bytes do not.
 */
final class TextPayloadEventStore implements EventStore {

    private final EventStore delegate = new SynchronizedEventStore();

    @Override
    public List<EventEnvelope> append(String streamId, long expectedVersion, List<EventData> events) {
        List<EventData> asText = events.stream().map(TextPayloadEventStore::throughText).toList();
        return delegate.append(streamId, expectedVersion, asText);
    }

    private static EventData throughText(EventData event) {
        byte[] payload = new String(event.payload(), UTF_8).getBytes(UTF_8);
        return new EventData(event.eventId(), event.type(), event.schemaVersion(), payload, event.actor(),
                event.recordedAt(), event.previousHash(), event.hash(), event.hashAlgorithm());
    }

    @Override
    public long version(String streamId) {
        return delegate.version(streamId);
    }

    @Override
    public List<EventEnvelope> read(String streamId, long fromSequence, int maxCount) {
        return delegate.read(streamId, fromSequence, maxCount);
    }

    @Override
    public List<EventEnvelope> readSchool(String schoolKey, long fromPosition, int maxCount) {
        return delegate.readSchool(schoolKey, fromPosition, maxCount);
    }

    @Override
    public List<String> streamIds(String prefix) {
        return delegate.streamIds(prefix);
    }

    @Override
    public long purge(String streamId) {
        return delegate.purge(streamId);
    }
}
