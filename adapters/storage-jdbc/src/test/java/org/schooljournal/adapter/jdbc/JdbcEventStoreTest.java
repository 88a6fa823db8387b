package org.schooljournal.adapter.jdbc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
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
import org.schooljournal.spi.storage.SchoolKey;

/**
 * What the JDBC store does beyond the contract kit, on H2 and PostgreSQL alike: the database itself
 * enforces the expected version; racing repeats and racing appends at one version; the school key;
 * what it refuses to store because it could not return it exactly; reopening, sharing a schema,
 * and a data source it does not own.
 */
@DisplayName("JdbcEventStore")
class JdbcEventStoreTest {

    private static final int RACERS = 6;
    private static final int RACES = 15;
    private static final long WAIT_SECONDS = 120;

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    @DisplayName("the database refuses a second event at a sequence, whatever the store checked before")
    void theDatabaseEnforcesTheExpectedVersion(TestDatabase database) throws SQLException {
        String url = database.freshUrl(directory);
        try (EventStore store = TestDatabase.open(url)) {
            store.append("school-1/journal", 0, SampleEvents.chain(2));
        }

        try (Connection connection = TestDatabase.connect(url);
                PreparedStatement insert = connection.prepareStatement("INSERT INTO journal_event (school_position,"
                        + " stream_id, school_key, sequence, event_id, event_type, schema_version, payload, actor,"
                        + " recorded_at, previous_hash, hash, hash_algorithm)"
                        + " VALUES (100, 'school-1/journal', 'school-1', 2, ?, 'X', 1, ?, 'a', ?, '', '00', 'SHA-256')")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setBytes(2, new byte[] {1});
            insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));

            SQLException refused = catchThrowableOfType(SQLException.class, insert::executeUpdate);

            assertThat((Throwable) refused).as("a second row at (school-1/journal, 2)").isNotNull();
            assertThat(refused.getSQLState()).isEqualTo("23505");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    @DisplayName("appends racing at one version of a stream: one wins, each other is a conflict naming the winner's version")
    void racingAppendsAtOneVersion_oneWins(TestDatabase database) throws Exception {
        try (EventStore store = TestDatabase.open(database.freshUrl(directory))) {
            for (int race = 0; race < RACES; race++) {
                String stream = "school-1/journal-" + race;
                long version = race % 2;
                if (version > 0) {
                    store.append(stream, 0, SampleEvents.chain(1));
                }
                List<Callable<Object>> racers = new ArrayList<>();
                for (int r = 0; r < RACERS; r++) {
                    List<EventData> batch = SampleEvents.chain(1 + r % 3);
                    racers.add(() -> {
                        try {
                            return store.append(stream, version, batch);
                        } catch (ConcurrencyConflictException conflict) {
                            return conflict;
                        }
                    });
                }

                List<Object> outcomes = runTogether(racers);

                List<EventEnvelope> stored = store.read(stream, 1, 100);
                List<Object> winners = outcomes.stream().filter(List.class::isInstance).toList();
                assertThat(winners).as("race %d: winners", race).hasSize(1);
                assertThat(winners.get(0)).as("race %d: the winner's envelopes", race)
                        .isEqualTo(stored.subList((int) version, stored.size()));
                assertThat(outcomes).as("race %d: losers", race)
                        .filteredOn(ConcurrencyConflictException.class::isInstance).hasSize(RACERS - 1)
                        .allSatisfy(conflict -> assertThat(((ConcurrencyConflictException) conflict).actualVersion())
                                .isEqualTo(stored.size()));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    @DisplayName("repeats of one append racing each other all return the stored envelopes, stored once")
    void racingRepeatsOfOneAppend_storeItOnce(TestDatabase database) throws Exception {
        try (EventStore store = TestDatabase.open(database.freshUrl(directory))) {
            for (int race = 0; race < RACES; race++) {
                String stream = "school-1/journal-" + race;
                List<EventData> batch = SampleEvents.chain(1 + race % 3);
                List<Callable<Object>> racers = new ArrayList<>();
                for (int r = 0; r < RACERS; r++) {
                    racers.add(() -> store.append(stream, 0, batch));
                }

                List<Object> outcomes = runTogether(racers);

                List<EventEnvelope> stored = store.read(stream, 1, 100);
                assertThat(stored).as("race %d", race).extracting(EventEnvelope::event).containsExactlyElementsOf(batch);
                assertThat(outcomes).as("race %d", race).allSatisfy(outcome -> assertThat(outcome).isEqualTo(stored));
            }
            assertThat(store.readSchool("school-1", 1, 10_000)).extracting(EventEnvelope::position).isSorted()
                    .doesNotHaveDuplicates();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    @DisplayName("writers contending for a few streams, with appends rolled back after taking positions, keep the"
            + " school's order whole (H2 2.4 once lost counter updates here)")
    void contendedAppendsWithRollbacks_keepTheGlobalOrderWhole(TestDatabase database) throws Exception {
        int streams = 3;
        int appendsPerWriter = 100;
        try (EventStore store = TestDatabase.open(database.freshUrl(directory))) {
            List<Callable<Object>> writers = new ArrayList<>();
            for (int w = 0; w < RACERS; w++) {
                int writer = w;
                writers.add(() -> {
                    for (int i = 0; i < appendsPerWriter; i++) {
                        String stream = "school-1/journal-" + (writer + i) % streams;
                        EventData event = SampleEvents.chain(1).get(0);
                        while (true) {
                            try {
                                store.append(stream, store.version(stream), List.of(event));
                                break;
                            } catch (ConcurrencyConflictException lostTheRace) {
                                // read the new version and try again
                            }
                        }
                    }
                    return null;
                });
            }

            runTogether(writers);

            List<EventEnvelope> all = store.readSchool("school-1", 1, 10_000);
            assertThat(all).extracting(EventEnvelope::position)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, RACERS * appendsPerWriter).boxed().toList());
        }
    }

    @Test
    @DisplayName("the school key is the stream id up to its first '/', or the whole id without one")
    void schoolKeyIsTheStreamIdUpToItsFirstSlash() {
        assertThat(SchoolKey.of("school-42/journal-5A-math")).isEqualTo("school-42");
        assertThat(SchoolKey.of("school-42/journal/2026")).isEqualTo("school-42");
        assertThat(SchoolKey.of("school-42")).isEqualTo("school-42");
        assertThat(SchoolKey.of("/odd")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    @DisplayName("each stream and each event is stored with its school key, the shard key of a distributed database")
    void storesTheSchoolKey(TestDatabase database) throws SQLException {
        String url = database.freshUrl(directory);
        try (EventStore store = TestDatabase.open(url)) {
            store.append("school-42/journal-5A-math", 0, SampleEvents.chain(2));
            store.append("school-42", 0, SampleEvents.chain(1));
            store.append("other", 0, SampleEvents.chain(1));
        }

        try (Connection connection = TestDatabase.connect(url); Statement statement = connection.createStatement()) {
            assertThat(strings(statement, "SELECT stream_id || ' ' || school_key FROM journal_stream ORDER BY stream_id"))
                    .containsExactly("other other", "school-42 school-42", "school-42/journal-5A-math school-42");
            assertThat(strings(statement, "SELECT DISTINCT school_key FROM journal_event ORDER BY school_key"))
                    .containsExactly("other", "school-42");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    @DisplayName("what a database would change or refuse is refused up front, naming it, and nothing is stored")
    void refusesWhatItCouldNotReturnExactly(TestDatabase database) {
        try (EventStore store = TestDatabase.open(database.freshUrl(directory))) {
            List<EventData> stored = store.append("school-1/journal", 0, SampleEvents.chain(2)).stream()
                    .map(EventEnvelope::event).toList();
            EventData event = SampleEvents.event();

            assertRefused(store, "school-1/journal", List.of(withActor(event, "teacher\u0000")), "actor", "NUL");
            assertRefused(store, "school-1/journal", List.of(withType(event, "Mark\uD800")), "type", "surrogate");
            assertRefused(store, "school-1/journal", List.of(withRecordedAt(event,
                    Instant.parse("2026-10-23T03:55:07.123456789Z"))), "recordedAt", "microsecond");
            assertRefused(store, "school-1/journal", List.of(event, event), "events[0] and events[1]",
                    event.eventId().toString());
            assertRefused(store, "s".repeat(JdbcEventStore.MAX_STREAM_ID_LENGTH + 1), List.of(event), "streamId", "500");
            assertRefused(store, "school-1/journal", List.of(stored.get(0)), stored.get(0).eventId().toString(),
                    "sequence 1");

            assertThat(store.readSchool("school-1", 1, 100)).extracting(EventEnvelope::event).containsExactlyElementsOf(stored);
            assertThat(store.streamIds("")).containsExactly("school-1/journal");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    @DisplayName("text with letters outside the Basic Multilingual Plane and a longest stream id come back exactly")
    void keepsTextOutsideTheBasicPlaneAndTheLongestStreamId(TestDatabase database) {
        String stream = "school-1/" + "ж".repeat(JdbcEventStore.MAX_STREAM_ID_LENGTH - 9);
        EventData event = withActor(SampleEvents.event(), "Учитель 𝔸𝕓 😀");
        try (EventStore store = TestDatabase.open(database.freshUrl(directory))) {
            store.append(stream, 0, List.of(event));

            assertThat(store.read(stream, 1, 1)).extracting(EventEnvelope::event).containsExactly(event);
            assertThat(store.streamIds("school-1/")).containsExactly(stream);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    @DisplayName("a reopened store holds every event and continues each school's order after them")
    void reopenedStoreContinues(TestDatabase database) {
        String url = database.freshUrl(directory);
        List<EventEnvelope> before;
        try (EventStore store = TestDatabase.open(url)) {
            store.append("school-1/journal", 0, SampleEvents.chain(3));
            store.append("school-2/journal", 0, SampleEvents.chain(2));
            before = store.readSchool("school-1", 1, 100);
        }

        try (EventStore store = TestDatabase.open(url)) {
            List<EventEnvelope> appended = store.append("school-1/journal", 3, SampleEvents.chain(1));

            assertThat(store.readSchool("school-1", 1, 100)).startsWith(before.toArray(EventEnvelope[]::new)).hasSize(4);
            assertThat(store.readSchool("school-2", 1, 100)).hasSize(2);
            assertThat(appended.get(0).position()).isGreaterThan(before.get(2).position());
            assertThat(appended.get(0).sequence()).isEqualTo(4);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    @DisplayName("the store shares a schema with a host's tables and Flyway history, in a history table of its own")
    void sharesASchemaWithTheHost(TestDatabase database) throws SQLException {
        String url = database.freshUrl(directory);
        try (Connection connection = TestDatabase.connect(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE pupil (id INTEGER PRIMARY KEY, name VARCHAR(100))");
            statement.execute("CREATE TABLE flyway_schema_history (installed_rank INTEGER PRIMARY KEY)");
            statement.execute("INSERT INTO pupil VALUES (1, 'Ёлкина')");
        }

        try (EventStore store = TestDatabase.open(url)) {
            store.append("school-1/journal", 0, SampleEvents.chain(1));
        }

        try (Connection connection = TestDatabase.connect(url); Statement statement = connection.createStatement()) {
            assertThat(strings(statement, "SELECT name FROM pupil")).containsExactly("Ёлкина");
            assertThat(strings(statement, "SELECT COUNT(*) FROM flyway_schema_history")).containsExactly("0");
            assertThat(strings(statement, "SELECT \"version\" FROM \"" + JdbcEventStore.SCHEMA_HISTORY_TABLE
                    + "\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")).containsExactly("0", "1", "2", "3");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    @DisplayName("a store on a data source the caller keeps leaves it open when closed")
    void leavesAGivenDataSourceOpen(TestDatabase database) throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.freshUrl(directory) + (database == TestDatabase.H2 ? ";WRITE_DELAY=0" : ""));
        config.setMaximumPoolSize(2);
        try (HikariDataSource host = new HikariDataSource(config)) {
            EventStore store = JdbcEventStore.of(host);
            store.append("school-1/journal", 0, SampleEvents.chain(1));

            store.close();

            assertThat(host.isClosed()).isFalse();
            try (Connection connection = host.getConnection(); Statement statement = connection.createStatement()) {
                assertThat(strings(statement, "SELECT COUNT(*) FROM journal_event")).containsExactly("1");
            }
            assertThatThrownBy(() -> store.readSchool("school-1", 1, 1)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    @DisplayName("an H2 data source that delays its writes is refused, naming WRITE_DELAY")
    void refusesAnH2DataSourceThatDelaysWrites() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + directory.resolve("delayed"));
        try (HikariDataSource host = new HikariDataSource(config)) {
            JournalException error = catchThrowableOfType(JournalException.class, () -> JdbcEventStore.of(host));

            assertThat(error).isNotNull();
            assertThat(error.code()).isEqualTo(ErrorCode.CONFIGURATION);
            assertThat(error.getMessage()).contains("WRITE_DELAY=0");
        }
    }

    @Test
    @DisplayName("PostgreSQL runs the tests durably: fsync and synchronous commits on")
    void postgresRunsDurably() {
        PostgresServer server = PostgresServer.shared();

        assertThat(server.setting("fsync")).isEqualTo("on");
        assertThat(server.setting("synchronous_commit")).isEqualTo("on");
        assertThat(server.setting("full_page_writes")).isEqualTo("on");
    }

    private static void assertRefused(EventStore store, String stream, List<EventData> events, String... named) {
        long version = store.version(stream);
        IllegalArgumentException refused = catchThrowableOfType(IllegalArgumentException.class,
                () -> store.append(stream, version, events));
        assertThat(refused).as("refused: %s", List.of(named)).isNotNull();
        assertThat(refused.getMessage()).contains(named);
    }

    private static EventData withActor(EventData e, String actor) {
        return new EventData(e.eventId(), e.type(), e.schemaVersion(), e.payload(), actor, e.recordedAt(),
                e.previousHash(), e.hash(), e.hashAlgorithm());
    }

    private static EventData withType(EventData e, String type) {
        return new EventData(e.eventId(), type, e.schemaVersion(), e.payload(), e.actor(), e.recordedAt(),
                e.previousHash(), e.hash(), e.hashAlgorithm());
    }

    private static EventData withRecordedAt(EventData e, Instant recordedAt) {
        return new EventData(e.eventId(), e.type(), e.schemaVersion(), "x".getBytes(UTF_8), e.actor(), recordedAt,
                e.previousHash(), e.hash(), e.hashAlgorithm());
    }

    private static List<String> strings(Statement statement, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** Runs the tasks on threads of their own, started together; returns their results in order. */
    private static List<Object> runTogether(List<Callable<Object>> tasks) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch ready = new CountDownLatch(tasks.size());
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> running = new ArrayList<>();
            for (Callable<Object> task : tasks) {
                running.add(threads.submit(() -> {
                    ready.countDown();
                    start.await();
                    return task.call();
                }));
            }
            assertThat(ready.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("all threads started").isTrue();
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> task : running) {
                try {
                    results.add(task.get(WAIT_SECONDS, TimeUnit.SECONDS));
                } catch (ExecutionException failed) {
                    throw new AssertionError("a thread failed: " + failed.getCause(), failed.getCause());
                }
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
