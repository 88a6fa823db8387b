package org.schooljournal.adapter.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.storage.SchoolKey;
import org.schooljournal.spi.storage.SnapshotStore;

/**
 * The store's snapshots of folded streams ({@link SnapshotStore}), one row per stream in
 * {@code journal_snapshot} (migration V3), keyed by the school and the stream: saving replaces the
 * row in one transaction, each call on a connection of its own, committed at once: a delete of the
 * stream's row, then an insert that yields to a racing save — on PostgreSQL {@code INSERT … ON
 * CONFLICT DO NOTHING} without a conflict target, which also runs over partitions on other servers
 * (postgres_fdw cannot infer a target there; docs/distributed.md), on H2 {@code MERGE}. Of two
 * saves racing on one stream, one row stays whole: a snapshot is a cache, and either is a fit one.
 *
 * <p>This class is thread-safe.
 */
final class JdbcSnapshots {

    private static final String INSERT_POSTGRESQL = "INSERT INTO journal_snapshot (school_key, stream_id, version,"
            + " last_hash, format, state, written_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String INSERT_H2 = "MERGE INTO journal_snapshot (school_key, stream_id, version, last_hash,"
            + " format, state, written_at) KEY (school_key, stream_id) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String LOAD = "SELECT version, last_hash, format, state, written_at FROM journal_snapshot"
            + " WHERE school_key = ? AND stream_id = ?";
    private static final String DELETE = "DELETE FROM journal_snapshot WHERE school_key = ? AND stream_id = ?";

    private final DataSource dataSource;
    private final String insert;

    JdbcSnapshots(DataSource dataSource, Dialect dialect) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.insert = dialect == Dialect.H2 ? INSERT_H2 : INSERT_POSTGRESQL;
    }

    /** @see SnapshotStore#saveSnapshot */
    void save(SnapshotStore.Snapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                delete(connection, snapshot.streamId());
                insert(connection, snapshot);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw failure("save the snapshot of stream " + snapshot.streamId(), e);
        }
    }

    private void insert(Connection connection, SnapshotStore.Snapshot snapshot) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            bind(statement, snapshot.streamId());
            statement.setLong(3, snapshot.version());
            statement.setString(4, snapshot.lastHash());
            statement.setInt(5, snapshot.format());
            statement.setBytes(6, snapshot.state());
            statement.setObject(7, OffsetDateTime.ofInstant(snapshot.writtenAt(), ZoneOffset.UTC));
            statement.executeUpdate();
        }
    }

    /** @see SnapshotStore#loadSnapshot */
    Optional<SnapshotStore.Snapshot> load(String streamId) {
        Objects.requireNonNull(streamId, "streamId");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(LOAD)) {
            bind(query, streamId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new SnapshotStore.Snapshot(streamId, row.getLong(1), row.getString(2), row.getInt(3),
                        row.getBytes(4), row.getObject(5, OffsetDateTime.class).toInstant()));
            }
        } catch (SQLException e) {
            throw failure("load the snapshot of stream " + streamId, e);
        }
    }

    /** @see SnapshotStore#deleteSnapshot */
    void delete(String streamId) {
        Objects.requireNonNull(streamId, "streamId");
        try (Connection connection = dataSource.getConnection()) {
            delete(connection, streamId);
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw failure("delete the snapshot of stream " + streamId, e);
        }
    }

    /** Deletes the stream's snapshot in the connection's transaction (a purge's). */
    static void delete(Connection connection, String streamId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(DELETE)) {
            bind(statement, streamId);
            statement.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, String streamId) throws SQLException {
        statement.setString(1, SchoolKey.of(streamId));
        statement.setString(2, streamId);
    }

    private static JournalException failure(String what, SQLException e) {
        return new JournalException(ErrorCode.STORAGE, "the JDBC event store could not " + what + ": "
                + e.getMessage() + " (SQL state " + e.getSQLState() + ")", e);
    }
}
