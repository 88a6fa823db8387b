package org.schooljournal.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.Arrays;
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.Mark;
import org.schooljournal.core.journal.RecordMark;
import org.schooljournal.core.journal.WorkKind;

/**
 * {@link YearJournalBenchmark}'s two weeks of marks — the first week into an empty journal, the last
 * into a year's — run alternately in one process, round after round, and their ratio taken per
 * round: on a shared machine whose load comes and goes, the two halves of a round see about the
 * same load, which the JMH runs (one parameter after the other) do not. Each week is timed by the
 * wall clock and by the thread's CPU time (what the marks cost, without the waits for a core
 * that a neighbour's load adds), after a garbage collection, so that the copy and the rebuild of
 * the set-up leave no collection to the marks. Not a JMH benchmark; a check of the ratio that
 * JMH's sequential runs cannot give under a neighbour's load.
 *
 * <p>Run it with a fixed heap, as a server runs: on a default heap G1 gives memory back after each
 * collection, and the year's week, whose live set is larger, pays for taking it again (page
 * faults charged to the marking thread), which made rounds up to 7 times dearer than the journal
 * is (docs/benchmarks.md).
 *
 * <pre>{@code
 * java -Xms2g -Xmx2g -cp benchmarks/target/benchmarks.jar org.schooljournal.benchmarks.YearJournalRatio 48
 * }</pre>
 */
public final class YearJournalRatio {

    private YearJournalRatio() {
    }

    /**
     * Runs the rounds and prints the median, quartiles and minimum of each week's time per mark
     * and of the ratio last / first.
     *
     * @param args the number of rounds (the first quarter of them also warm the JIT up)
     */
    public static void main(String[] args) {
        int rounds = Integer.parseInt(args[0]);
        int lastWeek = BenchYear.SCHOOL_DAYS - YearJournalBenchmark.WEEK;
        BenchYear[] years = {BenchYear.written(0), BenchYear.written(lastWeek)};
        int[] firstDays = {0, lastWeek};
        System.out.printf("the journals hold %d and %d entries%n", years[0].entries(), years[1].entries());
        int warmUp = rounds / 4;
        double[][][] micros = new double[2][2][rounds - warmUp];
        for (int r = 0; r < rounds; r++) {
            for (int which = 0; which < 2; which++) {
                double[] perMark = week(years[which], firstDays[which]);
                if (r >= warmUp) {
                    micros[0][which][r - warmUp] = perMark[0];
                    micros[1][which][r - warmUp] = perMark[1];
                }
            }
        }
        String[] clocks = {"wall", "CPU"};
        for (int clock = 0; clock < 2; clock++) {
            double[] ratios = new double[rounds - warmUp];
            for (int r = 0; r < ratios.length; r++) {
                ratios[r] = micros[clock][1][r] / micros[clock][0][r];
            }
            print(clocks[clock] + ": first week, µs a mark", micros[clock][0]);
            print(clocks[clock] + ": last week, µs a mark", micros[clock][1]);
            print(clocks[clock] + ": ratio last / first", ratios);
        }
    }

    /**
     * Returns the wall and the CPU time of a mark, in microseconds, over a week of marks on a fresh
     * copy of the journal.
     */
    private static double[] week(BenchYear year, int firstDay) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        InMemoryEventStore store = new InMemoryEventStore();
        year.copyTo(store);
        BenchJournals.SettableClock clock = new BenchJournals.SettableClock(
                BenchJournals.at(BenchYear.DAYS.get(firstDay), BenchYear.RECORDED));
        try (JournalEngine engine = JournalEngine.builder().eventStore(store).clock(clock).build()) {
            engine.host().school(BenchYear.SCHOOL);
            engine.host().journal(BenchYear.SCHOOL, BenchYear.JOURNAL);
            System.gc();
            long start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            for (LocalDate day : BenchYear.DAYS.subList(firstDay, firstDay + YearJournalBenchmark.WEEK)) {
                clock.set(BenchJournals.at(day, BenchYear.RECORDED));
                for (int slot = 1; slot <= BenchYear.SLOTS; slot++) {
                    for (int p = 0; p < BenchYear.STUDENTS; p++) {
                        engine.execute(BenchYear.TEACHER, RecordMark.of(BenchYear.SCHOOL, BenchYear.JOURNAL,
                                new LessonRef(day, slot), BenchYear.student(p), Mark.of("4"), WorkKind.CLASSWORK));
                    }
                }
            }
            return new double[] {(System.nanoTime() - start) / 1000.0 / YearJournalBenchmark.MARKS,
                (threads.getCurrentThreadCpuTime() - cpu) / 1000.0 / YearJournalBenchmark.MARKS};
        }
    }

    private static void print(String what, double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        System.out.printf("%s: median %.2f, quartiles %.2f–%.2f, min %.2f (%d rounds)%n", what, sorted[n / 2],
                sorted[n / 4], sorted[3 * n / 4], sorted[0], n);
    }
}
