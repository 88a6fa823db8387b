package org.schooljournal.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.Mark;
import org.schooljournal.core.journal.RecordMark;
import org.schooljournal.core.journal.WorkKind;

/**
 * Whether a journal slows down as it grows (issue 13): a week of marks — every student of the class
 * in every lesson of {@value #WEEK} school days, {@value #MARKS} {@code RecordMark}s through
 * {@code JournalEngine.execute}, the full path in memory — at the start of the year and at its end.
 *
 * <ul>
 *   <li>{@code journal = first}: the first week of the year, into an empty journal (0 to 750 entries);
 *   <li>{@code journal = last}: the last week, into the journal holding the year before it
 *       ({@link BenchYear}: 166 school days × 6 lessons × 16 entries = 15 936 entries, then 16 686).
 * </ul>
 *
 * <p>The score is the time of one mark (the week's time divided by {@value #MARKS}); the target
 * is {@code last} ≤ 1.2 × {@code first}, and 100 000 marks/s (10 µs a mark). Every iteration
 * starts on a fresh in-memory store holding a copy of the template, with a new engine that has
 * read the school and the journal (as a running application holds them); the set-up is not
 * measured, and the tear-down checks that each mark appended one entry. A week is a single shot
 * of some milliseconds, hence many iterations.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 40)
@Measurement(iterations = 40)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class YearJournalBenchmark {

    /** The school days of the week measured. */
    static final int WEEK = 5;
    /** The marks of a week: every student in every lesson. */
    static final int MARKS = WEEK * BenchYear.SLOTS * BenchYear.STUDENTS;

    /** The template and, per iteration, an engine on a fresh copy of it. */
    @State(Scope.Thread)
    public static class Year {

        /** Which week: {@code first} (an empty journal) or {@code last} (a year's journal). */
        @Param({"first", "last"})
        public String journal;

        BenchYear template;
        int firstDay;
        RecordMark[] marks;
        LocalDate[] dayOf;
        JournalEngine engine;
        BenchJournals.SettableClock clock;
        int startEntries;

        /** Writes the journal up to the week measured and builds the week's marks. */
        @Setup(Level.Trial)
        public void setUp() {
            firstDay = journal.equals("first") ? 0 : BenchYear.SCHOOL_DAYS - WEEK;
            long start = System.nanoTime();
            template = BenchYear.written(firstDay);
            System.out.printf("%n[set-up] %d entries written in %d ms%n", template.entries(),
                    (System.nanoTime() - start) / 1_000_000);
            marks = new RecordMark[MARKS];
            dayOf = new LocalDate[MARKS];
            int i = 0;
            for (LocalDate day : BenchYear.DAYS.subList(firstDay, firstDay + WEEK)) {
                for (int slot = 1; slot <= BenchYear.SLOTS; slot++) {
                    for (int p = 0; p < BenchYear.STUDENTS; p++) {
                        dayOf[i] = day;
                        marks[i++] = RecordMark.of(BenchYear.SCHOOL, BenchYear.JOURNAL, new LessonRef(day, slot),
                                BenchYear.student(p), Mark.of(String.valueOf(2 + (slot + p) % 4)), WorkKind.CLASSWORK);
                    }
                }
            }
        }

        /** Copies the template into a fresh store and opens an engine that holds the school and the journal. */
        @Setup(Level.Iteration)
        public void open() {
            InMemoryEventStore store = new InMemoryEventStore();
            template.copyTo(store);
            clock = new BenchJournals.SettableClock(BenchJournals.at(dayOf[0], BenchYear.RECORDED));
            engine = JournalEngine.builder().eventStore(store).clock(clock).build();
            engine.host().school(BenchYear.SCHOOL);
            startEntries = engine.host().journal(BenchYear.SCHOOL, BenchYear.JOURNAL).entries().size();
        }

        /** Checks that every mark made one entry. */
        @TearDown(Level.Iteration)
        public void check() {
            int made = engine.host().journal(BenchYear.SCHOOL, BenchYear.JOURNAL).entries().size() - startEntries;
            engine.close();
            if (made != MARKS) {
                throw new IllegalStateException(MARKS + " marks made " + made + " entries");
            }
        }

        /** Closes the template's engine. */
        @TearDown(Level.Trial)
        public void stop() {
            template.engine.close();
        }
    }

    /** A week of marks: each day's, at 14:00 that day. */
    @Benchmark
    @OperationsPerInvocation(MARKS)
    public void weekOfMarks(Year year, Blackhole bh) {
        for (int i = 0; i < MARKS; i++) {
            year.clock.set(BenchJournals.at(year.dayOf[i], BenchYear.RECORDED));
            bh.consume(year.engine.execute(BenchYear.TEACHER, year.marks[i]));
        }
    }
}
