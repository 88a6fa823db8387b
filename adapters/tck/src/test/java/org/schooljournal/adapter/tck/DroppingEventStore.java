package org.schooljournal.adapter.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;

/**
 * A BROKEN event store, to prove that the kit's concurrency checks catch it: it silently drops the
 * append that carries every 50th event it is given, returning envelopes as if it had stored them.
 * No other check of the kit appends 50 events to one store, so only the checks that do see it.
 */
final class DroppingEventStore implements EventStore {

    private static final int EVERY = 50;

    private final EventStore delegate = new SynchronizedEventStore();
    private final AtomicLong given = new AtomicLong();

    @Override
    public List<EventEnvelope> append(String streamId, long expectedVersion, List<EventData> events) {
        long before = given.getAndAdd(events.size());
        if (before / EVERY != (before + events.size()) / EVERY) {
            List<EventEnvelope> pretended = new ArrayList<>();
            for (EventData event : events) {
                pretended.add(new EventEnvelope(streamId, expectedVersion + pretended.size() + 1,
                        Long.MAX_VALUE - pretended.size(), event));
            }
            return pretended;
        }
        return delegate.append(streamId, expectedVersion, events);
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
