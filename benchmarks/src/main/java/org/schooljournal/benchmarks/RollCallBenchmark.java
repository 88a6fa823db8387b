package org.schooljournal.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.journal.AbsenceCode;
import org.schooljournal.core.journal.JournalCommand;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.RecordAbsence;
import org.schooljournal.core.journal.RecordRollCall;
import org.schooljournal.spi.storage.EventStore;

/**
 * The Yugra morning roll call (issue 6): {@code entries} attendance entries (200 000 by default,
 * about one per school student of the region) recorded through
 * {@code JournalEngine.execute(Actor, RecordAbsence)} — the full path, one command and one event
 * per entry — on PostgreSQL with fsync and synchronous_commit on ({@code store}; {@code h2} and
 * {@code memory} for comparison). Single shot: the score is the wall-clock time of the whole roll
 * call, in seconds; the target is under 20 s for 200 000 entries.
 *
 * <p>The region: as many schools of {@link BenchJournals} as the entries need (600 students
 * each: 334 schools for 200 000), set up in memory and copied into a fresh store, one append per
 * stream. Entry {@code k} is the {@code k}-th student's absence («н») from the first lesson
 * (8:30) of the Monday {@link BenchJournals#MONDAY}, in its class's Russian journal, recorded by
 * the class's teacher; students in school, class and list order. {@code threads} threads (8 by
 * default) record in parallel, as teachers do: each class belongs to one thread (class {@code j}
 * of the region to thread {@code j % threads}), which records its classes one after another, so
 * every journal is written by one thread and the threads write to different journals and
 * schools. The engine's clock stands at 8:35 on that Monday, within ATT-2's 20 minutes, however
 * long the run takes: no entry is late.
 *
 * <p>Before the roll call, not measured, every iteration's set-up: a fresh store (a new schema on
 * PostgreSQL) with the region copied in, a new engine that reads every school once (as a running
 * application has them cached), and a warm-up of {@code warmUp} absences recorded the same way
 * in the previous Friday's first lesson ({@link BenchJournals#FRIDAY}), which compiles the path
 * and starts the journals of the first classes. The tear-down checks that the commands appended
 * one event per entry, and that the store's journal streams hold {@code warmUp + entries} events.
 *
 * <p>With {@code -p commands=rollCall} (issue 13) the same entries are recorded by class-level
 * roll calls: one {@code RecordRollCall} per class's first lesson, listing its students with «н»
 * (one command and one append of 24 events per class instead of 24). The warm-up is made the same
 * way. The target: under 10 s for 200 000 entries on PostgreSQL.
 *
 * <p>For a smoke run, fewer entries: {@code -p entries=2000 -p warmUp=200}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class RollCallBenchmark {

    /** The attendance entries of the roll call: about one per student of Yugra's schools. */
    @Param({"200000"})
    public int entries;

    /** The threads recording in parallel. */
    @Param({"8"})
    public int threads;

    /** The entries recorded before the roll call, on the previous Friday, to warm up; not measured. */
    @Param({"10000"})
    public int warmUp;

    /** The store: {@code postgresql} (the target's), {@code h2} or {@code memory}. */
    @Param({"postgresql"})
    public String store;

    /**
     * The commands: {@code absence}, one {@code RecordAbsence} per entry; or {@code rollCall}, one
     * {@code RecordRollCall} per class (issue 13), listing the class's absent students.
     */
    @Param({"absence"})
    public String commands;

    private BenchJournals template;
    private BenchStores stores;
    private ExecutorService pool;
    private BenchStores.Fresh fresh;
    private JournalEngine engine;
    private List<Callable<Long>> rollCall;

    /** Sets the region's schools up in memory, starts the database and the threads. */
    @Setup(Level.Trial)
    public void setUp() {
        if (entries < 1 || warmUp < 0 || threads < 1) {
            throw new IllegalArgumentException("entries and threads must be at least 1, warmUp at least 0");
        }
        if (!commands.equals("absence") && !commands.equals("rollCall")) {
            throw new IllegalArgumentException("commands must be absence or rollCall, was " + commands);
        }
        int schools = (Math.max(entries, warmUp) + BenchJournals.STUDENTS_PER_SCHOOL - 1)
                / BenchJournals.STUDENTS_PER_SCHOOL;
        long started = System.nanoTime();
        template = BenchJournals.setUp(schools, false, Runtime.getRuntime().availableProcessors());
        stores = BenchStores.start(store);
        pool = Executors.newFixedThreadPool(threads);
        System.out.printf("%n[set-up] %s; %d schools of %d students (%d envelopes) set up in memory in %.0f s%n",
                stores.describe(), schools, BenchJournals.STUDENTS_PER_SCHOOL, template.envelopes(),
                (System.nanoTime() - started) / 1e9);
    }

    /** Copies the region into a fresh store, opens an engine, warms it up and prepares the roll call. */
    @Setup(Level.Iteration)
    public void open() {
        long started = System.nanoTime();
        fresh = stores.open(threads);
        template.copyTo(fresh.store(), pool);
        BenchJournals.SettableClock clock = new BenchJournals.SettableClock(
                BenchJournals.at(BenchJournals.FRIDAY, BenchJournals.FIRST_LESSON.plusMinutes(5)));
        engine = JournalEngine.builder().eventStore(fresh.store()).clock(clock).build();
        List<Callable<Long>> reads = new ArrayList<>();
        for (int s = 0; s < template.schools; s++) {
            String schoolId = BenchJournals.schoolId(s);
            reads.add(() -> engine.host().school(schoolId).registered() ? 1L : 0L);
        }
        if (run(reads) != template.schools) {
            throw new IllegalStateException("the store lacks some of the " + template.schools + " schools");
        }
        long copied = System.nanoTime();
        long warmed = run(tasks(warmUp, BenchJournals.FRIDAY));
        if (warmed != warmUp) {
            throw new IllegalStateException(warmUp + " warm-up entries appended " + warmed + " events");
        }
        double warmUpSeconds = (System.nanoTime() - copied) / 1e9;
        clock.set(BenchJournals.at(BenchJournals.MONDAY, BenchJournals.FIRST_LESSON.plusMinutes(5)));
        rollCall = tasks(entries, BenchJournals.MONDAY);
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("%n[set-up] copied into the store and read by the engine in %.0f s; %d warm-up entries in"
                + " %.1f s (%.0f entries/s); %d MB of heap in use of %d%n", (copied - started) / 1e9, warmUp,
                warmUpSeconds, warmUp / warmUpSeconds, (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                runtime.maxMemory() >> 20);
    }

    /** The roll call: every entry recorded, by the threads in parallel. */
    @Benchmark
    public long morningRollCall() {
        long appended = run(rollCall);
        if (appended != entries) {
            throw new IllegalStateException(entries + " entries appended " + appended + " events");
        }
        return appended;
    }

    /** Checks the store holds every entry once; closes the engine and the store. */
    @TearDown(Level.Iteration)
    public void check() {
        try {
            EventStore events = fresh.store();
            long stored = events.streamIds("").stream().filter(s -> s.contains("/journal/")).mapToLong(events::version)
                    .sum();
            if (stored != (long) warmUp + entries) {
                throw new IllegalStateException("the journals hold " + stored + " events, not " + warmUp + " + "
                        + entries);
            }
            System.out.printf("%n[tear-down] the journals hold %d + %d events%n", warmUp, entries);
        } finally {
            engine.close();
            fresh.store().close();
        }
    }

    /** Stops the threads and the database. */
    @TearDown(Level.Trial)
    public void stop() {
        pool.shutdown();
        template.engine.close();
        stores.close();
    }

    /**
     * The commands of the first {@code count} students, one task per thread, each class in one
     * task: a {@code RecordAbsence} per student, or a {@code RecordRollCall} per class.
     */
    private List<Callable<Long>> tasks(int count, LocalDate date) {
        List<List<JournalCommand>> commands = new ArrayList<>();
        List<List<Actor>> actors = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            commands.add(new ArrayList<>());
            actors.add(new ArrayList<>());
        }
        boolean rollCalls = this.commands.equals("rollCall");
        List<RecordRollCall.Absence> absent = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int s = k / BenchJournals.STUDENTS_PER_SCHOOL;
            int c = k % BenchJournals.STUDENTS_PER_SCHOOL / BenchJournals.STUDENTS_PER_CLASS;
            int p = k % BenchJournals.STUDENTS_PER_CLASS;
            int t = k / BenchJournals.STUDENTS_PER_CLASS % threads;
            LessonRef lesson = new LessonRef(date, 1);
            if (!rollCalls) {
                commands.get(t).add(new RecordAbsence(BenchJournals.schoolId(s), BenchJournals.journal(c), lesson,
                        BenchJournals.student(c, p), AbsenceCode.UNEXCUSED));
                actors.get(t).add(BenchJournals.teacher(c));
                continue;
            }
            absent.add(new RecordRollCall.Absence(BenchJournals.student(c, p), AbsenceCode.UNEXCUSED));
            if (p == BenchJournals.STUDENTS_PER_CLASS - 1 || k == count - 1) {
                commands.get(t).add(new RecordRollCall(BenchJournals.schoolId(s), BenchJournals.journal(c), lesson,
                        List.copyOf(absent)));
                actors.get(t).add(BenchJournals.teacher(c));
                absent.clear();
            }
        }
        List<Callable<Long>> tasks = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            List<JournalCommand> mine = commands.get(t);
            List<Actor> by = actors.get(t);
            tasks.add(() -> {
                long appended = 0;
                for (int i = 0; i < mine.size(); i++) {
                    appended += engine.execute(by.get(i), mine.get(i)).appended().size();
                }
                return appended;
            });
        }
        return tasks;
    }

    /** Runs the tasks in parallel and returns the events they appended. */
    private long run(List<Callable<Long>> tasks) {
        try {
            long appended = 0;
            for (Future<Long> done : pool.invokeAll(tasks)) {
                appended += done.get();
            }
            return appended;
        } catch (ExecutionException e) {
            throw new IllegalStateException("an entry failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
