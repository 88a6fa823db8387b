package org.schooljournal.core.archive;

import java.util.List;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;
import org.schooljournal.spi.storage.SchoolKey;

/**
 * The envelopes of a backup file as a read-only store of one stream, so that {@link
 * org.schooljournal.core.archive.ChainVerifier} walks a file exactly as it walks a store. Reads go by
 * place in the file, not by the sequence written in a line, so that a line with a wrong sequence
 * is reported as a gap. Not thread-safe beyond what an immutable list gives; used by one reader.
 */
final class ListStore implements EventStore {

    private final String streamId;
    private final List<EventEnvelope> envelopes;

    ListStore(String streamId, List<EventEnvelope> envelopes) {
        this.streamId = streamId;
        this.envelopes = List.copyOf(envelopes);
    }

    @Override
    public List<EventEnvelope> append(String stream, long expectedVersion, List<EventData> events) {
        throw new UnsupportedOperationException("a backup file is read only");
    }

    @Override
    public long version(String stream) {
        return stream.equals(streamId) ? envelopes.size() : 0;
    }

    @Override
    public List<EventEnvelope> read(String stream, long fromSequence, int maxCount) {
        return stream.equals(streamId) ? page(fromSequence, maxCount) : List.of();
    }

    @Override
    public List<EventEnvelope> readSchool(String schoolKey, long fromPosition, int maxCount) {
        return SchoolKey.of(streamId).equals(schoolKey) ? page(fromPosition, maxCount) : List.of();
    }

    @Override
    public List<String> streamIds(String prefix) {
        return streamId.startsWith(prefix) ? List.of(streamId) : List.of();
    }

    private List<EventEnvelope> page(long from, int maxCount) {
        if (from < 1 || maxCount < 1) {
            throw new IllegalArgumentException("from and maxCount must be at least 1, were " + from + ", " + maxCount);
        }
        if (from > envelopes.size()) {
            return List.of();
        }
        int start = (int) (from - 1);
        return envelopes.subList(start, (int) Math.min(envelopes.size(), (long) start + maxCount));
    }
}
