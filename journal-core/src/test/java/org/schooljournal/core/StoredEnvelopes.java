package org.schooljournal.core;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;
import org.schooljournal.spi.storage.SchoolKey;

/** Every envelope of a store, for tests: school by school (sorted by key), each in its order of positions. */
public final class StoredEnvelopes {

    private StoredEnvelopes() {
    }

    /** Returns the store's envelopes: its schools sorted by key, each school's in position order. */
    public static List<EventEnvelope> of(EventStore store) {
        List<EventEnvelope> all = new ArrayList<>();
        for (String school : new TreeSet<>(store.streamIds("").stream().map(SchoolKey::of).toList())) {
            all.addAll(store.readSchool(school, 1, Integer.MAX_VALUE));
        }
        return List.copyOf(all);
    }
}
