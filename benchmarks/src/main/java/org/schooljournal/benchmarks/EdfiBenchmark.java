package org.schooljournal.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.schooljournal.adapter.edfi.EdfiExtract;
import org.schooljournal.adapter.edfi.InterchangeWriter;
import org.schooljournal.core.journal.EntryKind;
import org.schooljournal.core.journal.JournalEntry;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalState;

/**
 * A 1 000-student school's year ({@link BenchReportSchool}: 200 journals, 34 200 lessons, their
 * absences, marks and quarter marks) as Ed-Fi (issue 15: "export … of a 1 000-pupil school's year
 * (roster and every mark) in under 10 s").
 *
 * <ul>
 *   <li>{@code extract}: {@code EdfiExtract.of(engine, head, school, id)}, the attendance events and
 *       grades read through the journals' facet;
 *   <li>{@code interchange}: the extract and both interchange files written as XML in memory
 *       ({@code InterchangeWriter.attendance}, {@code .grades});
 *   <li>{@code baseline}: every journal's state read through the same facet
 *       ({@code engine.journals().read}) and its present absences and marks counted: what any
 *       extract of the year reads.
 * </ul>
 *
 * <p>The score is the time of one operation, in milliseconds. The school is written once per fork
 * (a minute or two, printed); the set-up checks that the extract holds attendance and grades.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class EdfiBenchmark {

    /** The school's Ed-Fi {@code SchoolId}. */
    static final long EDFI_SCHOOL = 255_901_001L;

    /** The kinds of entries Ed-Fi carries. */
    static final List<EntryKind> COUNTED = List.of(EntryKind.ATTENDANCE, EntryKind.MARK, EntryKind.PERIOD_MARK);

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
        List<JournalKey> journals;

        /** Writes the school's year and checks the extract. */
        @Setup(Level.Trial)
        public void setUp() throws IOException {
            long start = System.nanoTime();
            school = BenchReportSchool.written(classes, days);
            long took = (System.nanoTime() - start) / 1_000_000;
            school.clock.set(BenchJournals.at(LocalDate.of(2027, 6, 1), LocalTime.of(10, 0)));
            journals = school.journals();
            EdfiExtract extract = EdfiExtract.of(school.engine, BenchReportSchool.HEAD, BenchReportSchool.SCHOOL,
                    EDFI_SCHOOL);
            if (extract.attendance().isEmpty() || extract.grades().isEmpty()) {
                throw new IllegalStateException("the extract holds " + extract.attendance().size()
                        + " attendance events and " + extract.grades().size() + " grades");
            }
            System.out.printf("%n[set-up] %d commands, %d envelopes written in %d ms; the extract: %d attendance"
                    + " events, %d grades, %d bytes of XML%n", school.commands(), school.envelopes(), took,
                    extract.attendance().size(), extract.grades().size(), xml(extract).length);
        }

        /** Closes the engine. */
        @TearDown(Level.Trial)
        public void stop() {
            school.engine.close();
        }
    }

    /** The school's year read for Ed-Fi. */
    @Benchmark
    public EdfiExtract extract(School school) {
        return EdfiExtract.of(school.school.engine, BenchReportSchool.HEAD, BenchReportSchool.SCHOOL, EDFI_SCHOOL);
    }

    /** The school's year read for Ed-Fi and written as both interchange files. */
    @Benchmark
    public byte[] interchange(School school) throws IOException {
        return xml(extract(school));
    }

    /** The baseline: every journal read through the same facet, its absences and marks counted. */
    @Benchmark
    public int baseline(School school) {
        int count = 0;
        for (JournalKey key : school.journals) {
            JournalState state = school.school.engine.journals().read(BenchReportSchool.HEAD, BenchReportSchool.SCHOOL,
                    key).state();
            for (EntryKind kind : COUNTED) {
                for (JournalEntry entry : state.entries(kind)) {
                    if (entry.present()) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private static byte[] xml(EdfiExtract extract) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        InterchangeWriter.attendance(extract.attendance(), bytes);
        InterchangeWriter.grades(extract.grades(), bytes);
        return bytes.toByteArray();
    }
}
