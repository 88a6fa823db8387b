package org.schooljournal.adapter.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.schooljournal.spi.storage.EventStore;

/**
 * The store's schema laid out as a deployment sharded by school lays it out, created by hand from
 * the scripts in {@code src/test/resources/distributed} (as an administrator would create it on
 * Citus), so that the store opens over it with {@code migrate=false} (docs/distributed.md):
 * <ul>
 *   <li>{@link #partitioned()}: {@code partitioned.sql}, every table partitioned by hash of
 *       {@code school_key} into four, on the shared server;</li>
 *   <li>{@link #twoServers()}: the tables partitioned by hash of {@code school_key} into two, one
 *       partition on the shared server (A) and one a foreign table on the second server (B),
 *       through postgres_fdw ({@code two-servers-local.sql}, {@code two-servers-remote.sql}).</li>
 * </ul>
 * Each call makes new schemas, so that each check starts from an empty store.
 */
final class DistributedSchema {

    /** The name of server B on server A (postgres_fdw's foreign server). */
    static final String SECOND_SERVER = "journal_second";

    /** The partition of server A's tables that is the foreign table on B. */
    static final int REMOTE_REMAINDER = 1;

    private static boolean linked;

    private DistributedSchema() {
    }

    /** Creates the hash-partitioned schema in a new schema of the shared server; returns its JDBC URL. */
    static String partitioned() {
        PostgresServer server = PostgresServer.shared();
        String url = server.schemaUrl(server.freshSchema());
        run(url, script("partitioned.sql", Map.of()));
        return url;
    }

    /**
     * Creates the schema spread over two servers: a new schema on B with B's tables, and a new
     * schema on A whose tables have a local partition and one on B; returns the JDBC URL of A's.
     */
    static String twoServers() {
        PostgresServer a = PostgresServer.shared();
        PostgresServer b = PostgresServer.sharedSecond();
        link(a, b);
        String remote = b.freshSchema();
        run(b.schemaUrl(remote), script("two-servers-remote.sql", Map.of()));
        String url = a.schemaUrl(a.freshSchema());
        run(url, script("two-servers-local.sql", Map.of("server", SECOND_SERVER, "remote_schema", remote)));
        return url;
    }

    /** Returns the JDBC URL of server B's schema that holds the remote partitions of A's schema at the URL. */
    static String remoteUrl(String url) {
        try (Connection connection = TestDatabase.connect(url);
                PreparedStatement query = connection.prepareStatement("SELECT option_value FROM"
                        + " pg_options_to_table((SELECT ftoptions FROM pg_foreign_table"
                        + " WHERE ftrelid = 'journal_event_remote'::regclass)) WHERE option_name = 'schema_name'");
                ResultSet row = query.executeQuery()) {
            row.next();
            return PostgresServer.sharedSecond().schemaUrl(row.getString(1));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot find the remote schema of " + url + ": " + e.getMessage(), e);
        }
    }

    /** Opens the store over a schema it did not create, through its provider, as a deployment does. */
    static EventStore open(String url) {
        return new JdbcEventStoreProvider().create(Map.of("url", url, "migrate", "false"));
    }

    /**
     * Returns the first school key {@code school-1}, {@code school-2}… whose rows PostgreSQL puts
     * in the partition of a table partitioned by hash into {@code modulus} with that remainder.
     */
    static String schoolInPartition(String url, String table, int modulus, int remainder) {
        try (Connection connection = TestDatabase.connect(url);
                PreparedStatement query = connection.prepareStatement(
                        "SELECT satisfies_hash_partition(?::regclass, ?, ?, CAST(? AS VARCHAR(500)))")) {
            for (int i = 1; i <= 1_000; i++) {
                String school = "school-" + i;
                query.setString(1, table);
                query.setInt(2, modulus);
                query.setInt(3, remainder);
                query.setString(4, school);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    if (row.getBoolean(1)) {
                        return school;
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot hash school keys in " + url + ": " + e.getMessage(), e);
        }
        throw new IllegalStateException("no school-N of 1 000 hashes to remainder " + remainder + " of " + modulus);
    }

    /** Makes B a foreign server of A, once per test run: postgres_fdw, the server, a user mapping. */
    private static synchronized void link(PostgresServer a, PostgresServer b) {
        if (linked) {
            return;
        }
        a.execute("CREATE EXTENSION IF NOT EXISTS postgres_fdw");
        a.execute("CREATE SERVER " + SECOND_SERVER + " FOREIGN DATA WRAPPER postgres_fdw"
                + " OPTIONS (host 'localhost', port '" + b.port() + "', dbname 'postgres')");
        // A superuser's mapping needs no password; a deployment maps its store's role with one.
        a.execute("CREATE USER MAPPING FOR CURRENT_USER SERVER " + SECOND_SERVER + " OPTIONS (user 'postgres')");
        linked = true;
    }

    private static String script(String name, Map<String, String> values) {
        String text;
        try (InputStream in = DistributedSchema.class.getResourceAsStream("/distributed/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource distributed/" + name);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("${" + value.getKey() + "}", value.getValue());
        }
        return text;
    }

    private static void run(String url, String script) {
        try (Connection connection = TestDatabase.connect(url); Statement statement = connection.createStatement()) {
            statement.execute(script);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the schema at " + url + ": " + e.getMessage(), e);
        }
    }
}
