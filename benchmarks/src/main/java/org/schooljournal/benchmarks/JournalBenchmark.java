package org.schooljournal.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.journal.CorrectEntry;
import org.schooljournal.core.journal.EntryRef;
import org.schooljournal.core.journal.JournalEntry;
import org.schooljournal.core.journal.Mark;
import org.schooljournal.core.school.Schools;
import org.schooljournal.spi.storage.EventStore;

/**
 * Journal commands per second through {@code JournalEngine.execute(Actor, JournalCommand)} — the
 * full path: Hibernate Validator, the school's and the journal's state caught up from the store,
 * the access and lock checks (ACC-2, MRK-9), the decision, Jackson, SHA-256, the append, the fold
 * — on three stores ({@code store}): in memory, the JDBC store on an H2 file, and the JDBC store
 * on PostgreSQL (fsync and synchronous_commit on). See {@link BenchStores}.
 *
 * <p>The command is a mark correction: the class's Russian teacher corrects a student's «4» to
 * «5» with a reason, and later back to «4» ({@code CorrectEntry}, MRK-10). It walks the
 * {@value BenchJournals#STUDENTS_PER_SCHOOL} marks of one school of {@link BenchJournals} (one
 * per student in the Monday lesson, in {@value BenchJournals#CLASSES} journals) class by class,
 * so consecutive commands go to different journals and each mark is corrected once every
 * {@value BenchJournals#STUDENTS_PER_SCHOOL} commands, alternately to «5» and back to «4». It is a
 * journal append with the whole path of a new mark (a {@code RecordMark} cannot repeat: a second
 * mark for the same work is refused) and appends exactly one {@code EntryCorrected} event; the
 * entry's history grows by one revision, so every iteration starts from a fresh copy of the
 * school (below), which keeps histories short.
 *
 * <p>Baseline, in the same run, on the same database: {@link #plainInsert}, the same rows
 * inserted plainly — for a JDBC store, one row per operation in its own transaction (a JDBC batch
 * of the row, then commit), as the store commits each append, over one connection of its own
 * with the store's URL, so with the same durability; into scratch tables made by the store's own
 * migration scripts of its events (V1 and V2) with {@code journal_} renamed {@code bench_} (same columns, keys, checks and
 * foreign key), with real {@code EntryCorrected} envelopes of this benchmark's commands; a fresh
 * event id and the next sequence and position per row. For the in-memory store, the
 * baseline is the store alone: {@code InMemoryEventStore.append} of the same envelopes.
 *
 * <p>Every iteration starts on a fresh, empty store (a new schema on PostgreSQL, a new file on
 * H2) into which the set-up copies the school — one append per stream — then opens a new engine
 * on it and reads the school and its journals once, as a running application has them cached;
 * the tear-down checks that every command appended exactly one event (and every insert one row).
 * Set-ups are not measured. The engine's clock stands at the Monday 12:00, within quarter 1.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class JournalBenchmark {

    /** The school measured, in the template. */
    static final String SCHOOL = BenchJournals.schoolId(0);
    /** The reason of every correction. */
    static final String REASON = "исправление ошибки в отметке";
    /** The commands of one cycle: each mark to «5», then each back to «4». */
    static final int CYCLE = 2 * BenchJournals.STUDENTS_PER_SCHOOL;
    /** The connections of a JDBC store's pool: the benchmark runs in one thread. */
    static final int POOL_SIZE = 2;

    /** The engine on a fresh store holding the school, and the corrections in the order they run. */
    @State(Scope.Thread)
    public static class Engine {

        /** The store: {@code memory}, {@code h2} or {@code postgresql}. */
        @Param({"memory", "h2", "postgresql"})
        public String store;

        BenchStores stores;
        BenchJournals template;
        CorrectEntry[] commands;
        Actor[] actors;
        BenchStores.Fresh fresh;
        JournalEngine engine;
        long executed;
        private long startEnvelopes;

        /** Starts the database, sets the school up in memory and builds the commands of a cycle. */
        @Setup(Level.Trial)
        public void setUp() {
            template = BenchJournals.setUp(1, true, 1);
            stores = BenchStores.start(store);
            commands = new CorrectEntry[CYCLE];
            actors = new Actor[CYCLE];
            for (int i = 0; i < CYCLE; i++) {
                commands[i] = correction(i);
                actors[i] = BenchJournals.teacher(i % BenchJournals.CLASSES);
            }
            System.out.printf("%n[set-up] %s; one school: %d students, %d marks in %d journals, %d envelopes%n",
                    stores.describe(), BenchJournals.STUDENTS_PER_SCHOOL, BenchJournals.STUDENTS_PER_SCHOOL,
                    BenchJournals.CLASSES, template.envelopes());
        }

        /** Copies the school into a fresh store and opens an engine on it. */
        @Setup(Level.Iteration)
        public void open() {
            fresh = stores.open(POOL_SIZE);
            engine = openOn(template, fresh.store());
            startEnvelopes = journalEnvelopes(fresh.store());
            executed = 0;
        }

        /** Checks that every command appended exactly one event; closes the engine and the store. */
        @TearDown(Level.Iteration)
        public void check() {
            checkAndClose(engine, fresh.store(), startEnvelopes, executed);
        }

        /** Stops the database. */
        @TearDown(Level.Trial)
        public void stop() {
            template.engine.close();
            stores.close();
        }
    }

    /** A fresh database with the scratch tables, and the rows to insert. */
    @State(Scope.Thread)
    public static class Plain {

        /** The store: {@code memory}, {@code h2} or {@code postgresql}. */
        @Param({"memory", "h2", "postgresql"})
        public String store;

        BenchStores stores;
        /** One cycle of corrections, in the benchmark's order. */
        Rows rows;
        BenchStores.Fresh fresh;
        Connection connection;
        PreparedStatement insert;
        long[] versions;
        long inserted;
        private final long idBits = UUID.randomUUID().getMostSignificantBits();

        /** Starts the database and makes the rows: a cycle of the benchmark's corrections, in memory. */
        @Setup(Level.Trial)
        public void setUp() {
            rows = Rows.ofCycle();
            stores = BenchStores.start(store);
            System.out.printf("%n[set-up] %s; rows: %s envelopes in %d streams, %d bytes of payload%n",
                    stores.describe(), rows.envelopes[0].event().type(), rows.streams.length,
                    rows.envelopes[0].event().payloadLength());
        }

        /** Opens a fresh database and makes the scratch tables in it. */
        @Setup(Level.Iteration)
        public void open() throws SQLException {
            fresh = stores.open(POOL_SIZE);
            versions = new long[rows.streams.length];
            inserted = 0;
            if (fresh.plain().isEmpty()) {
                return;
            }
            connection = fresh.plain().orElseThrow().connect();
            rows.createTables(connection);
            connection.setAutoCommit(false);
            insert = connection.prepareStatement(Rows.INSERT);
        }

        /** Checks that every insert stored one row; closes the connection and the store. */
        @TearDown(Level.Iteration)
        public void check() throws SQLException {
            try {
                long stored;
                if (connection == null) {
                    EventStore memory = fresh.store();
                    stored = memory.streamIds("").stream().mapToLong(memory::version).sum();
                } else {
                    try (Statement statement = connection.createStatement();
                            ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM bench_event")) {
                        count.next();
                        stored = count.getLong(1);
                    }
                }
                if (stored != inserted) {
                    throw new IllegalStateException(inserted + " inserts stored " + stored + " rows");
                }
                System.out.printf("[tear-down] %d inserts, %d rows stored%n", inserted, stored);
            } finally {
                if (connection != null) {
                    connection.close();
                    connection = null;
                }
                fresh.store().close();
            }
        }

        /** Stops the database. */
        @TearDown(Level.Trial)
        public void stop() {
            stores.close();
        }
    }

    /** The engine: the class's teacher corrects a mark to «5», or back to «4», with a reason. */
    @Benchmark
    public void markCorrection(Engine engine, Blackhole bh) {
        int i = (int) (engine.executed++ % CYCLE);
        bh.consume(engine.engine.execute(engine.actors[i], engine.commands[i]));
    }

    /**
     * Baseline: the same row stored plainly — a JDBC batch insert of one row and a commit (H2,
     * PostgreSQL), or {@code InMemoryEventStore.append} (in memory).
     */
    @Benchmark
    public void plainInsert(Plain plain, Blackhole bh) throws SQLException {
        int i = (int) (plain.inserted % CYCLE);
        int s = plain.rows.streamOf[i];
        long sequence = ++plain.versions[s];
        plain.inserted++;
        if (plain.connection == null) {
            bh.consume(plain.fresh.store().append(plain.rows.streams[s], sequence - 1,
                    List.of(plain.rows.envelopes[i].event())));
            return;
        }
        bh.consume(plain.rows.insert(plain.insert, i, sequence, plain.inserted, new UUID(plain.idBits, plain.inserted)));
        plain.connection.commit();
    }

    /**
     * Returns command {@code i} of the cycle: the mark of student {@code i / CLASSES % 24 + 1} of
     * class {@code i % CLASSES} corrected to «5» in the cycle's first half and back to «4» in its
     * second.
     */
    static CorrectEntry correction(int i) {
        int c = i % BenchJournals.CLASSES;
        int p = i / BenchJournals.CLASSES % BenchJournals.STUDENTS_PER_CLASS;
        Mark mark = Mark.of(i < BenchJournals.STUDENTS_PER_SCHOOL ? "5" : "4");
        return CorrectEntry.mark(SCHOOL, new EntryRef(BenchJournals.journal(c), p + 1), mark, REASON);
    }

    /**
     * Copies the template's school into a fresh store and opens an engine on it at the Monday
     * 12:00, which reads the school and every journal once (checking each starts with its «4»), as
     * a running application has them cached.
     */
    static JournalEngine openOn(BenchJournals template, EventStore store) {
        template.copyTo(store);
        JournalEngine engine = JournalEngine.builder().eventStore(store)
                .clock(Clock.fixed(BenchJournals.at(BenchJournals.MONDAY, LocalTime.NOON), ZoneOffset.UTC)).build();
        engine.host().school(SCHOOL);
        for (int c = 0; c < BenchJournals.CLASSES; c++) {
            JournalEntry first = engine.journals().read(BenchJournals.HEAD, SCHOOL, BenchJournals.journal(c)).entry(1);
            if (!first.current().value().equals("4")) {
                throw new IllegalStateException("journal " + BenchJournals.journal(c) + " starts with " + first);
            }
        }
        return engine;
    }

    /** Checks that the commands executed appended one event each; closes the engine and the store. */
    static void checkAndClose(JournalEngine engine, EventStore store, long startEnvelopes, long executed) {
        try {
            long appended = journalEnvelopes(store) - startEnvelopes;
            if (appended != executed) {
                throw new IllegalStateException(executed + " commands appended " + appended + " events");
            }
            System.out.printf("[tear-down] %d commands, %d events appended%n", executed, appended);
        } finally {
            engine.close();
            store.close();
        }
    }

    /** Returns how many envelopes the store's journal streams hold (not the school's own). */
    static long journalEnvelopes(EventStore store) {
        return store.streamIds(Schools.streamOf(SCHOOL) + "/journal/").stream().mapToLong(store::version).sum();
    }
}
