package org.schooljournal.adapter.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.schooljournal.spi.storage.ConcurrencyConflictException;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;
import org.schooljournal.spi.storage.SchoolKey;

/**
 * The embedded default of the storage port: an {@link EventStore} in the JVM's memory, for tests,
 * examples and trials. Nothing survives the process, so it is no archive for the 5- and 25-year
 * retention periods; it keeps everything else of the port's contract, payloads byte for byte and
 * the envelopes' hash-chain fields unchanged (ARC-4), so a journal's protocol of changes (ACC-7)
 * reads the same as from a durable store.
 *
 * <p>Design: one list of envelopes per school, whose index is the position minus one (a purged
 * envelope leaves its place empty), and one list per stream, whose index is the sequence minus
 * one; all guarded by one read-write lock.
 * An append holds the write lock from the version check to the last envelope added, so appends
 * take effect one at a time and a school's positions run 1, 2, 3… without gaps but those of
 * purges. Reads hold the read lock, run concurrently with each other, and return copies.
 *
 * <p>This class is thread-safe. Envelopes are immutable and shared between readers.
 */
public final class InMemoryEventStore implements EventStore {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, List<EventEnvelope>> schools = new HashMap<>();
    private final Map<String, List<EventEnvelope>> streams = new HashMap<>();

    /** Creates an empty store. */
    public InMemoryEventStore() {
    }

    /**
     * {@inheritDoc}
     *
     * @throws NullPointerException if an argument or an event is null
     */
    @Override
    public List<EventEnvelope> append(String streamId, long expectedVersion, List<EventData> events) {
        Objects.requireNonNull(streamId, "streamId");
        Objects.requireNonNull(events, "events");
        if (events.isEmpty()) {
            throw new IllegalArgumentException("events must not be empty: append at least one event to "
                    + streamId);
        }
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expectedVersion must not be negative, was " + expectedVersion);
        }
        if (streamId.isBlank()) {
            throw new IllegalArgumentException("streamId must not be blank");
        }
        List<EventData> batch = List.copyOf(events);
        lock.writeLock().lock();
        try {
            List<EventEnvelope> stream = streams.getOrDefault(streamId, List.of());
            if (isRepeat(stream, expectedVersion, batch)) {
                return List.copyOf(stream.subList((int) expectedVersion, (int) expectedVersion + batch.size()));
            }
            if (stream.size() != expectedVersion) {
                throw new ConcurrencyConflictException(streamId, expectedVersion, stream.size());
            }
            List<EventEnvelope> school = schools.computeIfAbsent(SchoolKey.of(streamId), key -> new ArrayList<>());
            List<EventEnvelope> appended = new ArrayList<>(batch.size());
            for (EventData event : batch) {
                appended.add(new EventEnvelope(streamId, expectedVersion + appended.size() + 1,
                        school.size() + appended.size() + 1L, event));
            }
            school.addAll(appended);
            streams.computeIfAbsent(streamId, id -> new ArrayList<>()).addAll(appended);
            return List.copyOf(appended);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Whether the stream holds exactly these events, by id, at the sequences after the expected version. */
    private static boolean isRepeat(List<EventEnvelope> stream, long expectedVersion, List<EventData> batch) {
        if (expectedVersion + batch.size() > stream.size()) {
            return false;
        }
        for (int i = 0; i < batch.size(); i++) {
            EventData stored = stream.get((int) expectedVersion + i).event();
            if (!stored.eventId().equals(batch.get(i).eventId())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public long version(String streamId) {
        Objects.requireNonNull(streamId, "streamId");
        lock.readLock().lock();
        try {
            return streams.getOrDefault(streamId, List.of()).size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if {@code fromSequence} or {@code maxCount} is below 1
     */
    @Override
    public List<EventEnvelope> read(String streamId, long fromSequence, int maxCount) {
        Objects.requireNonNull(streamId, "streamId");
        requirePositive("fromSequence", fromSequence);
        requirePositive("maxCount", maxCount);
        lock.readLock().lock();
        try {
            return page(streams.getOrDefault(streamId, List.of()), fromSequence, maxCount);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if {@code fromPosition} or {@code maxCount} is below 1
     */
    @Override
    public List<EventEnvelope> readSchool(String schoolKey, long fromPosition, int maxCount) {
        Objects.requireNonNull(schoolKey, "schoolKey");
        requirePositive("fromPosition", fromPosition);
        requirePositive("maxCount", maxCount);
        lock.readLock().lock();
        try {
            List<EventEnvelope> all = schools.getOrDefault(schoolKey, List.of());
            List<EventEnvelope> page = new ArrayList<>(Math.min(maxCount, 1024));
            for (long position = fromPosition; position <= all.size() && page.size() < maxCount; position++) {
                EventEnvelope envelope = all.get((int) (position - 1));
                if (envelope != null) {
                    page.add(envelope);
                }
            }
            return List.copyOf(page);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>The purged envelopes' places in their school's list are left empty, so that the others
     * keep their positions.
     */
    @Override
    public long purge(String streamId) {
        Objects.requireNonNull(streamId, "streamId");
        lock.writeLock().lock();
        try {
            List<EventEnvelope> stream = streams.remove(streamId);
            if (stream == null) {
                return 0;
            }
            List<EventEnvelope> all = schools.get(SchoolKey.of(streamId));
            for (EventEnvelope envelope : stream) {
                all.set((int) (envelope.position() - 1), null);
            }
            return stream.size();
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public List<String> streamIds(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        lock.readLock().lock();
        try {
            return streams.keySet().stream().filter(id -> id.startsWith(prefix)).sorted().toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Copies the envelopes from a 1-based position on, at most {@code maxCount} of them. */
    private static List<EventEnvelope> page(List<EventEnvelope> envelopes, long from, int maxCount) {
        if (from > envelopes.size()) {
            return List.of();
        }
        int start = (int) (from - 1);
        int end = (int) Math.min(envelopes.size(), (long) start + maxCount);
        return List.copyOf(envelopes.subList(start, end));
    }

    private static void requirePositive(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }

    @Override
    public String toString() {
        lock.readLock().lock();
        try {
            return "InMemoryEventStore[" + streams.size() + " streams, "
                    + schools.values().stream().mapToLong(List::size).sum() + " positions]";
        } finally {
            lock.readLock().unlock();
        }
    }
}
