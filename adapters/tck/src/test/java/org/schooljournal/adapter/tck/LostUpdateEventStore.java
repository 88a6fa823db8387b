package org.schooljournal.adapter.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.schooljournal.spi.storage.ConcurrencyConflictException;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;

/**
 * A BROKEN event store, to prove that the kit's concurrency checks catch it: built of concurrent
 * collections, but it checks the stream's version and stores the new stream without holding one
 * lock over both (read, check, then put). Two appends at the same version can both pass the check;
 * the later put overwrites the earlier, whose events are lost from the stream while both appends
 * report success. One thread at a time, it behaves.
 */
final class LostUpdateEventStore implements EventStore {

    private final Map<String, List<EventEnvelope>> streams = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<Long, EventEnvelope> all = new ConcurrentSkipListMap<>();
    private final AtomicLong positions = new AtomicLong();

    @Override
    public List<EventEnvelope> append(String streamId, long expectedVersion, List<EventData> events) {
        if (events.isEmpty() || expectedVersion < 0) {
            throw new IllegalArgumentException("no events, or a negative expected version " + expectedVersion);
        }
        List<EventEnvelope> stream = streams.getOrDefault(streamId, List.of());
        long end = expectedVersion + events.size();
        if (end <= stream.size()) {
            List<EventEnvelope> stored = stream.subList((int) expectedVersion, (int) end);
            boolean repeat = true;
            for (int i = 0; i < events.size(); i++) {
                repeat &= stored.get(i).event().eventId().equals(events.get(i).eventId());
            }
            if (repeat) {
                return List.copyOf(stored);
            }
        }
        if (stream.size() != expectedVersion) {
            throw new ConcurrencyConflictException(streamId, expectedVersion, stream.size());
        }
        List<EventEnvelope> appended = new ArrayList<>();
        for (EventData event : events) {
            appended.add(new EventEnvelope(streamId, stream.size() + appended.size() + 1L,
                    positions.incrementAndGet(), event));
        }
        Thread.yield(); // as a database round trip would, let others run between the check and the write
        List<EventEnvelope> next = new ArrayList<>(stream);
        next.addAll(appended);
        streams.put(streamId, List.copyOf(next)); // the bug: another append may have put in between
        appended.forEach(envelope -> all.put(envelope.position(), envelope));
        return appended;
    }

    @Override
    public long version(String streamId) {
        return streams.getOrDefault(streamId, List.of()).size();
    }

    @Override
    public List<EventEnvelope> read(String streamId, long fromSequence, int maxCount) {
        return streams.getOrDefault(streamId, List.of()).stream()
                .skip(fromSequence - 1).limit(maxCount).toList();
    }

    @Override
    public List<EventEnvelope> readSchool(String schoolKey, long fromPosition, int maxCount) {
        return all.tailMap(fromPosition).values().stream().filter(e -> e.schoolKey().equals(schoolKey))
                .limit(maxCount).toList();
    }

    @Override
    public List<String> streamIds(String prefix) {
        return streams.keySet().stream().filter(id -> id.startsWith(prefix)).sorted().toList();
    }

    @Override
    public long purge(String streamId) {
        List<EventEnvelope> stream = streams.remove(streamId);
        if (stream == null) {
            return 0;
        }
        stream.forEach(e -> all.remove(e.position()));
        return stream.size();
    }
}
