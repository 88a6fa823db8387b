package org.schooljournal.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.adapter.tck.SampleEvents;
import org.schooljournal.spi.storage.EventStore;

/**
 * Over tables partitioned by school key across two PostgreSQL servers joined by postgres_fdw
 * ({@code distributed/two-servers-*.sql}), a school whose hash falls on the second server (B) is
 * kept there, its statements are planned on the foreign partition alone, and two stores racing on
 * one of its streams meet a conflict that B's own primary key decides.
 */
@DisplayName("Over two PostgreSQL servers joined by postgres_fdw, a school on the second server is kept there and races stay conflicts")
class TwoServerSchemaTest {

    private final StatementRecorder recorder = new StatementRecorder();
    private final List<AutoCloseable> opened = new ArrayList<>();
    private String url;
    private String remoteSchool;
    private String localSchool;
    private EventStore store;

    @BeforeEach
    void openTheStore() {
        url = DistributedSchema.twoServers();
        remoteSchool = DistributedSchema.schoolInPartition(url, "journal_event", 2, DistributedSchema.REMOTE_REMAINDER);
        localSchool = DistributedSchema.schoolInPartition(url, "journal_event", 2, 1 - DistributedSchema.REMOTE_REMAINDER);
        store = open(recorder);
    }

    @AfterEach
    void closeTheStores() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    @Test
    @DisplayName("a school on server B: its events, stream and counter rows are stored on B, none on A")
    void remoteSchool_isStoredOnTheSecondServer() throws SQLException {
        store.append(remoteSchool + "/journal-5A-math", 0, SampleEvents.chain(3));
        store.append(localSchool + "/journal-5A-math", 0, SampleEvents.chain(2));

        try (Connection b = TestDatabase.connect(DistributedSchema.remoteUrl(url));
                Connection a = TestDatabase.connect(url)) {
            assertThat(count(b, "journal_event", remoteSchool)).isEqualTo(3);
            assertThat(count(b, "journal_stream", remoteSchool)).isEqualTo(1);
            assertThat(count(b, "journal_school", remoteSchool)).isEqualTo(1);
            assertThat(count(a, "journal_event_local", remoteSchool)).isZero();
            assertThat(count(a, "journal_event_local", localSchool)).isEqualTo(2);
            assertThat(count(b, "journal_event", localSchool)).isZero();
        }
        assertThat(store.read(remoteSchool + "/journal-5A-math", 1, 10)).hasSize(3);
    }

    @Test
    @DisplayName("a school on server B: a stream's reads, the school's order and appends are planned on the foreign partition alone")
    void remoteSchool_statementsTouchTheForeignPartitionAlone() throws SQLException {
        String stream = remoteSchool + "/journal-5A-math";
        store.append(stream, 0, SampleEvents.chain(3));
        recorder.clear();

        assertThat(store.read(stream, 1, 10)).hasSize(3);
        assertThat(store.readSchool(remoteSchool, 1, 10)).hasSize(3);
        store.append(stream, 3, SampleEvents.chain(1));

        try (Connection connection = TestDatabase.connect(url)) {
            var plans = PartitionPlans.requireOnePartition(recorder, connection, "remote");
            assertThat(plans).anySatisfy(plan -> assertThat(plan.getValue()).contains("Foreign Scan"));
        }
    }

    @Test
    @DisplayName("a school on server A: a stream's reads and appends are planned on the local partition alone")
    void localSchool_statementsTouchTheLocalPartitionAlone() throws SQLException {
        String stream = localSchool + "/journal-5A-math";
        store.append(stream, 0, SampleEvents.chain(3));
        recorder.clear();

        assertThat(store.read(stream, 1, 10)).hasSize(3);
        store.append(stream, 3, SampleEvents.chain(1));

        try (Connection connection = TestDatabase.connect(url)) {
            var plans = PartitionPlans.requireOnePartition(recorder, connection, "local");
            assertThat(plans).noneSatisfy(plan -> assertThat(plan.getValue()).contains("Foreign Scan"));
        }
    }

    @Test
    @DisplayName("two stores racing on one stream of a school on server B: each round one wins, the other is a ConcurrencyConflictException")
    void racingStores_onTheSecondServer_meetAConflict() throws Exception {
        EventStore other = open(new StatementRecorder());

        RacingAppends.race(store, other, remoteSchool + "/journal-6B-rus", 10);

        try (Connection b = TestDatabase.connect(DistributedSchema.remoteUrl(url))) {
            assertThat(count(b, "journal_event", remoteSchool)).isEqualTo(10);
        }
    }

    private static long count(Connection connection, String table, String school) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COUNT(*) FROM " + table + " WHERE school_key = ?")) {
            query.setString(1, school);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** Opens a store over A's schema with its own pool, recording its statements. */
    private EventStore open(StatementRecorder statements) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(4);
        HikariDataSource pool = new HikariDataSource(config);
        opened.add(pool);
        EventStore opening = JdbcEventStore.of(statements.wrap(pool), false);
        opened.add(opening);
        return opening;
    }
}
