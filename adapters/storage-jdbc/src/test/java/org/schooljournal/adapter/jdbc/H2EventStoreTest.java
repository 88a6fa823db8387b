package org.schooljournal.adapter.jdbc;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.adapter.tck.EventStoreContract;
import org.schooljournal.spi.storage.EventStore;

/** The JDBC store keeps the storage contract in an embedded H2 file database, a new one per check. */
@DisplayName("JdbcEventStore on H2 (file) keeps the storage contract")
class H2EventStoreTest extends EventStoreContract {

    @TempDir
    Path directory;

    @Override
    protected EventStore createStore() {
        return new JdbcEventStoreProvider().create(Map.of("url", "jdbc:h2:file:" + directory.resolve("journal")));
    }

    @AfterEach
    void closeTheStore() {
        store().close();
    }
}
