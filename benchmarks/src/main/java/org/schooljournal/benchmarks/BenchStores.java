package org.schooljournal.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.schooljournal.adapter.jdbc.JdbcEventStoreProvider;
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.spi.storage.EventStore;

/**
 * The stores the durable benchmarks run on, each fresh and empty when opened:
 *
 * <ul>
 *   <li>{@code memory}: an {@code InMemoryEventStore};
 *   <li>{@code h2}: the JDBC store on a new H2 file under a temporary folder, its URL with
 *       {@code WRITE_DELAY=0} (the provider would add it too), so that every commit is written
 *       before the append returns;
 *   <li>{@code postgresql}: the JDBC store in a new schema of an embedded PostgreSQL server with
 *       fsync and synchronous_commit on ({@link BenchPostgres}), started by {@link #start}.
 * </ul>
 *
 * The JDBC stores are made as a vendor makes them:
 * {@code new JdbcEventStoreProvider().create(Map.of("url", …, "user", …, "password", …))}, which
 * pools the connections (HikariCP) and migrates the schema (Flyway). A fresh JDBC store also tells
 * how to open a plain JDBC connection to the same database, with the same URL and so the same
 * durability, for the baselines.
 *
 * <p>Not thread-safe.
 */
final class BenchStores implements AutoCloseable {

    /** The kinds of store, as the benchmarks' {@code store} parameter names them. */
    static final String MEMORY = "memory";
    static final String H2 = "h2";
    static final String POSTGRESQL = "postgresql";

    private final String kind;
    private final Path folder;
    private final Optional<BenchPostgres> postgres;
    private int files;

    private BenchStores(String kind, Path folder, Optional<BenchPostgres> postgres) {
        this.kind = kind;
        this.folder = folder;
        this.postgres = postgres;
    }

    /**
     * Prepares stores of a kind: a temporary folder, and a PostgreSQL server in it for
     * {@code postgresql}.
     *
     * @param kind {@code memory}, {@code h2} or {@code postgresql}
     */
    static BenchStores start(String kind) {
        if (!kind.equals(MEMORY) && !kind.equals(H2) && !kind.equals(POSTGRESQL)) {
            throw new IllegalArgumentException("unknown store " + kind + "; memory, h2 or postgresql");
        }
        Path folder;
        try {
            folder = Files.createTempDirectory("journal-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<BenchPostgres> postgres = kind.equals(POSTGRESQL)
                ? Optional.of(BenchPostgres.start(folder.resolve("postgres"))) : Optional.empty();
        return new BenchStores(kind, folder, postgres);
    }

    /** Describes the database, for the set-up's report. */
    String describe() {
        return switch (kind) {
            case MEMORY -> "in-memory store";
            case H2 -> "H2 file under " + folder + ", WRITE_DELAY=0";
            default -> "PostgreSQL " + postgres.orElseThrow().version() + " (embedded), fsync and synchronous_commit on,"
                    + " data under " + folder;
        };
    }

    /**
     * Opens a fresh, empty store.
     *
     * @param poolSize the JDBC store's most connections
     */
    Fresh open(int poolSize) {
        if (kind.equals(MEMORY)) {
            return new Fresh(new InMemoryEventStore(), Optional.empty());
        }
        Plain plain = kind.equals(H2)
                ? new Plain("jdbc:h2:file:" + folder.resolve("h2-" + ++files).resolve("journal") + ";WRITE_DELAY=0",
                        "sa", "")
                : new Plain(postgres.orElseThrow().freshSchemaUrl(), "postgres", "postgres");
        Map<String, String> settings = new HashMap<>(Map.of("url", plain.url(), "user", plain.user(),
                "password", plain.password()));
        settings.put("poolSize", String.valueOf(poolSize));
        return new Fresh(new JdbcEventStoreProvider().create(settings), Optional.of(plain));
    }

    /** Stops the server, if any, and deletes the folder. */
    @Override
    public void close() {
        try {
            postgres.ifPresent(BenchPostgres::close);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("[tear-down] cannot delete " + folder + ": " + e.getMessage());
        }
    }

    /**
     * A fresh store and, for a JDBC store, how to reach its database plainly.
     *
     * @param store the store; the caller closes it
     * @param plain the JDBC URL and account of the store's database; empty for the in-memory store
     */
    record Fresh(EventStore store, Optional<Plain> plain) {
    }

    /**
     * A database as plain JDBC reaches it: the URL the store was opened with (so the same database,
     * schema and durability settings), and the account.
     */
    record Plain(String url, String user, String password) {

        /** Opens a connection of its own, outside the store's pool. */
        Connection connect() {
            try {
                return DriverManager.getConnection(url, user, password);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot connect to " + url + ": " + e.getMessage(), e);
            }
        }
    }
}
