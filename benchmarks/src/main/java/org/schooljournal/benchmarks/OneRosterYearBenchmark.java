package org.schooljournal.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
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
import org.schooljournal.adapter.oneroster.DataSet;
import org.schooljournal.adapter.oneroster.OneRosterExport;
import org.schooljournal.adapter.oneroster.OneRosterFile;

/**
 * A 1 000-student school's year ({@link BenchReportSchool}: 200 journals, 34 200 lessons, their
 * absences, marks and quarter marks) exported as a OneRoster 1.2 bulk set with its gradebook
 * (issue 15: "export … of a 1 000-pupil school's year (roster and every mark) in under 10 s").
 *
 * <ul>
 *   <li>{@code export}: {@code OneRosterExport.write(engine, head, school, zip)}, the roster and the
 *       gradebook (categories, line items, results, score scales) read through the journals' facet
 *       and written as a zip in memory;
 *   <li>{@code baseline}: {@link EdfiBenchmark#baseline}'s read of every journal's state through the
 *       same facet, which any export of the year's marks makes.
 * </ul>
 *
 * <p>The score is the time of one operation, in milliseconds. The school is written once per fork
 * (a minute or two, printed); the set-up checks that the set holds results.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 4, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class OneRosterYearBenchmark {

    /** The school, written once per fork. */
    @State(Scope.Benchmark)
    public static class School {

        /** How many classes (40; fewer for a smoke run). */
        @Param("40")
        public int classes;

        /** How many school days the journals hold (170: the year; fewer for a smoke run). */
        @Param("170")
        public int days;

        EdfiBenchmark.School journals;

        /** Writes the school's year and checks the export. */
        @Setup(Level.Trial)
        public void setUp() throws IOException {
            journals = new EdfiBenchmark.School();
            journals.classes = classes;
            journals.days = days;
            journals.setUp();
            journals.school.clock.set(BenchJournals.at(LocalDate.of(2027, 6, 1), LocalTime.of(10, 0)));
            DataSet set = OneRosterExport.dataSet(journals.school.engine, BenchReportSchool.HEAD, BenchReportSchool.SCHOOL);
            int results = set.table(OneRosterFile.RESULTS).map(table -> table.rows().size()).orElse(0);
            if (results == 0) {
                throw new IllegalStateException("the export holds no results");
            }
            System.out.printf("%n[set-up] the OneRoster set: %d results, %d line items, %d bytes zipped%n", results,
                    set.table(OneRosterFile.LINE_ITEMS).map(table -> table.rows().size()).orElse(0),
                    zip(journals).length);
        }

        /** Closes the engine. */
        @TearDown(Level.Trial)
        public void stop() {
            journals.stop();
        }
    }

    /** The school's year, roster and gradebook, as a OneRoster zip. */
    @Benchmark
    public byte[] export(School school) {
        return zip(school.journals);
    }

    /** The baseline: every journal read through the same facet, its absences and marks counted. */
    @Benchmark
    public int baseline(School school) {
        return new EdfiBenchmark().baseline(school.journals);
    }

    private static byte[] zip(EdfiBenchmark.School school) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OneRosterExport.write(school.school.engine, BenchReportSchool.HEAD, BenchReportSchool.SCHOOL, bytes);
        return bytes.toByteArray();
    }
}
