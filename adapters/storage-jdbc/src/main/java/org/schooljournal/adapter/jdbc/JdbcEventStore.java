package org.schooljournal.adapter.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Lock;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.storage.ConcurrencyConflictException;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;
import org.schooljournal.spi.storage.SchoolKey;
import org.schooljournal.spi.storage.SnapshotStore;

/**
 * The durable store of the storage port: an {@link EventStore} in PostgreSQL (or a
 * PostgreSQL-compatible database) or in an embedded H2 file, where a school's journals, diaries and
 * protocol of changes (ACC-7) are kept for their 5- and 25-year retention periods with their hash
 * chains (ARC-4) stored exactly as appended.
 *
 * <p>Design (the package documentation says why):
 * <ul>
 *   <li>Appends are made by a writer per store ({@link GroupCommit}): the appends waiting when it
 *       is free share one transaction and one commit. The transaction advances the counter of each
 *       school it touches ({@code journal_school}) and takes the events' positions from it, then
 *       inserts the events; the database enforces each expected version (an event goes in only
 *       after the sequence before it, and the primary key refuses a sequence taken). An append the
 *       database refuses is answered on its own: with the stored envelopes of a repeat, a
 *       {@link ConcurrencyConflictException}, or a refusal of an event id stored earlier.</li>
 *   <li>A school's counter row stays locked from its update to the commit, so the appends of one
 *       school commit in the order of their positions, and a reader following the school never
 *       later sees a position below one it has read. Appends of different schools never wait for
 *       each other. On H2 each transaction holds a lock per database in the JVM, as H2 loses
 *       counter updates otherwise.</li>
 *   <li>Serialization failures, deadlocks and lock timeouts are retried, a few times; any other
 *       database failure is a {@link JournalException} with code STORAGE.</li>
 * </ul>
 *
 * <p>The store migrates its schema with Flyway when it opens (history table
 * {@value #SCHEMA_HISTORY_TABLE}, so that it shares a schema with a host's own Flyway history),
 * unless it is opened over a schema someone else made ({@link #of(DataSource, boolean)}).
 *
 * <p>This class is thread-safe: every read takes a connection from the data source for itself, and
 * the writer one per transaction.
 */
public final class JdbcEventStore implements EventStore, SnapshotStore {

    /** The Flyway history table of the store's schema, apart from a host application's own. */
    public static final String SCHEMA_HISTORY_TABLE = "journal_schema_history";

    /** The longest stream id the store keeps, in chars (the width of its key column). */
    public static final int MAX_STREAM_ID_LENGTH = 500;

    /** How many times an append meets a serialization failure, deadlock or race before it gives up. */
    private static final int MAX_ATTEMPTS = 25;

    private static final String COLUMNS = AppendTransaction.COLUMNS;
    // Statements about one stream name its school too, so that a distributed database sends them to one shard.
    private static final String VERSION = "SELECT MAX(sequence) FROM journal_event WHERE school_key = ? AND stream_id = ?";
    private static final String READ = "SELECT " + COLUMNS + " FROM journal_event"
            + " WHERE school_key = ? AND stream_id = ? AND sequence >= ? ORDER BY sequence FETCH FIRST ? ROWS ONLY";
    private static final String READ_SCHOOL = "SELECT " + COLUMNS + " FROM journal_event"
            + " WHERE school_key = ? AND school_position >= ? ORDER BY school_position FETCH FIRST ? ROWS ONLY";
    private static final String READ_EVENT_IDS = "SELECT sequence, event_id FROM journal_event"
            + " WHERE school_key = ? AND stream_id = ? AND sequence > ? ORDER BY sequence FETCH FIRST ? ROWS ONLY";
    private static final String FIND_EVENT = "SELECT sequence FROM journal_event"
            + " WHERE school_key = ? AND stream_id = ? AND event_id = ?";
    private static final String STREAM_IDS = "SELECT stream_id FROM journal_stream WHERE stream_id LIKE ? ESCAPE '\\'";
    private static final String SCHOOL_STREAM_IDS = "SELECT stream_id FROM journal_stream"
            + " WHERE school_key = ? AND stream_id LIKE ? ESCAPE '\\'";
    private static final String DELETE_EVENTS = "DELETE FROM journal_event WHERE school_key = ? AND stream_id = ?";
    private static final String DELETE_STREAM = "DELETE FROM journal_stream WHERE school_key = ? AND stream_id = ?";
    private static final List<String> TABLES = List.of("journal_stream", "journal_event", "journal_school",
            "journal_snapshot");

    /** SQL state of a unique or primary key violation, in PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private final Dialect dialect;
    private final Optional<Lock> appendLock;
    private final Optional<AutoCloseable> owned;
    private final String description;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final JdbcSnapshots snapshots;
    private final GroupCommit groupCommit;

    private JdbcEventStore(DataSource dataSource, Dialect dialect, Optional<Lock> appendLock,
            Optional<AutoCloseable> owned, String description) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.appendLock = appendLock;
        this.owned = owned;
        this.description = description;
        this.snapshots = new JdbcSnapshots(dataSource, dialect);
        this.groupCommit = new GroupCommit(this::appendTogether, this::appendAlone, this::isTransient, description);
    }

    /**
     * Opens the store in the database of a data source the caller keeps (a host application's own
     * pool, say): migrates the schema to the current version first. {@link #close()} leaves the
     * data source open.
     *
     * @param dataSource the database, PostgreSQL or H2
     * @return the store
     * @throws JournalException with code CONFIGURATION if the database is not supported or an H2
     *     file database delays its writes; STORAGE if it cannot be reached or migrated
     */
    public static JdbcEventStore of(DataSource dataSource) {
        return of(dataSource, true);
    }

    /**
     * Opens the store in the database of a data source the caller keeps, migrating its schema or
     * not. Without migration the store runs over a schema someone else created — distributed
     * (Citus), partitioned by school, or of foreign tables — with the tables, columns and keys of
     * the current migrations; it checks that the tables exist and leaves Flyway alone.
     * {@link #close()} leaves the data source open.
     *
     * @param dataSource the database, PostgreSQL or H2
     * @param migrate whether to bring the schema to the current version with Flyway
     * @return the store
     * @throws JournalException with code CONFIGURATION if the database is not supported or an H2
     *     file database delays its writes; STORAGE if it cannot be reached or migrated, or, not
     *     migrating, a table is missing
     */
    public static JdbcEventStore of(DataSource dataSource, boolean migrate) {
        return open(dataSource, migrate, Optional.empty());
    }

    /** Opens the store; closing it closes {@code owned}, also when opening fails. */
    static JdbcEventStore open(DataSource dataSource, boolean migrate, Optional<AutoCloseable> owned) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(owned, "owned");
        try {
            Dialect dialect;
            Optional<Lock> appendLock;
            String description;
            try (Connection connection = dataSource.getConnection()) {
                dialect = Dialect.of(connection);
                dialect.requireWrittenCommits(connection);
                appendLock = dialect.appendLock(connection);
                description = "JdbcEventStore[" + connection.getMetaData().getDatabaseProductName() + " "
                        + connection.getMetaData().getDatabaseProductVersion() + " at "
                        + ConnectionSettings.withoutSecrets(String.valueOf(connection.getMetaData().getURL())) + "]";
            } catch (SQLException e) {
                throw new JournalException(ErrorCode.STORAGE, "cannot open the JDBC event store: "
                        + e.getMessage() + " (SQL state " + e.getSQLState() + ")", e);
            }
            if (migrate) {
                migrate(dataSource, dialect, description);
            } else {
                requireTables(dataSource, description);
            }
            return new JdbcEventStore(dataSource, dialect, appendLock, owned, description);
        } catch (RuntimeException e) {
            owned.ifPresent(resource -> closeQuietly(resource, e));
            throw e;
        }
    }

    private static void migrate(DataSource dataSource, Dialect dialect, String description) {
        try {
            Flyway.configure(JdbcEventStore.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(dialect.migrations())
                    .failOnMissingLocations(true)
                    .table(SCHEMA_HISTORY_TABLE)
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new JournalException(ErrorCode.STORAGE, "cannot bring the schema of " + description
                    + " to the current version: " + e.getMessage(), e);
        }
    }

    /** Checks that the store's tables exist, in a schema the store did not migrate. */
    private static void requireTables(DataSource dataSource, String description) {
        try (Connection connection = dataSource.getConnection()) {
            for (String table : TABLES) {
                try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM " + table + " WHERE 1 = 0");
                        ResultSet rows = query.executeQuery()) {
                    rows.next();
                } catch (SQLException e) {
                    throw new JournalException(ErrorCode.STORAGE, description + " has no table " + table
                            + " that the store can read, and the store was opened without migrating its schema: "
                            + e.getMessage() + " (SQL state " + e.getSQLState() + "); create the schema of the"
                            + " store's current migrations (db-migration/), or open it with migration", e);
                }
            }
        } catch (SQLException e) {
            throw new JournalException(ErrorCode.STORAGE, "cannot open " + description + ": " + e.getMessage()
                    + " (SQL state " + e.getSQLState() + ")", e);
        }
    }

    private static void closeQuietly(AutoCloseable resource, Exception failure) {
        try {
            resource.close();
        } catch (Exception e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException also if the stream id is blank or longer than
     *     {@value #MAX_STREAM_ID_LENGTH} chars, a text holds what a database cannot keep exactly (a
     *     NUL character, half of a surrogate pair), a recording time is finer than a microsecond, an
     *     event id repeats in the batch, or an event id is already stored in the stream at an
     *     earlier sequence
     * @throws NullPointerException if an argument or an event is null
     * @throws JournalException with code STORAGE if the database fails; repeating the append with
     *     the same events then is safe and tells whether it took effect
     */
    @Override
    public List<EventEnvelope> append(String streamId, long expectedVersion, List<EventData> events) {
        Objects.requireNonNull(streamId, "streamId");
        Objects.requireNonNull(events, "events");
        if (events.isEmpty()) {
            throw new IllegalArgumentException("events must not be empty: append at least one event to " + streamId);
        }
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expectedVersion must not be negative, was " + expectedVersion);
        }
        requireStreamId(streamId);
        List<EventData> batch = new ArrayList<>(events);
        requireStorable(batch);
        batch = List.copyOf(batch);
        requireOpen();
        return groupCommit.append(new Append(streamId, SchoolKey.of(streamId), expectedVersion, batch));
    }

    /** Stores appends of several callers in one transaction, on one connection (GroupCommit). */
    private Optional<List<List<EventEnvelope>>> appendTogether(List<Append> appends) throws SQLException {
        appendLock.ifPresent(Lock::lock);
        try (Connection connection = dataSource.getConnection()) {
            return AppendTransaction.run(connection, dialect, appends);
        } finally {
            appendLock.ifPresent(Lock::unlock);
        }
    }

    /**
     * Stores one append in a transaction of its own, on one connection: the transaction, and if the
     * database refuses it, the answer (a repeat's stored envelopes, a conflict, an event id stored
     * earlier), or another attempt where a racing append rolled back or a failure is transient.
     */
    private List<EventEnvelope> appendAlone(Append append) {
        SQLException last = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            appendLock.ifPresent(Lock::lock);
            try (Connection connection = dataSource.getConnection()) {
                try {
                    Optional<List<List<EventEnvelope>>> stored = AppendTransaction.run(connection, dialect, List.of(append));
                    if (stored.isPresent()) {
                        return stored.get().get(0);
                    }
                } catch (SQLException e) {
                    if (!isUniqueViolation(e)) {
                        throw e;
                    }
                    last = e;
                }
                Optional<List<EventEnvelope>> answer = answerRefused(connection, append);
                if (answer.isPresent()) {
                    return answer.get();
                }
            } catch (SQLException e) {
                last = e;
                if (!isTransient(e)) {
                    break;
                }
            } finally {
                appendLock.ifPresent(Lock::unlock);
            }
        }
        String why = last == null ? "the stream kept changing" : last.getMessage() + " (SQL state " + last.getSQLState() + ")";
        throw new JournalException(ErrorCode.STORAGE, "cannot append " + append.events().size() + " event(s) to stream "
                + append.streamId() + " at version " + append.expectedVersion() + " in " + description + ": " + why
                + "; repeating the append with the same events is safe and tells whether it took effect", last);
    }

    /**
     * Answers an append the database refused: with the stored envelopes if it repeats one already
     * made, else a {@link ConcurrencyConflictException} if the stream is at another version, else an
     * {@link IllegalArgumentException} if an event id is stored at an earlier sequence. Empty if the
     * stream is at the expected version after all (a racing append rolled back, or committed the
     * sequence before it just now): another attempt may succeed.
     */
    private Optional<List<EventEnvelope>> answerRefused(Connection connection, Append append) throws SQLException {
        long version = version(connection, append.streamId());
        if (version != append.expectedVersion()) {
            return Optional.of(storedRepeat(connection, append.streamId(), append.expectedVersion(), append.events(),
                    version));
        }
        rejectEventIdsStoredEarlier(connection, append.streamId(), append.events());
        return Optional.empty();
    }

    /**
     * Returns the stored envelopes if the stream holds exactly these events at the sequences after
     * the expected version.
     *
     * @throws ConcurrencyConflictException if it does not
     */
    private List<EventEnvelope> storedRepeat(Connection connection, String streamId, long expectedVersion,
            List<EventData> batch, long version) throws SQLException {
        if (expectedVersion + batch.size() <= version) {
            List<UUID> stored = new ArrayList<>(batch.size());
            try (PreparedStatement query = connection.prepareStatement(READ_EVENT_IDS)) {
                bindStream(query, streamId);
                query.setLong(3, expectedVersion);
                query.setInt(4, batch.size());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        stored.add(rows.getObject(2, UUID.class));
                    }
                }
            }
            if (stored.equals(batch.stream().map(EventData::eventId).toList())) {
                return read(connection, streamId, expectedVersion + 1, batch.size());
            }
        }
        throw new ConcurrencyConflictException(streamId, expectedVersion, version);
    }

    /**
     * With the stream at the expected version: if an event of the batch is stored at an earlier
     * sequence, no attempt can succeed, and the caller is told so.
     */
    private static void rejectEventIdsStoredEarlier(Connection connection, String streamId, List<EventData> batch)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(FIND_EVENT)) {
            for (EventData event : batch) {
                bindStream(query, streamId);
                query.setObject(3, event.eventId());
                try (ResultSet row = query.executeQuery()) {
                    if (row.next()) {
                        throw new IllegalArgumentException("event " + event.eventId() + " is already stored in"
                                + " stream " + streamId + " at sequence " + row.getLong(1)
                                + "; an event is appended to a stream once");
                    }
                }
            }
        }
    }

    @Override
    public long version(String streamId) {
        Objects.requireNonNull(streamId, "streamId");
        requireOpen();
        try (Connection connection = dataSource.getConnection()) {
            return version(connection, streamId);
        } catch (SQLException e) {
            throw failure("read the version of stream " + streamId, e);
        }
    }

    private static long version(Connection connection, String streamId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(VERSION)) {
            bindStream(query, streamId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if {@code fromSequence} or {@code maxCount} is below 1
     */
    @Override
    public List<EventEnvelope> read(String streamId, long fromSequence, int maxCount) {
        Objects.requireNonNull(streamId, "streamId");
        requirePositive("fromSequence", fromSequence);
        requirePositive("maxCount", maxCount);
        requireOpen();
        try (Connection connection = dataSource.getConnection()) {
            return read(connection, streamId, fromSequence, maxCount);
        } catch (SQLException e) {
            throw failure("read stream " + streamId + " from sequence " + fromSequence, e);
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if {@code fromPosition} or {@code maxCount} is below 1
     */
    @Override
    public List<EventEnvelope> readSchool(String schoolKey, long fromPosition, int maxCount) {
        Objects.requireNonNull(schoolKey, "schoolKey");
        requirePositive("fromPosition", fromPosition);
        requirePositive("maxCount", maxCount);
        requireOpen();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(READ_SCHOOL)) {
            query.setString(1, schoolKey);
            query.setLong(2, fromPosition);
            query.setInt(3, maxCount);
            return envelopes(query);
        } catch (SQLException e) {
            throw failure("read the order of school " + schoolKey + " from position " + fromPosition, e);
        }
    }

    private static List<EventEnvelope> read(Connection connection, String streamId, long fromSequence, int maxCount)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(READ)) {
            bindStream(query, streamId);
            query.setLong(3, fromSequence);
            query.setInt(4, maxCount);
            return envelopes(query);
        }
    }

    /** Sets the first two parameters of a statement about one stream: its school key and its id. */
    private static void bindStream(PreparedStatement statement, String streamId) throws SQLException {
        statement.setString(1, SchoolKey.of(streamId));
        statement.setString(2, streamId);
    }

    private static List<EventEnvelope> envelopes(PreparedStatement query) throws SQLException {
        List<EventEnvelope> envelopes = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                EventData event = new EventData(rows.getObject(4, UUID.class), rows.getString(5), rows.getInt(6),
                        rows.getBytes(7), rows.getString(8), rows.getObject(9, OffsetDateTime.class).toInstant(),
                        rows.getString(10), rows.getString(11), rows.getString(12));
                envelopes.add(new EventEnvelope(rows.getString(2), rows.getLong(3), rows.getLong(1), event));
            }
        }
        return List.copyOf(envelopes);
    }

    /**
     * {@inheritDoc}
     *
     * <p>One transaction deletes the stream's envelopes and its row (on H2 under the database's
     * append lock); the position counter is left as it is, so positions are never given again.
     *
     * @throws JournalException with code STORAGE if the database fails; nothing is removed then
     */
    @Override
    public long purge(String streamId) {
        Objects.requireNonNull(streamId, "streamId");
        requireOpen();
        appendLock.ifPresent(Lock::lock);
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            boolean committed = false;
            try {
                long removed;
                try (PreparedStatement events = connection.prepareStatement(DELETE_EVENTS);
                        PreparedStatement stream = connection.prepareStatement(DELETE_STREAM)) {
                    bindStream(events, streamId);
                    removed = events.executeUpdate();
                    bindStream(stream, streamId);
                    stream.executeUpdate();
                }
                JdbcSnapshots.delete(connection, streamId);
                connection.commit();
                committed = true;
                return removed;
            } finally {
                if (!committed) {
                    rollbackQuietly(connection);
                }
                restoreAutoCommit(connection, autoCommit);
            }
        } catch (SQLException e) {
            throw failure("purge stream " + streamId, e);
        } finally {
            appendLock.ifPresent(Lock::unlock);
        }
    }

    /** {@inheritDoc} Kept in table {@code journal_snapshot} ({@link JdbcSnapshots}). */
    @Override
    public void saveSnapshot(Snapshot snapshot) {
        requireOpen();
        snapshots.save(snapshot);
    }

    @Override
    public Optional<Snapshot> loadSnapshot(String streamId) {
        requireOpen();
        return snapshots.load(streamId);
    }

    @Override
    public void deleteSnapshot(String streamId) {
        requireOpen();
        snapshots.delete(streamId);
    }

    /**
     * {@inheritDoc} The prefix is literal text; the ids are sorted in {@link String}'s order. A
     * prefix with a {@code /} names its school, and only the school's streams are searched.
     */
    @Override
    public List<String> streamIds(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        requireOpen();
        List<String> ids = new ArrayList<>();
        int slash = prefix.indexOf('/');
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(slash < 0 ? STREAM_IDS : SCHOOL_STREAM_IDS)) {
            if (slash < 0) {
                query.setString(1, likePrefix(prefix));
            } else {
                query.setString(1, prefix.substring(0, slash));
                query.setString(2, likePrefix(prefix));
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw failure("list the streams starting with '" + prefix + "'", e);
        }
        ids.sort(null);
        return List.copyOf(ids);
    }

    /** Returns a LIKE pattern matching the text literally, then anything: escapes {@code \ % _}. */
    private static String likePrefix(String prefix) {
        StringBuilder pattern = new StringBuilder(prefix.length() + 2);
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            if (c == '\\' || c == '%' || c == '_') {
                pattern.append('\\');
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }

    /**
     * Takes no more appends, finishes those under way, and closes the connection pool if the store
     * opened it; a data source given to {@link #of} stays open.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        groupCommit.close();
        if (owned.isPresent()) {
            try {
                owned.get().close();
            } catch (Exception e) {
                throw new JournalException(ErrorCode.STORAGE, "cannot close " + description + ": " + e.getMessage(), e);
            }
        }
    }

    private void requireOpen() {
        if (closed.get()) {
            throw new IllegalStateException(description + " is closed");
        }
    }

    private static void requireStreamId(String streamId) {
        if (streamId.isBlank()) {
            throw new IllegalArgumentException("streamId must not be blank");
        }
        if (streamId.length() > MAX_STREAM_ID_LENGTH) {
            throw new IllegalArgumentException("streamId must have at most " + MAX_STREAM_ID_LENGTH
                    + " chars, had " + streamId.length() + ": " + streamId.substring(0, 40) + "…");
        }
        requireStorableText("streamId", streamId);
    }

    /** Refuses what a database would change or refuse: the store returns every field exactly. */
    private static void requireStorable(List<EventData> batch) {
        Map<UUID, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            EventData event = Objects.requireNonNull(batch.get(i), "events[" + i + "]");
            Integer before = indexOf.putIfAbsent(event.eventId(), i);
            if (before != null) {
                throw new IllegalArgumentException("events[" + before + "] and events[" + i
                        + "] have the same event id " + event.eventId());
            }
            Instant recordedAt = event.recordedAt();
            if (recordedAt.getNano() % 1_000 != 0) {
                throw new IllegalArgumentException("recordedAt of event " + event.eventId() + " is " + recordedAt
                        + ", finer than the microsecond the store keeps; truncate it before hashing");
            }
            requireStorableText("type", event.type());
            requireStorableText("actor", event.actor());
            requireStorableText("hashAlgorithm", event.hashAlgorithm());
        }
    }

    private static void requireStorableText(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\0') {
                throw new IllegalArgumentException(field + " must not contain the NUL character (at index " + i
                        + "): PostgreSQL cannot store it");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(field + " must not contain half of a surrogate pair (at index " + i
                        + "): it is not text, and UTF-8 cannot store it");
            }
        }
    }

    private static void requirePositive(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }

    private static boolean isUniqueViolation(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void restoreAutoCommit(Connection connection, boolean autoCommit) {
        try {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            // The connection is broken; what the transaction did is decided, and the pool discards it.
        }
    }

    /** Whether the failure, or one the driver chained to it (a batch's), is worth another attempt. */
    private boolean isTransient(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (dialect.isTransient(next)) {
                return true;
            }
        }
        return false;
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // The connection is broken; the pool discards it, and the transaction died with it.
        }
    }

    private JournalException failure(String what, SQLException e) {
        return new JournalException(ErrorCode.STORAGE, "cannot " + what + " in " + description + ": "
                + e.getMessage() + " (SQL state " + e.getSQLState() + ")", e);
    }

    @Override
    public String toString() {
        return description;
    }
}
