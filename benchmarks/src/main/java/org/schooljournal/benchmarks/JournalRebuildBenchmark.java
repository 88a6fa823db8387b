package org.schooljournal.benchmarks;

import java.time.DayOfWeek;
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
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalState;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.Mark;
import org.schooljournal.core.journal.RecordMark;
import org.schooljournal.core.journal.WorkKind;
import org.schooljournal.spi.storage.EventEnvelope;

/**
 * Reading a full journal back from the log, as an engine does after a restart for the first
 * command or diary that needs it: {@code JournalEngine.rebuildJournal} of one class's journal
 * holding a quarter of marks — every student of the class, every lesson of quarter 1 (the first
 * lesson of each weekday, 1 September – 23 October 2026), six kinds of work — against reading the
 * same envelopes from the in-memory store alone (the baseline). The fold is what the engine adds:
 * decoding each event and applying it to the journal's state.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class JournalRebuildBenchmark {

    static final String SCHOOL = BenchJournals.schoolId(0);
    static final List<WorkKind> KINDS = List.of(WorkKind.ORAL, WorkKind.CLASSWORK, WorkKind.HOMEWORK, WorkKind.TEST,
            WorkKind.PRACTICAL_WORK, WorkKind.LAB_WORK);

    /** One school whose first class's journal holds a quarter of marks. */
    @State(Scope.Benchmark)
    public static class Quarter {

        BenchJournals school;
        JournalKey journal;
        String stream;
        long entries;

        /** Records the marks through the engine, each on its lesson's day. */
        @Setup(Level.Trial)
        public void setUp() {
            school = BenchJournals.setUp(1, false, 1);
            journal = BenchJournals.journal(0);
            stream = journal.stream(SCHOOL);
            recordQuarter(school, journal);
            entries = school.store.version(stream);
            System.out.printf("%n[set-up] the journal %s holds %d entries%n", journal, entries);
        }
    }

    /**
     * Records a quarter of marks in a journal of the school's first class through the engine, each
     * on its lesson's day: every student × {@link #KINDS}, the first lesson of every weekday from 1
     * September to 23 October 2026 (5 616 entries).
     */
    static void recordQuarter(BenchJournals school, JournalKey journal) {
        for (LocalDate day = LocalDate.of(2026, 9, 1); !day.isAfter(LocalDate.of(2026, 10, 23));
                day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            school.clock.set(BenchJournals.at(day, LocalTime.of(12, 0)));
            for (int p = 0; p < BenchJournals.STUDENTS_PER_CLASS; p++) {
                for (WorkKind kind : KINDS) {
                    school.engine.execute(BenchJournals.teacher(0), RecordMark.of(SCHOOL, journal,
                            new LessonRef(day, 1), BenchJournals.student(0, p), Mark.of(String.valueOf(3 + p % 3)),
                            kind));
                }
            }
        }
    }

    /** The journal's state rebuilt from its stream: read, decode, fold. */
    @Benchmark
    public JournalState rebuild(Quarter quarter) {
        JournalState state = quarter.school.engine.host().rebuildJournal(SCHOOL, quarter.journal);
        if (state.entries().size() != quarter.entries) {
            throw new IllegalStateException("rebuilt " + state.entries().size() + " of " + quarter.entries + " entries");
        }
        return state;
    }

    /** The baseline: the stream's envelopes read from the store. */
    @Benchmark
    public List<EventEnvelope> readStream(Quarter quarter) {
        return quarter.school.store.read(quarter.stream, 1, Integer.MAX_VALUE);
    }
}
