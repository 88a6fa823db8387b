package org.schooljournal.adapter.jdbc;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.adapter.tck.SnapshotStoreContract;
import org.schooljournal.spi.storage.EventStore;

@DisplayName("The JDBC store's snapshots on H2 pass the snapshot contract kit")
class H2SnapshotStoreTest extends SnapshotStoreContract {

    @TempDir
    Path directory;

    @Override
    protected EventStore createStore() {
        return new JdbcEventStoreProvider().create(Map.of("url", "jdbc:h2:file:" + directory.resolve("journal")));
    }
}
