package org.schooljournal.adapter.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.schooljournal.spi.storage.ConcurrencyConflictException;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;

/**
 * A correct event store, as plain as it gets: every method synchronized on the store. The kit
 * must pass against it; the broken stores of these tests are built on it or after it.
 *
 * <p>This class is thread-safe.
 */
class SynchronizedEventStore implements EventStore {

    private final List<EventEnvelope> all = new ArrayList<>();
    private final Map<String, List<EventEnvelope>> streams = new TreeMap<>();

    @Override
    public synchronized List<EventEnvelope> append(String streamId, long expectedVersion, List<EventData> events) {
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
                    all.size() + appended.size() + 1L, event));
        }
        all.addAll(appended);
        streams.computeIfAbsent(streamId, id -> new ArrayList<>()).addAll(appended);
        return appended;
    }

    @Override
    public synchronized long version(String streamId) {
        return streams.getOrDefault(streamId, List.of()).size();
    }

    @Override
    public synchronized List<EventEnvelope> read(String streamId, long fromSequence, int maxCount) {
        return page(streams.getOrDefault(streamId, List.of()), fromSequence, maxCount);
    }

    @Override
    public synchronized List<EventEnvelope> readSchool(String schoolKey, long fromPosition, int maxCount) {
        return all.stream().filter(e -> e != null && e.schoolKey().equals(schoolKey) && e.position() >= fromPosition)
                .limit(maxCount).toList();
    }

    @Override
    public synchronized long purge(String streamId) {
        List<EventEnvelope> stream = streams.remove(streamId);
        if (stream == null) {
            return 0;
        }
        stream.forEach(e -> all.set((int) e.position() - 1, null));
        return stream.size();
    }

    @Override
    public synchronized List<String> streamIds(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        return streams.keySet().stream().filter(id -> id.startsWith(prefix)).toList();
    }

    private static List<EventEnvelope> page(List<EventEnvelope> envelopes, long from, int maxCount) {
        int start = (int) Math.min(envelopes.size(), from - 1);
        int end = (int) Math.min(envelopes.size(), (long) start + maxCount);
        return List.copyOf(envelopes.subList(start, end));
    }
}
