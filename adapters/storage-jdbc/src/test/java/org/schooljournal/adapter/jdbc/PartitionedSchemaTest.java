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
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.adapter.tck.SampleEvents;
import org.schooljournal.spi.storage.EventStore;

/**
 * Over tables hash-partitioned by school key into four ({@code distributed/partitioned.sql}), the
 * statements the store runs for one stream or one school are planned on that school's partition
 * alone ({@code EXPLAIN} of the store's own statements with the values it bound: partition
 * pruning), and two stores racing on one stream still meet a conflict.
 */
@DisplayName("Over tables hash-partitioned by school, a stream's statements touch one partition and races stay conflicts")
class PartitionedSchemaTest {

    private static final String STREAM = "school-7/journal-5A-math";

    private final StatementRecorder recorder = new StatementRecorder();
    private final List<AutoCloseable> opened = new ArrayList<>();
    private String url;
    private EventStore store;

    @BeforeEach
    void openTheStore() {
        url = DistributedSchema.partitioned();
        store = open(url, recorder);
        for (int school = 1; school <= 8; school++) {
            store.append("school-" + school + "/journal-5A-math", 0, SampleEvents.chain(3));
        }
        recorder.clear();
    }

    @AfterEach
    void closeTheStores() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    @Test
    @DisplayName("a stream's reads, its version and its school's order are planned on the school's partition of journal_event alone")
    void streamReads_touchOnePartition() throws SQLException {
        assertThat(store.read(STREAM, 2, 10)).hasSize(2);
        assertThat(store.version(STREAM)).isEqualTo(3);
        assertThat(store.readSchool("school-7", 1, 10)).hasSize(3);

        try (Connection connection = TestDatabase.connect(url)) {
            var plans = PartitionPlans.requireOnePartition(recorder, connection, partitionOf("school-7"));
            assertThat(plans).anySatisfy(plan -> assertThat(PartitionPlans.partitions(plan.getValue()))
                    .containsKey("journal_event"));
        }
    }

    @Test
    @DisplayName("an append's statements are planned on its school's partitions alone, and its rows go there")
    void append_touchesOnePartition() throws SQLException {
        store.append(STREAM, 3, SampleEvents.chain(2));

        try (Connection connection = TestDatabase.connect(url)) {
            String partition = partitionOf("school-7");
            PartitionPlans.requireOnePartition(recorder, connection, partition);
            for (String table : List.of("journal_event", "journal_stream", "journal_school")) {
                assertThat(partitionsHolding(connection, table, "school-7")).as(table).containsExactly(table + "_" + partition);
            }
        }
    }

    @Test
    @DisplayName("a purge is planned on its school's partitions alone")
    void purge_touchesOnePartition() throws SQLException {
        String partition = partitionOf("school-7");

        assertThat(store.purge(STREAM)).isEqualTo(3);

        try (Connection connection = TestDatabase.connect(url)) {
            PartitionPlans.requireOnePartition(recorder, connection, partition);
        }
    }

    @Test
    @DisplayName("a statement without the school key is planned on all four partitions (the plans are read right)")
    void withoutTheSchoolKey_everyPartitionIsTouched() throws SQLException {
        try (Connection connection = TestDatabase.connect(url);
                PreparedStatement explain = connection.prepareStatement(
                        "EXPLAIN (COSTS OFF) SELECT * FROM journal_event WHERE stream_id = ?")) {
            explain.setString(1, STREAM);
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            assertThat(PartitionPlans.partitions(plan.toString()))
                    .isEqualTo(Map.of("journal_event", Set.of("p0", "p1", "p2", "p3")));
        }
    }

    @Test
    @DisplayName("two stores racing on one stream: each round one append wins and the other is a ConcurrencyConflictException")
    void racingStores_meetAConflict() throws Exception {
        EventStore other = open(url, new StatementRecorder());

        RacingAppends.race(store, other, "school-9/journal-6B-rus", 10);
    }

    /** Returns the suffix of the partition that holds a school's rows of journal_event ({@code p2}). */
    private String partitionOf(String school) throws SQLException {
        try (Connection connection = TestDatabase.connect(url)) {
            List<String> partitions = partitionsHolding(connection, "journal_event", school);
            assertThat(partitions).hasSize(1);
            return partitions.get(0).substring("journal_event_".length());
        }
    }

    private static List<String> partitionsHolding(Connection connection, String table, String school)
            throws SQLException {
        List<String> partitions = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT DISTINCT tableoid::regclass::text FROM " + table + " WHERE school_key = ?")) {
            query.setString(1, school);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    partitions.add(rows.getString(1));
                }
            }
        }
        return partitions;
    }

    /** Opens a store over the schema with its own pool, recording its statements. */
    private EventStore open(String schemaUrl, StatementRecorder statements) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(schemaUrl);
        config.setMaximumPoolSize(4);
        HikariDataSource pool = new HikariDataSource(config);
        opened.add(pool);
        EventStore opening = JdbcEventStore.of(statements.wrap(pool), false);
        opened.add(opening);
        return opening;
    }
}
