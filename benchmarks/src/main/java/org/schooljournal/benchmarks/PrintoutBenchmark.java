package org.schooljournal.benchmarks;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.schooljournal.adapter.pdf.ClassJournal;
import org.schooljournal.adapter.pdf.ClassJournalPdf;
import org.schooljournal.adapter.pdf.SchoolHeader;

/**
 * The printout of a class's journal for the year (ARC-1, issue 14: "a class-year journal printout
 * in under 5 s"): {@link BenchYear}'s class 5А, whose Russian journal holds the whole year — 1 026
 * lessons, 16 416 entries — read through the engine's public facets and written as PDF/A-2b by
 * adapters/render-pdf.
 *
 * <ul>
 *   <li>{@code printout}: {@code ClassJournal.read} by the head, then {@code ClassJournalPdf.write}
 *       into memory: the whole printout;
 *   <li>{@code model}: {@code ClassJournal.read} alone — the baseline, the part the engine does.
 * </ul>
 *
 * <p>The score is the time of one, in milliseconds. The journal is written once per fork (the set-up
 * prints how long); the engine's clock then stands at 1 June 2027, 10:00. The set-up checks that
 * the model holds the year's lessons and that a printout is a PDF.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class PrintoutBenchmark {

    static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2027, 5, 26);

    /** The year's journal, written once per fork. */
    @State(Scope.Benchmark)
    public static class Year {

        BenchYear year;
        SchoolHeader header;

        /** Writes the journal's year and checks a printout. */
        @Setup(Level.Trial)
        public void setUp() {
            long start = System.nanoTime();
            year = BenchYear.written(BenchYear.SCHOOL_DAYS);
            System.out.printf("%n[set-up] %d entries written in %d ms%n", year.entries(),
                    (System.nanoTime() - start) / 1_000_000);
            year.clock.set(BenchJournals.at(LocalDate.of(2027, 6, 1), LocalTime.of(10, 0)));
            header = SchoolHeader.of(year.engine.schools().state(BenchYear.HEAD, BenchYear.SCHOOL),
                    year.clock.instant());
            int lessons = read(this).subjects().get(0).page().lessons().size();
            if (lessons != BenchYear.SCHOOL_DAYS * BenchYear.SLOTS) {
                throw new IllegalStateException("the model holds " + lessons + " lessons, not "
                        + BenchYear.SCHOOL_DAYS * BenchYear.SLOTS);
            }
            byte[] pdf = print(this);
            if (!new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII).equals("%PDF-")) {
                throw new IllegalStateException("the printout is not a PDF");
            }
            System.out.printf("[set-up] the printout: %d bytes%n", pdf.length);
        }

        /** Closes the engine. */
        @TearDown(Level.Trial)
        public void stop() {
            year.engine.close();
        }
    }

    /** The baseline: the class journal's model read through the engine's facets. */
    @Benchmark
    public ClassJournal model(Year year) {
        return read(year);
    }

    /** The printout: the model read and written as PDF/A-2b into memory. */
    @Benchmark
    public byte[] printout(Year year) {
        return print(year);
    }

    private static ClassJournal read(Year year) {
        return ClassJournal.read(year.year.engine, BenchYear.HEAD, BenchYear.SCHOOL, BenchYear.CLASS, FIRST_DAY,
                LAST_DAY);
    }

    private static byte[] print(Year year) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        ClassJournalPdf.write(read(year), year.header, out);
        return out.toByteArray();
    }
}
