package org.schooljournal.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.schooljournal.adapter.tck.SampleEvents;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.storage.ConcurrencyConflictException;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;

/**
 * The schema's migrations: a store of version 1 (one store-wide counter) with events and a purged
 * stream opens as version 2 (per-school positions) with every envelope where it was, and positions
 * continue above every one given before; a store opened without migration runs over a schema
 * someone else made, and says which table is missing.
 */
@DisplayName("The JDBC store's schema migrations")
class SchemaMigrationTest {

    private static final String INSERT_V1_EVENT = "INSERT INTO journal_event (global_position, stream_id, school_key,"
            + " sequence, event_id, event_type, schema_version, payload, actor, recorded_at, previous_hash, hash,"
            + " hash_algorithm) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    @DisplayName("a version 1 store with rows migrates: envelopes keep their positions, each school's next"
            + " position is above every position the store gave, keys include the school")
    void migratesAVersionOneStoreWithRows(TestDatabase database) throws SQLException {
        String url = database.freshUrl(directory);
        migrateToVersionOne(database, url);
        List<EventData> journal = SampleEvents.chain(3);
        List<EventData> school = SampleEvents.chain(2);
        try (Connection connection = TestDatabase.connect(url)) {
            insertV1Stream(connection, "school-1/journal", "school-1");
            insertV1Stream(connection, "school-2", "school-2");
            insertV1Event(connection, 1, "school-1/journal", 1, journal.get(0));
            insertV1Event(connection, 2, "school-1/journal", 2, journal.get(1));
            insertV1Event(connection, 3, "school-2", 1, school.get(0));
            insertV1Event(connection, 4, "school-1/journal", 3, journal.get(2));
            insertV1Event(connection, 5, "school-2", 2, school.get(1));
            // positions 6 and 7 belonged to a stream purged before the migration: the counter is past them
            try (PreparedStatement counter = connection.prepareStatement(
                    "UPDATE journal_position SET last_position = 7 WHERE id = 1")) {
                assertThat(counter.executeUpdate()).isEqualTo(1);
            }
        }

        try (EventStore store = TestDatabase.open(url)) {
            List<EventEnvelope> first = store.readSchool("school-1", 1, 100);
            assertThat(first).extracting(EventEnvelope::position).containsExactly(1L, 2L, 4L);
            assertThat(first).extracting(EventEnvelope::event).containsExactlyElementsOf(journal);
            assertThat(store.readSchool("school-2", 1, 100)).extracting(EventEnvelope::position).containsExactly(3L, 5L);
            assertThat(store.version("school-1/journal")).isEqualTo(3);
            assertThat(store.streamIds("")).containsExactly("school-1/journal", "school-2");
            assertThatThrownBy(() -> store.append("school-1/journal", 2, SampleEvents.chain(1)))
                    .isInstanceOf(ConcurrencyConflictException.class);

            List<EventEnvelope> next = store.append("school-1/journal", 3, SampleEvents.chain(1));
            List<EventEnvelope> otherSchool = store.append("school-2/journal", 0, SampleEvents.chain(1));
            List<EventEnvelope> newSchool = store.append("school-3", 0, SampleEvents.chain(2));

            assertThat(next).extracting(EventEnvelope::position).containsExactly(8L);
            assertThat(otherSchool).extracting(EventEnvelope::position).containsExactly(8L);
            assertThat(newSchool).extracting(EventEnvelope::position).containsExactly(1L, 2L);
            assertThat(store.readSchool("school-1", 5, 100)).containsExactlyElementsOf(next);
        }
        try (Connection connection = TestDatabase.connect(url)) {
            assertThat(rows(connection, "SELECT school_key, last_position FROM journal_school ORDER BY school_key"))
                    .containsExactly("school-1 8", "school-2 8", "school-3 2");
            assertThat(tableExists(connection, "journal_position")).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    @DisplayName("opened without migration, the store runs over a schema made beforehand, and runs no migration")
    void runsOverASchemaItDidNotMigrate(TestDatabase database) throws SQLException {
        String url = database.freshUrl(directory);
        try (EventStore made = TestDatabase.open(url)) {
            made.append("school-1/journal", 0, SampleEvents.chain(1));
        }
        try (HikariDataSource host = pool(database, url)) {
            try (EventStore store = JdbcEventStore.of(host, false)) {
                List<EventEnvelope> appended = store.append("school-1/journal", 1, SampleEvents.chain(1));

                assertThat(appended).extracting(EventEnvelope::position).containsExactly(2L);
            }
            try (EventStore store = new JdbcEventStoreProvider().create(Map.of("url", url, "migrate", "false"))) {
                assertThat(store.version("school-1/journal")).isEqualTo(2);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    @DisplayName("opened without migration over an empty schema, the store names the missing table and creates none")
    void withoutMigration_aMissingTableIsNamed(TestDatabase database) throws SQLException {
        String url = database.freshUrl(directory);
        try (HikariDataSource host = pool(database, url)) {
            assertThatThrownBy(() -> JdbcEventStore.of(host, false))
                    .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.STORAGE))
                    .hasMessageContaining("has no table journal_stream")
                    .hasMessageContaining("without migrating");
            try (Connection connection = host.getConnection()) {
                assertThat(tableExists(connection, "journal_stream")).isFalse();
                assertThat(tableExists(connection, "\"" + JdbcEventStore.SCHEMA_HISTORY_TABLE + "\"")).isFalse();
            }
        }
    }

    private static void migrateToVersionOne(TestDatabase database, String url) {
        Flyway.configure(JdbcEventStore.class.getClassLoader())
                .dataSource(url, null, null)
                .locations("classpath:db-migration/" + (database == TestDatabase.H2 ? "h2" : "postgresql"))
                .table(JdbcEventStore.SCHEMA_HISTORY_TABLE)
                .target("1")
                .load()
                .migrate();
    }

    private static void insertV1Stream(Connection connection, String streamId, String schoolKey) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO journal_stream (stream_id, school_key) VALUES (?, ?)")) {
            insert.setString(1, streamId);
            insert.setString(2, schoolKey);
            insert.executeUpdate();
        }
    }

    private static void insertV1Event(Connection connection, long position, String streamId, long sequence,
            EventData event) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_V1_EVENT)) {
            insert.setLong(1, position);
            insert.setString(2, streamId);
            insert.setString(3, streamId.contains("/") ? streamId.substring(0, streamId.indexOf('/')) : streamId);
            insert.setLong(4, sequence);
            insert.setObject(5, event.eventId());
            insert.setString(6, event.type());
            insert.setInt(7, event.schemaVersion());
            insert.setBytes(8, event.payload());
            insert.setString(9, event.actor());
            insert.setObject(10, OffsetDateTime.ofInstant(event.recordedAt(), ZoneOffset.UTC));
            insert.setString(11, event.previousHash());
            insert.setString(12, event.hash());
            insert.setString(13, event.hashAlgorithm());
            insert.executeUpdate();
        }
    }

    private static HikariDataSource pool(TestDatabase database, String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url + (database == TestDatabase.H2 ? ";WRITE_DELAY=0" : ""));
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }

    private static List<String> rows(Connection connection, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(query); ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.add(result.getString(1) + " " + result.getString(2));
            }
        }
        return rows;
    }

    /** Whether the connection's schema has the table (its name as SQL writes it): whether a query of it runs. */
    private static boolean tableExists(Connection connection, String table) {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM " + table + " WHERE 1 = 0");
                ResultSet rows = query.executeQuery()) {
            return !rows.next();
        } catch (SQLException e) {
            return false;
        }
    }
}
