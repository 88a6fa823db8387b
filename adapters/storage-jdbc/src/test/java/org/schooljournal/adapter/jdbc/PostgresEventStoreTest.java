package org.schooljournal.adapter.jdbc;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.schooljournal.adapter.tck.EventStoreContract;
import org.schooljournal.spi.storage.EventStore;

/**
 * The JDBC store keeps the storage contract in a real PostgreSQL, running durably (fsync and
 * synchronous commits on), in a new schema per check.
 */
@DisplayName("JdbcEventStore on PostgreSQL keeps the storage contract")
class PostgresEventStoreTest extends EventStoreContract {

    @Override
    protected EventStore createStore() {
        return new JdbcEventStoreProvider().create(Map.of("url", PostgresServer.shared().freshSchemaUrl()));
    }

    @AfterEach
    void closeTheStore() {
        store().close();
    }
}
