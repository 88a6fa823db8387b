package org.schooljournal.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.schooljournal.core.journal.EntryKind;
import org.schooljournal.core.journal.JournalEntry;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalState;
import org.schooljournal.core.journal.PeriodRef;
import org.schooljournal.core.reports.JournalControl;
import org.schooljournal.core.reports.ResultCounting;
import org.schooljournal.core.reports.Rate;
import org.schooljournal.core.reports.SummarySheet;

/**
 * The reports of a 1 000-student school whose journals hold a whole year ({@link BenchReportSchool}:
 * 40 classes, 200 journals, 34 200 lessons), read through {@code engine.reports()} from the state
 * the engine holds (issue 14: "the year's control report (REP-5) and the summary sheet of a
 * 1 000-pupil school from cached state in under 1 s").
 *
 * <ul>
 *   <li>{@code control}: the school's control of the journals (REP-5) from the year's first day to
 *       its last, as of now;
 *   <li>{@code controlAsOfMarch}: the same as of 1 March 2027, 12:00: every journal and the school
 *       folded again from their streams up to that instant (the "as of" path);
 *   <li>{@code summarySheets}: the summary sheets (MRK-12) of all 40 classes, as of now;
 *   <li>{@code success}: the school's success rate and quality for the year (REP-1), as of now: one
 *       report per quarter, four in all (the school has no year period: {@link BenchReportSchool});
 *   <li>{@code baseline}: a plain loop over the same cached journal states — each journal read
 *       through {@code engine.host().journal}, its current marks counted per student in a map —
 *       the least a report over all the journals does.
 * </ul>
 *
 * <p>The score is the time of one report (of the 40 summary sheets, of the four quarters' success
 * reports), in milliseconds. The school is written once per fork
 * (a minute or two, printed); the engine's clock then stands at 1 June 2027, 10:00. The set-up
 * checks that the school holds what it should (the first journal's lessons; every student counted
 * in each quarter's success report); each report is consumed whole by a {@code Blackhole}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ReportsBenchmark {

    /** The year's dates. */
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2027, 5, 26);
    /** The year's quarters. */
    static final List<PeriodRef> QUARTERS = BenchYear.QUARTERS.stream().map(PeriodRef::of).toList();

    /** The school, written once per fork. */
    @State(Scope.Benchmark)
    public static class School {

        /** How many classes (40; fewer for a smoke run). */
        @Param("40")
        public int classes;

        /** How many school days the journals hold (170: the year; fewer for a smoke run). */
        @Param("170")
        public int days;

        BenchReportSchool school;
        List<String> classCodes;
        List<JournalKey> journals;
        Instant now;
        Instant march;

        /** Writes the school's year and checks it. */
        @Setup(Level.Trial)
        public void setUp() {
            long start = System.nanoTime();
            school = BenchReportSchool.written(classes, days);
            long took = (System.nanoTime() - start) / 1_000_000;
            school.clock.set(BenchJournals.at(LocalDate.of(2027, 6, 1), LocalTime.of(10, 0)));
            now = school.now();
            march = BenchJournals.at(LocalDate.of(2027, 3, 1), LocalTime.of(12, 0));
            classCodes = school.classCodes();
            journals = school.journals();
            Runtime runtime = Runtime.getRuntime();
            System.gc();
            System.out.printf("%n[set-up] %d commands, %d envelopes, %d journals written in %d ms; heap used %d MB%n",
                    school.commands(), school.envelopes(), journals.size(), took,
                    (runtime.totalMemory() - runtime.freeMemory()) >> 20);
            int lessons = school.engine.host().journal(BenchReportSchool.SCHOOL, journals.get(0))
                    .entries(EntryKind.TOPIC).size();
            if (lessons != days) {
                throw new IllegalStateException(journals.get(0) + " holds " + lessons + " topics, not " + days);
            }
            if (days == BenchYear.DAYS.size()) {
                int expected = classes * BenchReportSchool.STUDENTS;
                for (PeriodRef quarter : QUARTERS) {
                    Rate total = school.engine.reports().success(BenchReportSchool.HEAD, BenchReportSchool.SCHOOL,
                            quarter, ResultCounting.DEFAULT, now).total();
                    if (total.counted() != expected || total.unmarked() != 0) {
                        throw new IllegalStateException(quarter + ": the report counts " + total + ", not " + expected
                                + " pupils with every quarter mark");
                    }
                }
            }
        }

        /** Closes the engine. */
        @TearDown(Level.Trial)
        public void stop() {
            school.engine.close();
        }
    }

    /** The school's control of the journals for the year (REP-5), as of now. */
    @Benchmark
    public JournalControl control(School school) {
        return school.school.engine.reports().control(BenchReportSchool.HEAD, BenchReportSchool.SCHOOL, FIRST_DAY,
                LAST_DAY, school.now, JournalControl.DEFAULT_MINIMUM_MARKS);
    }

    /** The same control as of 1 March 2027: the journals and the school folded again up to then. */
    @Benchmark
    public JournalControl controlAsOfMarch(School school) {
        return school.school.engine.reports().control(BenchReportSchool.HEAD, BenchReportSchool.SCHOOL, FIRST_DAY,
                LAST_DAY, school.march, JournalControl.DEFAULT_MINIMUM_MARKS);
    }

    /** The summary sheets of every class (MRK-12), as of now. */
    @Benchmark
    public void summarySheets(School school, Blackhole bh) {
        for (String classCode : school.classCodes) {
            SummarySheet sheet = school.school.engine.reports().summarySheet(BenchReportSchool.HEAD,
                    BenchReportSchool.SCHOOL, classCode, school.now);
            bh.consume(sheet);
        }
    }

    /** The school's success rate and quality for each quarter of the year (REP-1), as of now. */
    @Benchmark
    public void success(School school, Blackhole bh) {
        for (PeriodRef quarter : QUARTERS) {
            bh.consume(school.school.engine.reports().success(BenchReportSchool.HEAD, BenchReportSchool.SCHOOL,
                    quarter, ResultCounting.DEFAULT, school.now));
        }
    }

    /** The baseline: every journal's cached state read, its current marks counted per student. */
    @Benchmark
    public Map<String, Integer> baseline(School school) {
        Map<String, Integer> marks = new HashMap<>();
        for (JournalKey key : school.journals) {
            JournalState state = school.school.engine.host().journal(BenchReportSchool.SCHOOL, key);
            for (JournalEntry entry : state.entries(EntryKind.MARK)) {
                if (entry.present()) {
                    marks.merge(entry.studentId().orElseThrow(), 1, Integer::sum);
                }
            }
        }
        return marks;
    }
}
