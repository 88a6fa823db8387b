package org.schooljournal.core.log;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;
import org.schooljournal.spi.storage.SnapshotStore;

/**
 * A store that keeps snapshots in memory beside another store's events, and counts the reads of
 * each stream and the snapshots loaded, saved and used.
 */
public class SnapshotKeepingStore extends DelegatingStore implements SnapshotStore {

    private final Map<String, Snapshot> kept = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();
    private final Map<String, Long> lowest = new ConcurrentHashMap<>();
    private final AtomicInteger saved = new AtomicInteger();
    private final AtomicInteger loaded = new AtomicInteger();

    /** Creates the store over that one's events. */
    public SnapshotKeepingStore(EventStore store) {
        super(store);
    }

    @Override
    public List<EventEnvelope> read(String streamId, long fromSequence, int maxCount) {
        reads.computeIfAbsent(streamId, s -> new AtomicInteger()).incrementAndGet();
        lowest.merge(streamId, fromSequence, Math::min);
        return super.read(streamId, fromSequence, maxCount);
    }

    @Override
    public long purge(String streamId) {
        kept.remove(streamId);
        return super.purge(streamId);
    }

    @Override
    public void saveSnapshot(Snapshot snapshot) {
        saved.incrementAndGet();
        kept.put(snapshot.streamId(), snapshot);
    }

    @Override
    public Optional<Snapshot> loadSnapshot(String streamId) {
        Optional<Snapshot> found = Optional.ofNullable(kept.get(streamId));
        found.ifPresent(s -> loaded.incrementAndGet());
        return found;
    }

    @Override
    public void deleteSnapshot(String streamId) {
        kept.remove(streamId);
    }

    /** Returns how many reads of the stream's envelopes were made. */
    public int reads(String streamId) {
        return reads.getOrDefault(streamId, new AtomicInteger()).get();
    }

    /** Returns the lowest sequence a read of the stream started from; 0 if none was read. */
    public long lowestRead(String streamId) {
        return lowest.getOrDefault(streamId, 0L);
    }

    /** Forgets the reads counted. */
    public void clearReads() {
        reads.clear();
        lowest.clear();
    }

    /** Returns how many snapshots were saved. */
    public int saved() {
        return saved.get();
    }

    /** Returns how many snapshots were found when loaded. */
    public int loaded() {
        return loaded.get();
    }

    /** Returns the stream's snapshot kept, if any. */
    public Optional<Snapshot> kept(String streamId) {
        return Optional.ofNullable(kept.get(streamId));
    }

    /** Replaces the stream's snapshot kept, as a store that lost or damaged it might. */
    public void replace(Snapshot snapshot) {
        kept.put(snapshot.streamId(), snapshot);
    }
}
