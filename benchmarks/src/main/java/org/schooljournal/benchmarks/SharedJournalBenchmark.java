package org.schooljournal.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.journal.CorrectEntry;

/**
 * {@link JournalBenchmark}'s mark corrections by {@value #WRITERS} teachers at once through one
 * engine on one JDBC store — the way a server runs, so that the store's group commit can put the
 * appends that arrive together into one transaction (issue 13: "a journal command on PostgreSQL
 * ≥ 1.0× a plain single-row JDBC insert under the same 8 concurrent writers").
 *
 * <p>Writer {@code w} (of {@value #WRITERS}, one per JMH thread) owns the journals of the classes
 * {@code c} with {@code c % WRITERS == w} and runs {@link JournalBenchmark}'s cycle of corrections
 * restricted to them, in its order: the writers never write to the same journal, as teachers of
 * different classes do not, and every command appends exactly one event.
 *
 * <p>Baseline, in the same run, on the same database: {@link #plainInserts}, {@value #WRITERS}
 * threads each with a plain JDBC connection of its own inserting the same rows ({@link Rows}) into
 * one scratch table, one row per transaction, each thread into its own classes' streams, the school
 * positions drawn from one shared counter.
 *
 * <p>Every iteration starts on a fresh store (a new schema on PostgreSQL, a new file on H2) holding
 * a copy of the school, read once by a new engine; its tear-down checks that the commands appended
 * as many events as they were (and the inserts stored as many rows).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Threads(SharedJournalBenchmark.WRITERS)
public class SharedJournalBenchmark {

    /** The concurrent writers. */
    static final int WRITERS = 8;

    /** One engine on a fresh store, shared by the writers. */
    @State(Scope.Benchmark)
    public static class Engine {

        /** The store: {@code h2} or {@code postgresql}. */
        @Param({"postgresql", "h2"})
        public String store;

        BenchStores stores;
        BenchJournals template;
        BenchStores.Fresh fresh;
        JournalEngine engine;
        final LongAdder executed = new LongAdder();
        final AtomicInteger writers = new AtomicInteger();
        private long startEnvelopes;

        /** Sets the school up in memory and starts the database. */
        @Setup(Level.Trial)
        public void setUp() {
            template = BenchJournals.setUp(1, true, 1);
            stores = BenchStores.start(store);
            System.out.printf("%n[set-up] %s; %d writers share one engine%n", stores.describe(), WRITERS);
        }

        /** Copies the school into a fresh store and opens the engine on it. */
        @Setup(Level.Iteration)
        public void open() {
            fresh = stores.open(WRITERS);
            engine = JournalBenchmark.openOn(template, fresh.store());
            startEnvelopes = JournalBenchmark.journalEnvelopes(fresh.store());
            executed.reset();
        }

        /** Checks that every command appended exactly one event; closes the engine and the store. */
        @TearDown(Level.Iteration)
        public void check() {
            JournalBenchmark.checkAndClose(engine, fresh.store(), startEnvelopes, executed.sum());
        }

        /** Stops the database. */
        @TearDown(Level.Trial)
        public void stop() {
            template.engine.close();
            stores.close();
        }
    }

    /** One teacher's part of the cycle: the corrections in its classes' journals. */
    @State(Scope.Thread)
    public static class Writer {

        int[] mine;
        int next;

        /** Takes the next writer's classes. */
        @Setup(Level.Trial)
        public void setUp(Engine engine) {
            mine = ownCycle(engine.writers.getAndIncrement() % WRITERS);
        }

        /** Starts the cycle again: the fresh store holds every mark at «4». */
        @Setup(Level.Iteration)
        public void restart() {
            next = 0;
        }
    }

    /** The scratch tables in a fresh database, shared by the plain writers. */
    @State(Scope.Benchmark)
    public static class Tables {

        /** The store: {@code h2} or {@code postgresql}. */
        @Param({"postgresql", "h2"})
        public String store;

        BenchStores stores;
        Rows rows;
        BenchStores.Fresh fresh;
        final AtomicLong positions = new AtomicLong();
        final AtomicInteger writers = new AtomicInteger();

        /** Makes the rows and starts the database. */
        @Setup(Level.Trial)
        public void setUp() {
            rows = Rows.ofCycle();
            stores = BenchStores.start(store);
            System.out.printf("%n[set-up] %s; %d plain writers%n", stores.describe(), WRITERS);
        }

        /** Opens a fresh database and makes the scratch tables in it. */
        @Setup(Level.Iteration)
        public void open() throws SQLException {
            fresh = stores.open(2);
            try (Connection connection = fresh.plain().orElseThrow().connect()) {
                rows.createTables(connection);
            }
            positions.set(0);
        }

        /** Checks that every insert stored one row; closes the store. */
        @TearDown(Level.Iteration)
        public void check() throws SQLException {
            try (Connection connection = fresh.plain().orElseThrow().connect();
                    var count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM bench_event")) {
                count.next();
                if (count.getLong(1) != positions.get()) {
                    throw new IllegalStateException(positions.get() + " inserts stored " + count.getLong(1) + " rows");
                }
                System.out.printf("[tear-down] %d inserts, %d rows stored%n", positions.get(), count.getLong(1));
            } finally {
                fresh.store().close();
            }
        }

        /** Stops the database. */
        @TearDown(Level.Trial)
        public void stop() {
            stores.close();
        }
    }

    /** One plain writer: a connection of its own, its classes' rows and their streams' versions. */
    @State(Scope.Thread)
    public static class PlainWriter {

        int[] mine;
        int next;
        long[] versions;
        Connection connection;
        PreparedStatement insert;
        private final long idBits = UUID.randomUUID().getMostSignificantBits();

        /** Takes the next writer's classes. */
        @Setup(Level.Trial)
        public void setUp(Tables tables) {
            mine = ownCycle(tables.writers.getAndIncrement() % WRITERS);
        }

        /**
         * Connects to the iteration's fresh database, at the iteration's first insert: JMH does not
         * order the iterations' set-ups of {@link Tables} and of the threads' states.
         */
        void open(Tables tables) throws SQLException {
            next = 0;
            versions = new long[tables.rows.streams.length];
            connection = tables.fresh.plain().orElseThrow().connect();
            connection.setAutoCommit(false);
            insert = connection.prepareStatement(Rows.INSERT);
        }

        /** Closes the connection. */
        @TearDown(Level.Iteration)
        public void close() throws SQLException {
            connection.close();
            connection = null;
        }
    }

    /** The engine: a teacher corrects a mark of its classes to «5», or back to «4», with a reason. */
    @Benchmark
    public void markCorrections(Engine engine, Writer writer, Blackhole bh) {
        int i = writer.mine[writer.next++ % writer.mine.length];
        CorrectEntry command = JournalBenchmark.correction(i);
        bh.consume(engine.engine.execute(BenchJournals.teacher(i % BenchJournals.CLASSES), command));
        engine.executed.increment();
    }

    /** Baseline: the same row inserted plainly, one per transaction, by each of the writers. */
    @Benchmark
    public void plainInserts(Tables tables, PlainWriter writer, Blackhole bh) throws SQLException {
        if (writer.connection == null) {
            writer.open(tables);
        }
        int i = writer.mine[writer.next++ % writer.mine.length];
        long sequence = ++writer.versions[tables.rows.streamOf[i]];
        long position = tables.positions.incrementAndGet();
        bh.consume(tables.rows.insert(writer.insert, i, sequence, position, new UUID(writer.idBits, position)));
        writer.connection.commit();
    }

    /** The indexes, into {@link JournalBenchmark}'s cycle, of the corrections in writer {@code w}'s classes. */
    static int[] ownCycle(int w) {
        return IntStream.range(0, JournalBenchmark.CYCLE).filter(i -> i % BenchJournals.CLASSES % WRITERS == w).toArray();
    }
}
