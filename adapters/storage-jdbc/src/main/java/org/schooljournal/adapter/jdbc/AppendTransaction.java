package org.schooljournal.adapter.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;

/**
 * One transaction that stores one or more appends, to streams of one or more schools, and commits
 * once: it advances each school's counter ({@code journal_school}, in school-key order, so that two
 * transactions never wait for each other's schools crosswise), creates the new streams and inserts
 * every event with one JDBC batch. The database enforces each expected version: an event goes in
 * only if the stream holds the sequence before it ({@code WHERE ... EXISTS}, so a future version
 * inserts nothing), and the primary key refuses a sequence, or the stream key a new stream, that
 * another append took (a unique violation). Either way nothing of the transaction is stored, and
 * the caller finds out which append was refused and why.
 *
 * <p>Statements: one counter update per school ({@code UPDATE … RETURNING}, or H2's form; a new
 * school's row is inserted), one insert of the new streams if there are any, one batch of each
 * append's first event (the version check), one batch of their other events (plain inserts: a
 * class's roll call appends 24), the commit. Every statement names the school key.
 *
 * <p>This class has no state; it is thread-safe.
 */
final class AppendTransaction {

    /** The columns of an envelope, in the order the store reads them. */
    static final String COLUMNS = "school_position, stream_id, sequence, event_id, event_type,"
            + " schema_version, payload, actor, recorded_at, previous_hash, hash, hash_algorithm";

    private static final String INSERT_STREAM = "INSERT INTO journal_stream (school_key, stream_id) VALUES (?, ?)";
    /** An append's first event: inserted only if its stream holds the sequence before it. */
    private static final String INSERT_FIRST = "INSERT INTO journal_event (" + COLUMNS + ", school_key)"
            + " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM journal_school WHERE school_key = ?"
            + " AND (? = 0 OR EXISTS (SELECT 1 FROM journal_event WHERE school_key = ? AND stream_id = ? AND sequence = ?))";
    /** An append's other events: they follow its first in the same transaction, which the primary key guards. */
    private static final String INSERT_FOLLOWING = "INSERT INTO journal_event (" + COLUMNS + ", school_key)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private AppendTransaction() {
    }

    /**
     * Stores the appends in one transaction on the connection, and commits.
     *
     * @return the stored envelopes of each append, in the appends' order; empty if a stream lacks
     *     the sequence before its append's first (it is at a lower version than expected, or was
     *     purged), and then nothing was stored
     * @throws SQLException if the database refuses or fails, a unique violation among others (a
     *     sequence, event id or stream another append took); nothing was stored
     */
    static Optional<List<List<EventEnvelope>>> run(Connection connection, Dialect dialect, List<Append> appends)
            throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        boolean committed = false;
        try {
            Map<String, Long> nextPosition = takePositions(connection, dialect, appends);
            List<List<EventEnvelope>> stored = new ArrayList<>(appends.size());
            for (Append append : appends) {
                List<EventEnvelope> envelopes = new ArrayList<>(append.events().size());
                for (EventData event : append.events()) {
                    long position = nextPosition.merge(append.schoolKey(), 1L, Long::sum) - 1;
                    envelopes.add(new EventEnvelope(append.streamId(), append.expectedVersion() + envelopes.size() + 1,
                            position, event));
                }
                stored.add(List.copyOf(envelopes));
            }
            insertNewStreams(connection, appends);
            if (!insertEvents(connection, stored)) {
                return Optional.empty();
            }
            connection.commit();
            committed = true;
            return Optional.of(stored);
        } finally {
            if (!committed) {
                rollbackQuietly(connection);
            }
            restoreAutoCommit(connection, autoCommit);
        }
    }

    /** Advances the counter of each school by its events, in school-key order; returns each school's first position. */
    private static Map<String, Long> takePositions(Connection connection, Dialect dialect, List<Append> appends)
            throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (Append append : appends) {
            counts.merge(append.schoolKey(), (long) append.events().size(), Long::sum);
        }
        Map<String, Long> first = new HashMap<>();
        try (PreparedStatement advance = connection.prepareStatement(dialect.advanceSchoolCounter())) {
            for (Map.Entry<String, Long> school : counts.entrySet()) {
                long last = advance(advance, school.getKey(), school.getValue());
                if (last < 0) {
                    last = addSchool(connection, dialect, school.getKey(), school.getValue());
                }
                if (last < 0) {
                    last = advance(advance, school.getKey(), school.getValue());
                }
                if (last < 0) {
                    throw new JournalException(ErrorCode.INTEGRITY, "the counter of school " + school.getKey()
                            + " (journal_school) can be neither advanced nor created");
                }
                first.put(school.getKey(), last - school.getValue() + 1);
            }
        }
        return first;
    }

    /** Advances a school's counter; returns its new value, or -1 if the school has no row. */
    private static long advance(PreparedStatement advance, String schoolKey, long count) throws SQLException {
        advance.setLong(1, count);
        advance.setString(2, schoolKey);
        try (ResultSet row = advance.executeQuery()) {
            return row.next() ? row.getLong(1) : -1;
        }
    }

    /** Creates a school's counter at the count; returns it, or -1 if another transaction created it first. */
    private static long addSchool(Connection connection, Dialect dialect, String schoolKey, long count)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(dialect.addSchoolCounter())) {
            insert.setString(1, schoolKey);
            insert.setLong(2, count);
            return insert.executeUpdate() == 1 ? count : -1;
        }
    }

    private static void insertNewStreams(Connection connection, List<Append> appends) throws SQLException {
        if (appends.stream().noneMatch(append -> append.expectedVersion() == 0)) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_STREAM)) {
            for (Append append : appends) {
                if (append.expectedVersion() == 0) {
                    insert.setString(1, append.schoolKey());
                    insert.setString(2, append.streamId());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /**
     * Inserts the envelopes: each append's first by a statement that checks its stream holds the
     * sequence before it, the others plainly (the primary key refuses a sequence taken meanwhile);
     * each kind in one JDBC batch. Returns false if a first envelope was not inserted.
     */
    private static boolean insertEvents(Connection connection, List<List<EventEnvelope>> stored) throws SQLException {
        boolean following = false;
        try (PreparedStatement insert = connection.prepareStatement(INSERT_FIRST)) {
            for (List<EventEnvelope> envelopes : stored) {
                EventEnvelope first = envelopes.get(0);
                String schoolKey = first.schoolKey();
                int next = bind(insert, first);
                insert.setString(next, schoolKey);
                insert.setLong(next + 1, first.sequence() - 1);
                insert.setString(next + 2, schoolKey);
                insert.setString(next + 3, first.streamId());
                insert.setLong(next + 4, first.sequence() - 1);
                insert.addBatch();
                following |= envelopes.size() > 1;
            }
            for (int count : insert.executeBatch()) {
                if (count == 0) {
                    return false;
                }
            }
        }
        if (following) {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_FOLLOWING)) {
                for (List<EventEnvelope> envelopes : stored) {
                    for (EventEnvelope envelope : envelopes.subList(1, envelopes.size())) {
                        bind(insert, envelope);
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
        }
        return true;
    }

    /** Sets an envelope's columns and its school key; returns the index of the next parameter. */
    private static int bind(PreparedStatement insert, EventEnvelope envelope) throws SQLException {
        EventData event = envelope.event();
        insert.setLong(1, envelope.position());
        insert.setString(2, envelope.streamId());
        insert.setLong(3, envelope.sequence());
        insert.setObject(4, event.eventId());
        insert.setString(5, event.type());
        insert.setInt(6, event.schemaVersion());
        insert.setBytes(7, event.payload());
        insert.setString(8, event.actor());
        insert.setObject(9, OffsetDateTime.ofInstant(event.recordedAt(), ZoneOffset.UTC));
        insert.setString(10, event.previousHash());
        insert.setString(11, event.hash());
        insert.setString(12, event.hashAlgorithm());
        insert.setString(13, envelope.schoolKey());
        return 14;
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // The connection is broken; the pool discards it, and the transaction died with it.
        }
    }

    private static void restoreAutoCommit(Connection connection, boolean autoCommit) {
        try {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            // The connection is broken; what the transaction did is decided, and the pool discards it.
        }
    }
}
