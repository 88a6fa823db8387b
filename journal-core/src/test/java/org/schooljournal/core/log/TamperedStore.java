package org.schooljournal.core.log;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;

/**
 * A store as it reads after someone changed one envelope on disk, behind the adapter's back: the
 * tests' way to show that chain checks (ARC-4) name what was changed.
 */
public final class TamperedStore {

    private TamperedStore() {
    }

    /**
     * Returns the store with the envelope of that sequence changed, in every stream or in one.
     *
     * @param stream the stream whose envelope is changed; empty for every stream's
     */
    public static EventStore of(EventStore store, Optional<String> stream, long sequence, UnaryOperator<EventData> change) {
        return new DelegatingStore(store) {
            @Override
            public List<EventEnvelope> read(String streamId, long fromSequence, int maxCount) {
                return super.read(streamId, fromSequence, maxCount).stream()
                        .map(e -> e.sequence() == sequence && stream.map(streamId::equals).orElse(true)
                                ? new EventEnvelope(e.streamId(), e.sequence(), e.globalPosition(), change.apply(e.event()))
                                : e)
                        .toList();
            }
        };
    }
}
