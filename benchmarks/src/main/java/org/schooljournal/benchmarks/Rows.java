package org.schooljournal.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.schooljournal.adapter.jdbc.JdbcEventStore;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.SchoolKey;

/**
 * The plain baselines' rows: the {@code EntryCorrected} envelopes of one cycle of
 * {@link JournalBenchmark}'s corrections, made once in memory, their streams, and the scratch
 * tables they are inserted into — made by the store's own migration scripts of its events (V1
 * and V2) with {@code journal_} renamed {@code bench_} (same columns, keys, checks and foreign key).
 */
final class Rows {

    /** The insert of one row into the scratch table, its parameters as {@link #insert} sets them. */
    static final String INSERT = "INSERT INTO bench_event (school_position, stream_id, sequence,"
            + " event_id, event_type, schema_version, payload, actor, recorded_at, previous_hash, hash,"
            + " hash_algorithm, school_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** The envelopes of one cycle of corrections, in the benchmark's order. */
    final EventEnvelope[] envelopes;
    /** Each envelope's stream, as an index into {@link #streams}. */
    final int[] streamOf;
    /** The streams, in the order of their first envelope. */
    final String[] streams;
    private final String[] schoolKeys;

    private Rows(EventEnvelope[] envelopes, int[] streamOf, String[] streams) {
        this.envelopes = envelopes;
        this.streamOf = streamOf;
        this.streams = streams;
        this.schoolKeys = new String[streams.length];
        for (int s = 0; s < streams.length; s++) {
            schoolKeys[s] = SchoolKey.of(streams[s]);
        }
    }

    /** Runs a cycle of {@link JournalBenchmark}'s corrections in memory and keeps their envelopes. */
    static Rows ofCycle() {
        BenchJournals template = BenchJournals.setUp(1, true, 1);
        EventEnvelope[] envelopes = new EventEnvelope[JournalBenchmark.CYCLE];
        Map<String, Integer> indexOf = new LinkedHashMap<>();
        int[] streamOf = new int[JournalBenchmark.CYCLE];
        try (JournalEngine engine = JournalEngine.builder().eventStore(template.store)
                .clock(Clock.fixed(BenchJournals.at(BenchJournals.MONDAY, LocalTime.NOON), ZoneOffset.UTC)).build()) {
            for (int i = 0; i < JournalBenchmark.CYCLE; i++) {
                List<EventEnvelope> appended = engine.execute(BenchJournals.teacher(i % BenchJournals.CLASSES),
                        JournalBenchmark.correction(i)).appended();
                if (appended.size() != 1) {
                    throw new IllegalStateException("expected one event, the correction appended " + appended.size());
                }
                envelopes[i] = appended.get(0);
                streamOf[i] = indexOf.computeIfAbsent(envelopes[i].streamId(), s -> indexOf.size());
            }
        } finally {
            template.engine.close();
        }
        return new Rows(envelopes, streamOf, indexOf.keySet().toArray(String[]::new));
    }

    /** Makes the scratch tables in the connection's database and registers the streams in them. */
    void createTables(Connection connection) throws SQLException {
        boolean h2 = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
        try (Statement statement = connection.createStatement()) {
            for (String sql : scratchTables(h2)) {
                statement.execute(sql);
            }
        }
        requireSameColumns(connection, h2);
        try (PreparedStatement stream = connection.prepareStatement(
                "INSERT INTO bench_stream (stream_id, school_key) VALUES (?, ?)")) {
            for (int s = 0; s < streams.length; s++) {
                stream.setString(1, streams[s]);
                stream.setString(2, schoolKeys[s]);
                stream.executeUpdate();
            }
        }
    }

    /**
     * Inserts envelope {@code i} as one row, by a JDBC batch of that row; the caller commits.
     *
     * @return the batch's update counts
     */
    int[] insert(PreparedStatement insert, int i, long sequence, long position, UUID eventId) throws SQLException {
        int s = streamOf[i];
        EventData event = envelopes[i].event();
        insert.setLong(1, position);
        insert.setString(2, streams[s]);
        insert.setLong(3, sequence);
        insert.setObject(4, eventId);
        insert.setString(5, event.type());
        insert.setInt(6, event.schemaVersion());
        insert.setBytes(7, event.payload());
        insert.setString(8, event.actor());
        insert.setObject(9, OffsetDateTime.ofInstant(event.recordedAt(), ZoneOffset.UTC));
        insert.setString(10, event.previousHash());
        insert.setString(11, event.hash());
        insert.setString(12, event.hashAlgorithm());
        insert.setString(13, schoolKeys[s]);
        insert.addBatch();
        return insert.executeBatch();
    }

    /**
     * The statements of the store's migration scripts of its events for this database, its tables,
     * keys and constraints renamed from {@code journal_} to {@code bench_}.
     */
    private static List<String> scratchTables(boolean h2) {
        List<String> statements = new ArrayList<>();
        for (String migration : List.of("V1__event_store.sql", "V2__per_school_positions.sql")) {
            statements.addAll(scratchTables(h2, migration));
        }
        return statements;
    }

    private static List<String> scratchTables(boolean h2, String migration) {
        String resource = "db-migration/" + (h2 ? "h2" : "postgresql") + "/" + migration;
        String script;
        try (InputStream in = JdbcEventStore.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("storage-jdbc has no " + resource);
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder code = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("--")) {
                code.append(line).append('\n');
            }
        }
        List<String> statements = new ArrayList<>();
        for (String statement : code.toString().replace("journal_", "bench_").split(";")) {
            if (!statement.isBlank()) {
                statements.add(statement.strip());
            }
        }
        return statements;
    }

    /** Checks that the scratch table has journal_event's columns, names and types, in order. */
    private static void requireSameColumns(Connection connection, boolean h2) throws SQLException {
        List<String> journal = columns(connection, h2 ? "JOURNAL_EVENT" : "journal_event");
        List<String> bench = columns(connection, h2 ? "BENCH_EVENT" : "bench_event");
        if (journal.isEmpty() || !journal.equals(bench)) {
            throw new IllegalStateException("the scratch table's columns " + bench + " are not journal_event's "
                    + journal + "; has the store's schema moved past its V2 migration?");
        }
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        List<String> columns = new ArrayList<>();
        try (ResultSet rows = metaData.getColumns(connection.getCatalog(), connection.getSchema(), table, null)) {
            while (rows.next()) {
                columns.add(rows.getString("COLUMN_NAME") + " " + rows.getString("TYPE_NAME") + "("
                        + rows.getInt("COLUMN_SIZE") + ")");
            }
        }
        return columns;
    }
}
