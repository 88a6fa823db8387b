package org.schooljournal.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import org.schooljournal.adapter.oneroster.DataSet;
import org.schooljournal.adapter.oneroster.ImportReport;
import org.schooljournal.adapter.oneroster.OneRosterExport;
import org.schooljournal.adapter.oneroster.OneRosterImport;
import org.schooljournal.core.school.SchoolState;

/**
 * A 1 000-pupil school's roster as a OneRoster 1.2 CSV bulk data set, exported and imported
 * (issue 15: "export and import of a 1 000-pupil school's year each in under 10 s";
 * {@link BenchRosterSchool}, the shape of exchange-oneroster's {@code LargeSchoolTest}).
 * OneRoster's export holds the roster, not the marks (docs/exchange.md): the marks' exchange is
 * Ed-Fi's ({@code EdfiBenchmark}).
 *
 * <ul>
 *   <li>{@code export}: {@code OneRosterExport.write} of the school's state into a zip in memory;
 *   <li>{@code writeOnly}: the baseline of the export — the same data set, already mapped, written
 *       as CSV files into a zip ({@code DataSet.write}): the CSV and zip work alone;
 *   <li>{@code importZip}: {@code OneRosterImport.apply} of that zip into an empty school (registered,
 *       with its head), made afresh before each shot, outside the measurement;
 *   <li>{@code commands}: the baseline of the import — the same roster typed through
 *       {@code engine.execute}, one command at a time (3 285 commands), from the empty school.
 * </ul>
 *
 * <p>Single shots (an operation takes up to seconds), each on a fresh school; the score is the time
 * of one, in milliseconds. The set-up checks that the import rebuilds the same data set.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class OneRosterBenchmark {

    /** The school with its roster and its exported zip, made once per fork. */
    @State(Scope.Benchmark)
    public static class Source {

        BenchRosterSchool school;
        SchoolState state;
        DataSet dataSet;
        byte[] zip;

        /** Sets the school up, exports it and checks that an import rebuilds the same data set. */
        @Setup(Level.Trial)
        public void setUp() {
            long start = System.nanoTime();
            school = BenchRosterSchool.full();
            long took = (System.nanoTime() - start) / 1_000_000;
            state = school.engine.schools().state(BenchRosterSchool.HEAD, BenchRosterSchool.SCHOOL);
            dataSet = OneRosterExport.dataSet(state);
            zip = zip(state);
            BenchRosterSchool target = BenchRosterSchool.empty();
            ImportReport report = importInto(target, zip);
            DataSet again = OneRosterExport.dataSet(target.engine.schools().state(BenchRosterSchool.HEAD,
                    BenchRosterSchool.SCHOOL));
            if (!again.equals(dataSet)) {
                throw new IllegalStateException("the import did not rebuild the exported data set");
            }
            target.engine.close();
            System.out.printf("%n[set-up] %d commands in %d ms; zip of %d bytes; the import applies %d commands%n",
                    school.commands(), took, zip.length, report.applied());
        }

        /** Closes the engine. */
        @TearDown(Level.Trial)
        public void stop() {
            school.engine.close();
        }
    }

    /** An empty school to import into, made before each shot. */
    @State(Scope.Thread)
    public static class Target {

        BenchRosterSchool school;

        /** Makes the empty school. */
        @Setup(Level.Invocation)
        public void setUp() {
            school = BenchRosterSchool.empty();
        }

        /** Closes its engine. */
        @TearDown(Level.Invocation)
        public void stop() {
            school.engine.close();
        }
    }

    /** The school's state exported as a zip. */
    @Benchmark
    public byte[] export(Source source) {
        return zip(source.state);
    }

    /** The baseline of the export: the mapped data set written as a zip. */
    @Benchmark
    public byte[] writeOnly(Source source) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        source.dataSet.write(bytes);
        return bytes.toByteArray();
    }

    /** The zip imported into an empty school. */
    @Benchmark
    public ImportReport importZip(Source source, Target target) {
        return importInto(target.school, source.zip);
    }

    /** The baseline of the import: the same roster set up command by command in a fresh school. */
    @Benchmark
    public int commands() {
        BenchRosterSchool school = BenchRosterSchool.full();
        school.engine.close();
        return school.commands();
    }

    private static byte[] zip(SchoolState state) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OneRosterExport.write(state, bytes);
        return bytes.toByteArray();
    }

    private static ImportReport importInto(BenchRosterSchool school, byte[] zip) {
        return OneRosterImport.into(school.engine, school.clock).apply(BenchRosterSchool.HEAD, BenchRosterSchool.SCHOOL,
                new ByteArrayInputStream(zip));
    }
}
