package org.schooljournal.adapter.memory;

import org.junit.jupiter.api.DisplayName;
import org.schooljournal.adapter.tck.EventStoreContract;
import org.schooljournal.spi.storage.EventStore;

/** The in-memory store passes the storage port's contract kit. */
@DisplayName("InMemoryEventStore keeps the storage contract")
class InMemoryEventStoreTest extends EventStoreContract {

    @Override
    protected EventStore createStore() {
        return new InMemoryEventStore();
    }
}
