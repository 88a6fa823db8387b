package org.schooljournal.core.log;

import java.util.List;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;

/** A store that passes everything to another; tests override what they make go wrong. */
public class DelegatingStore implements EventStore {

    private final EventStore store;

    /** Creates a store passing everything to that one. */
    public DelegatingStore(EventStore store) {
        this.store = store;
    }

    @Override
    public List<EventEnvelope> append(String streamId, long expectedVersion, List<EventData> events) {
        return store.append(streamId, expectedVersion, events);
    }

    @Override
    public long version(String streamId) {
        return store.version(streamId);
    }

    @Override
    public List<EventEnvelope> read(String streamId, long fromSequence, int maxCount) {
        return store.read(streamId, fromSequence, maxCount);
    }

    @Override
    public List<EventEnvelope> readSchool(String schoolKey, long fromPosition, int maxCount) {
        return store.readSchool(schoolKey, fromPosition, maxCount);
    }

    @Override
    public List<String> streamIds(String prefix) {
        return store.streamIds(prefix);
    }

    @Override
    public long purge(String streamId) {
        return store.purge(streamId);
    }
}
