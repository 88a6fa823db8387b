package org.schooljournal.adapter.jdbc;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.schooljournal.adapter.tck.EventStoreContract;
import org.schooljournal.spi.storage.EventStore;

/**
 * The JDBC store keeps the storage contract over tables partitioned by school key across two
 * PostgreSQL servers ({@code distributed/two-servers-*.sql}): one partition on the server the store
 * connects to, the other a postgres_fdw foreign table on a second server. The kit's streams belong
 * to schools of both partitions. A new pair of schemas per check.
 */
@DisplayName("JdbcEventStore over two PostgreSQL servers joined by postgres_fdw keeps the storage contract")
class TwoServerEventStoreTest extends EventStoreContract {

    @Override
    protected EventStore createStore() {
        return DistributedSchema.open(DistributedSchema.twoServers());
    }

    @AfterEach
    void closeTheStore() {
        store().close();
    }
}
