package org.schooljournal.adapter.jdbc;

import org.junit.jupiter.api.DisplayName;
import org.schooljournal.adapter.tck.SnapshotStoreContract;
import org.schooljournal.spi.storage.EventStore;

/**
 * The store's snapshots over two PostgreSQL servers joined by postgres_fdw
 * ({@code distributed/two-servers-*.sql}): saving a snapshot names no conflict target, which a
 * partition on another server could not infer.
 */
@DisplayName("JdbcEventStore's snapshots over two PostgreSQL servers joined by postgres_fdw pass the snapshot contract kit")
class TwoServerSnapshotStoreTest extends SnapshotStoreContract {

    @Override
    protected EventStore createStore() {
        return DistributedSchema.open(DistributedSchema.twoServers());
    }
}
