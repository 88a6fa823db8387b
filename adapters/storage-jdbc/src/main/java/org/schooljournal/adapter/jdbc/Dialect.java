package org.schooljournal.adapter.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

/**
 * The databases the store runs on, and what differs between them: where their migrations are,
 * which failures are worth another attempt, the check that commits are written before they are
 * acknowledged, and the two statements of a school's counter. The store's other SQL statements are
 * the same on every one of them.
 *
 * <p>This enum is immutable and thread-safe.
 */
enum Dialect {

    /**
     * PostgreSQL, and the databases that speak its protocol and report its product name (YugabyteDB,
     * Citus, which is PostgreSQL with an extension).
     */
    POSTGRESQL("postgresql", Set.of(
            "40001",   // serialization_failure: YugabyteDB and higher isolation levels
            "40P01",   // deadlock_detected
            "55P03"),  // lock_not_available: a lock_timeout the administrator set
            "UPDATE journal_school SET last_position = last_position + ? WHERE school_key = ? RETURNING last_position",
            // No conflict target: the primary key is the table's only unique key, and a table partitioned
            // with foreign partitions (postgres_fdw) has no unique index to infer a target from (42P10).
            "INSERT INTO journal_school (school_key, last_position) VALUES (?, ?) ON CONFLICT DO NOTHING"),

    /** H2 2.x, embedded, in file mode (or in memory, for trials). */
    H2("h2", Set.of(
            "40001",   // deadlock
            "HYT00",   // lock timeout: a wait for a school's counter longer than LOCK_TIMEOUT
            "90131"),  // concurrent update of the same row in another transaction
            "SELECT last_position FROM FINAL TABLE (UPDATE journal_school SET last_position = last_position + ?"
                    + " WHERE school_key = ?)",
            // Appends to an H2 database hold its append lock (appendLock), so no other creates the row meanwhile.
            "INSERT INTO journal_school (school_key, last_position) VALUES (?, ?)");

    /** The append locks of the H2 databases this JVM has opened, by database path. */
    private static final Map<String, Lock> H2_APPEND_LOCKS = new ConcurrentHashMap<>();

    private final String migrationFolder;
    private final Set<String> transientStates;
    private final String advanceSchoolCounter;
    private final String addSchoolCounter;

    Dialect(String migrationFolder, Set<String> transientStates, String advanceSchoolCounter, String addSchoolCounter) {
        this.migrationFolder = migrationFolder;
        this.transientStates = transientStates;
        this.advanceSchoolCounter = advanceSchoolCounter;
        this.addSchoolCounter = addSchoolCounter;
    }

    /**
     * Returns the query that advances a school's counter by a count (parameters: the count, the
     * school key) and returns its new value in one round trip; no row if the school has none yet.
     */
    String advanceSchoolCounter() {
        return advanceSchoolCounter;
    }

    /**
     * Returns the statement that creates a school's counter at a value (parameters: the school key,
     * the value); it updates no row, and fails nothing, if another transaction created it first.
     */
    String addSchoolCounter() {
        return addSchoolCounter;
    }

    /**
     * Returns the dialect of the database the connection is to.
     *
     * @throws JournalException with code CONFIGURATION if the database is none of the supported ones
     */
    static Dialect of(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        String product = metaData.getDatabaseProductName();
        String name = product.toLowerCase(Locale.ROOT);
        if (name.contains("postgresql")) {
            return POSTGRESQL;
        }
        if (name.equals("h2")) {
            return H2;
        }
        throw new JournalException(ErrorCode.CONFIGURATION, "the JDBC event store runs on PostgreSQL (and"
                + " PostgreSQL-compatible databases) or H2, not on " + product + " " + metaData.getDatabaseProductVersion()
                + " at " + ConnectionSettings.withoutSecrets(String.valueOf(metaData.getURL())));
    }

    /**
     * Returns the Flyway location of this database's migrations. The folder's name is no Java
     * package name ({@code db-migration}), so that on the module path the scripts are not
     * encapsulated in this module and Flyway can read them.
     */
    String migrations() {
        return "classpath:db-migration/" + migrationFolder;
    }

    /**
     * Returns the lock that the appends to this database take in this JVM, if the database needs
     * one. PostgreSQL does not. H2 2.4 does: when an append rolls back its update of a school's
     * counter while another append waits for that row, H2 can restore a value older than a
     * committed one, so that later appends take positions already given and fail for good (seen
     * with 8 threads, READ COMMITTED and REPEATABLE READ alike). An H2 file database is open in one
     * JVM only (its file lock; the provider refuses AUTO_SERVER, which shares it), so a lock per database path in that JVM makes its appends wait for
     * each other instead of for the row; H2 writes one commit at a time anyway.
     */
    Optional<Lock> appendLock(Connection connection) throws SQLException {
        if (this != H2) {
            return Optional.empty();
        }
        String url = String.valueOf(connection.getMetaData().getURL());
        String database;
        try (PreparedStatement query = connection.prepareStatement("SELECT DATABASE_PATH()");
                ResultSet row = query.executeQuery()) {
            row.next();
            database = row.getString(1);
        }
        String key = database != null ? database : url;
        return Optional.of(H2_APPEND_LOCKS.computeIfAbsent(key, path -> new ReentrantLock()));
    }

    /**
     * Returns whether the failure is one that another attempt of the same transaction may not
     * meet: a serialization failure, a deadlock, a lock wait that timed out.
     */
    boolean isTransient(SQLException failure) {
        return failure.getSQLState() != null && transientStates.contains(failure.getSQLState());
    }

    /**
     * Checks that the database writes each commit before acknowledging it. PostgreSQL does unless
     * its administrator says otherwise (fsync, synchronous_commit), which is theirs to decide. An H2
     * file database does only with {@code WRITE_DELAY=0}: by default it writes committed
     * transactions up to half a second later, so a killed process would lose acknowledged events.
     *
     * @throws JournalException with code CONFIGURATION if an H2 file database delays its writes
     */
    void requireWrittenCommits(Connection connection) throws SQLException {
        if (this != H2 || String.valueOf(connection.getMetaData().getURL()).startsWith("jdbc:h2:mem:")) {
            return;
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'");
                ResultSet row = query.executeQuery()) {
            String writeDelay = row.next() ? row.getString(1) : "unknown";
            if (!"0".equals(writeDelay)) {
                throw new JournalException(ErrorCode.CONFIGURATION, "the H2 database at "
                        + ConnectionSettings.withoutSecrets(connection.getMetaData().getURL())
                        + " writes commits up to " + writeDelay + " ms after acknowledging them (WRITE_DELAY);"
                        + " a killed process would lose acknowledged events: add ;WRITE_DELAY=0 to its URL");
            }
        }
    }
}
