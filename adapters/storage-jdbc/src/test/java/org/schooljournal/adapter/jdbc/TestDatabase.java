package org.schooljournal.adapter.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.schooljournal.spi.storage.EventStore;

/**
 * The databases the adapter's own tests run on, each giving a new, empty database per call: an H2
 * file in a test's temporary directory, or a new schema in the shared PostgreSQL server.
 */
enum TestDatabase {

    H2 {
        @Override
        String freshUrl(Path directory) {
            return "jdbc:h2:file:" + directory.resolve("journal-" + FILES.incrementAndGet());
        }
    },

    POSTGRESQL {
        @Override
        String freshUrl(Path directory) {
            return PostgresServer.shared().freshSchemaUrl();
        }
    };

    private static final AtomicInteger FILES = new AtomicInteger();

    /** Returns the JDBC URL of a new, empty database. */
    abstract String freshUrl(Path directory);

    /** Opens the store through its provider, as an application does. */
    static EventStore open(String url) {
        return new JdbcEventStoreProvider().create(Map.of("url", url));
    }

    /** Opens a plain JDBC connection, behind the store's back. */
    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url);
    }
}
