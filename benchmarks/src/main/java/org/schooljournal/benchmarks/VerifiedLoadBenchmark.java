package org.schooljournal.benchmarks;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.archive.ChainReport;
import org.schooljournal.core.archive.ChainVerifier;
import org.schooljournal.core.journal.CorrectEntry;
import org.schooljournal.core.journal.EntryRef;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.Mark;
import org.schooljournal.core.journal.Recorded;
import org.schooljournal.core.journal.WorkKind;
import org.schooljournal.core.school.Schools;

/**
 * What verifying a stream when it is first loaded costs a command (ARC-4): one class's journal
 * holding a quarter of marks (as {@link JournalRebuildBenchmark}: 24 students × 38 lessons × 6
 * kinds of work), in memory, and a teacher's correction of a mark in it (MRK-10).
 *
 * <ul>
 *   <li>{@code firstTouch}: the correction by an engine that holds nothing of the journal, as after
 *       a restart (a new engine, its school loaded, before each command): it reads, verifies and folds
 *       the journal's 5 616 envelopes, then decides and appends;
 *   <li>{@code afterFirstTouch}: the same correction by an engine that holds the journal: it reads
 *       only what was appended after (nothing), as every later command does;
 *   <li>{@code verification}: the walk of the journal's chain alone ({@code ChainVerifier}), the
 *       share of the first touch that verification adds.
 * </ul>
 *
 * <p>The school's own stream (1 506 envelopes here) is loaded once per engine, by its first
 * command of any kind, and costs the same per envelope.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class VerifiedLoadBenchmark {

    static final String SCHOOL = BenchJournals.schoolId(0);
    static final List<WorkKind> KINDS = JournalRebuildBenchmark.KINDS;

    /** One school whose first class's journal holds a quarter of marks. */
    @State(Scope.Benchmark)
    public static class Quarter {

        BenchJournals school;
        JournalKey journal;
        String stream;
        int entries;

        /** Records the marks through the engine, each on its lesson's day. */
        @Setup(Level.Trial)
        public void setUp() {
            school = BenchJournals.setUp(1, false, 1);
            journal = BenchJournals.journal(0);
            stream = journal.stream(SCHOOL);
            JournalRebuildBenchmark.recordQuarter(school, journal);
            entries = (int) school.store.version(stream);
            school.clock.set(BenchJournals.at(LocalDate.of(2026, 10, 23), LocalTime.of(15, 0)));
            System.out.printf("%n[set-up] the journal %s holds %d envelopes, the school's stream %d%n", journal, entries,
                    school.store.version(Schools.streamOf(SCHOOL)));
        }

        /**
         * Returns the correction of the {@code n}-th command of a state: the entries of one half
         * of the journal in turn, each set to another mark on odd passes and back on even ones.
         */
        CorrectEntry correction(long n, int half) {
            int count = entries / 2;
            int number = half * count + (int) (n % count) + 1;
            int student = (number - 1) / KINDS.size() % BenchJournals.STUDENTS_PER_CLASS;
            int original = 3 + student % 3;
            int value = n / count % 2 == 0 ? (original == 5 ? 4 : 5) : original;
            return CorrectEntry.mark(SCHOOL, new EntryRef(journal, number), Mark.of(String.valueOf(value)),
                    "ошибка при вводе");
        }
    }

    /** An engine restarted before each command: it has loaded the school's stream, not the journal's. */
    @State(Scope.Thread)
    public static class Fresh {

        JournalEngine engine;
        long executed;

        /** Starts a new engine over the quarter's store and loads the school, as a restart would. */
        @Setup(Level.Invocation)
        public void restart(Quarter quarter) {
            engine = JournalEngine.builder().eventStore(quarter.school.store).clock(quarter.school.clock).build();
            engine.host().school(SCHOOL);
        }
    }

    /** An engine that has loaded the school's and the journal's streams. */
    @State(Scope.Thread)
    public static class Warm {

        JournalEngine engine;
        long executed;

        /** Starts an engine and loads both streams. */
        @Setup(Level.Trial)
        public void start(Quarter quarter) {
            engine = JournalEngine.builder().eventStore(quarter.school.store).clock(quarter.school.clock).build();
            engine.host().journal(SCHOOL, quarter.journal);
            engine.host().school(SCHOOL);
        }
    }

    /** The correction by an engine that holds nothing of the journal: its stream read, verified and folded first. */
    @Benchmark
    public Recorded firstTouch(Quarter quarter, Fresh fresh) {
        return fresh.engine.execute(BenchJournals.teacher(0), quarter.correction(fresh.executed++, 0));
    }

    /** The correction by an engine that has loaded both streams. */
    @Benchmark
    public Recorded afterFirstTouch(Quarter quarter, Warm warm) {
        return warm.engine.execute(BenchJournals.teacher(0), quarter.correction(warm.executed++, 1));
    }

    /** The walk of the journal's chain alone: what verification adds to the first touch. */
    @Benchmark
    public long verification(Quarter quarter) {
        ChainReport journal = new ChainVerifier(quarter.school.store).verify(quarter.stream);
        if (!journal.verified()) {
            throw new IllegalStateException("the quarter's journal does not verify");
        }
        return journal.checked();
    }
}
