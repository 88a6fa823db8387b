package org.schooljournal.adapter.jdbc;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.schooljournal.adapter.tck.EventStoreContract;
import org.schooljournal.spi.storage.EventStore;

/**
 * The JDBC store keeps the storage contract over tables hash-partitioned by school key
 * ({@code distributed/partitioned.sql}), a schema it did not create and opens with
 * {@code migrate=false}, in a new schema of the shared PostgreSQL per check.
 */
@DisplayName("JdbcEventStore over tables hash-partitioned by school keeps the storage contract")
class PartitionedEventStoreTest extends EventStoreContract {

    @Override
    protected EventStore createStore() {
        return DistributedSchema.open(DistributedSchema.partitioned());
    }

    @AfterEach
    void closeTheStore() {
        store().close();
    }
}
