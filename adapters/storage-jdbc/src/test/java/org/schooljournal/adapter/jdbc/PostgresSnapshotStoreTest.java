package org.schooljournal.adapter.jdbc;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.schooljournal.adapter.tck.SnapshotStoreContract;
import org.schooljournal.spi.storage.EventStore;

@DisplayName("The JDBC store's snapshots on PostgreSQL pass the snapshot contract kit")
class PostgresSnapshotStoreTest extends SnapshotStoreContract {

    @Override
    protected EventStore createStore() {
        return new JdbcEventStoreProvider().create(Map.of("url", PostgresServer.shared().freshSchemaUrl()));
    }
}
