package org.schooljournal.benchmarks;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
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
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.journal.Copies;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalState;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.MakeRemark;
import org.schooljournal.core.journal.Mark;
import org.schooljournal.core.journal.RecordMark;
import org.schooljournal.core.journal.WorkKind;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;
import org.schooljournal.spi.storage.SnapshotStore;

/**
 * A cold journal of a year's size (issue 13, "Bounded memory"): its state loaded by an engine that
 * does not hold it, from the JDBC store's stored snapshot and the envelope at its version
 * ({@code fromSnapshot}), against folding its 16 848 events ({@code fromEvents}, the same store
 * with its snapshots hidden). The engine holds at most one event's weight, so every load is cold.
 * The journal is one class's, set up through the engine as {@link JournalRebuildBenchmark}'s
 * quarter of marks (six kinds per student and lesson) with twelve remarks per student and day
 * beside them: 39 days × 24 students × 18 = 16 848 entries, a year's count (~16 500) on a
 * quarter's dates.
 *
 * <p>The set-up also prints the heap a held journal takes, measured as the heap retained by five
 * copies of the state after full collections, per entry.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SnapshotRebuildBenchmark {

    static final String SCHOOL = BenchJournals.schoolId(0);
    /** The remarks per student and day, beside a mark of each of six kinds. */
    static final int REMARKS = 12;

    /** One school whose first class's journal holds a year's count of marks, in a JDBC store with its snapshot. */
    @State(Scope.Benchmark)
    public static class Year {

        @Param({"h2"})
        String store;

        BenchStores stores;
        EventStore jdbc;
        JournalKey journal;
        long entries;
        JournalEngine withSnapshots;
        JournalEngine withoutSnapshots;

        /** Records the marks, copies the school's streams into the store, and stores the journal's snapshot. */
        @Setup(Level.Trial)
        public void setUp() {
            BenchJournals school = BenchJournals.setUp(1, false, 1);
            journal = BenchJournals.journal(0);
            recordYear(school, 0);
            stores = BenchStores.start(store);
            jdbc = stores.open(4).store();
            for (String stream : school.store.streamIds("")) {
                copy(school.store, jdbc, stream);
            }
            entries = jdbc.version(journal.stream(SCHOOL));
            JournalEngine.builder().eventStore(jdbc).clock(school.clock).snapshotEvery(1).build().host()
                    .journal(SCHOOL, journal);
            SnapshotStore.Snapshot snapshot = ((SnapshotStore) jdbc).loadSnapshot(journal.stream(SCHOOL)).orElseThrow();
            withSnapshots = JournalEngine.builder().eventStore(jdbc).clock(school.clock).cachedEvents(1).build();
            withoutSnapshots = JournalEngine.builder().eventStore(new Hidden(jdbc)).clock(school.clock).cachedEvents(1)
                    .build();
            System.out.printf("%n[set-up] %s; the journal %s holds %d entries; its snapshot at %d is %d bytes;"
                    + " a held state takes %.0f bytes per entry%n", stores.describe(), journal, entries,
                    snapshot.version(), snapshot.state().length, heapPerEntry(withoutSnapshots, journal, entries));
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            jdbc.close();
            stores.close();
        }
    }

    /** The heap retained by a state of the journal, per entry: five copies held, after full collections. */
    static double heapPerEntry(JournalEngine engine, JournalKey journal, long entries) {
        List<JournalState> held = new ArrayList<>();
        long before = usedAfterGc();
        for (int i = 0; i < 5; i++) {
            held.add(engine.host().rebuildJournal(SCHOOL, journal));
        }
        long after = usedAfterGc();
        if (held.size() != 5) {
            throw new IllegalStateException();
        }
        return (after - before) / 5.0 / entries;
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /**
     * Records, in the journal of class {@code c}, for each student a mark of each of six kinds in
     * the first lesson of every weekday from 1 September to 23 October 2026 and {@value #REMARKS}
     * remarks that day, through the engine, each on its lesson's day: 39 × 24 × 18 = 16 848 entries.
     */
    static void recordYear(BenchJournals school, int c) {
        JournalKey journal = BenchJournals.journal(c);
        for (LocalDate day = LocalDate.of(2026, 9, 1); !day.isAfter(LocalDate.of(2026, 10, 23)); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            school.clock.set(BenchJournals.at(day, LocalTime.of(12, 0)));
            for (int p = 0; p < BenchJournals.STUDENTS_PER_CLASS; p++) {
                for (WorkKind kind : JournalRebuildBenchmark.KINDS) {
                    school.engine.execute(BenchJournals.teacher(c), RecordMark.of(SCHOOL, journal,
                            new LessonRef(day, 1), BenchJournals.student(c, p), Mark.of(String.valueOf(3 + p % 3)),
                            kind));
                }
                for (int r = 0; r < REMARKS; r++) {
                    school.engine.execute(BenchJournals.teacher(c), new MakeRemark(SCHOOL, journal,
                            BenchJournals.student(c, p), "Замечание " + (r + 1) + " за " + day, Copies.NONE));
                }
            }
        }
    }

    /** Copies a stream's envelopes, as they are, a thousand per append. */
    static void copy(EventStore from, EventStore to, String stream) {
        long version = 0;
        while (true) {
            List<EventEnvelope> page = from.read(stream, version + 1, 1_000);
            if (page.isEmpty()) {
                return;
            }
            List<EventData> events = page.stream().map(EventEnvelope::event).toList();
            to.append(stream, version, events);
            version += events.size();
        }
    }

    /** The journal loaded cold from its stored snapshot and the envelope at its version. */
    @Benchmark
    public JournalState fromSnapshot(Year year) {
        return checked(year, year.withSnapshots.host().journal(SCHOOL, year.journal));
    }

    /** The journal loaded cold by folding its events. */
    @Benchmark
    public JournalState fromEvents(Year year) {
        return checked(year, year.withoutSnapshots.host().journal(SCHOOL, year.journal));
    }

    private static JournalState checked(Year year, JournalState state) {
        if (state.entries().size() != year.entries) {
            throw new IllegalStateException("loaded " + state.entries().size() + " of " + year.entries + " entries");
        }
        return state;
    }

    /** The store with its snapshots hidden: an engine over it folds events. */
    static final class Hidden implements EventStore {

        private final EventStore store;

        Hidden(EventStore store) {
            this.store = store;
        }

        @Override
        public List<EventEnvelope> append(String streamId, long expectedVersion, List<EventData> events) {
            return store.append(streamId, expectedVersion, events);
        }

        @Override
        public long version(String streamId) {
            return store.version(streamId);
        }

        @Override
        public List<EventEnvelope> read(String streamId, long fromSequence, int maxCount) {
            return store.read(streamId, fromSequence, maxCount);
        }

        @Override
        public List<EventEnvelope> readSchool(String schoolKey, long fromPosition, int maxCount) {
            return store.readSchool(schoolKey, fromPosition, maxCount);
        }

        @Override
        public List<String> streamIds(String prefix) {
            return store.streamIds(prefix);
        }
    }
}
