package org.schooljournal.benchmarks;

import java.time.Clock;
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
import org.openjdk.jmh.infra.Blackhole;
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.roster.UpdateStudentData;
import org.schooljournal.core.school.AssignRole;
import org.schooljournal.core.school.RevokeRole;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.core.roster.Roster;

/**
 * The engine's full path on the in-memory store: commands per second through
 * {@code JournalEngine.execute} — Hibernate Validator, the access check, the decision, Jackson,
 * SHA-256 and the append — for small commands that append exactly one event each and leave the
 * school's state the size it was:
 *
 * <ul>
 *   <li>{@link #roleToggle}: the system administrator gives teacher t-01 the deputy head's role,
 *       then takes it back ({@code AssignRole} / {@code RevokeRole}, ACC-5);
 *   <li>{@link #studentDataToggle}: the homeroom teacher corrects a student's patronymic and
 *       corrects it back ({@code UpdateStudentData}, ROS-4; its access check looks the student's
 *       class up).
 * </ul>
 *
 * <p>Each runs on a {@code small} school and on a {@code yugra}-sized one (about 1 300 people
 * with roles; see {@link BenchSchool}), since the state is an immutable fold whose every event
 * copies some of its maps. Baseline, in the same run: {@link #storeAppend}, which appends
 * pre-built {@code EventData} — real envelopes of {@code studentDataToggle}, so of the same size
 * — to an {@code InMemoryEventStore} directly, one per append: the store alone.
 *
 * <p>One engine, store and school per fork, as in a running application: the school's state
 * stays the same size, its log grows by one envelope per command (to a few million in a run;
 * the in-memory store keeps them all on the heap, so the garbage collector copies them). The
 * baseline starts a fresh store every iteration and every {@value #ROLLOVER} appends, which keeps
 * its log about as long as the engine's. Set-ups are not measured.
 *
 * <p>The engine's path is long (Hibernate Validator, Jackson, the JDK's security providers and
 * formatters): on two cores the JIT needs some 15 s to settle, hence the warm-up.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class EngineBenchmark {

    /** How many appends the baseline makes to one store before it starts a fresh one. */
    static final int ROLLOVER = 1_000_000;

    /** A school on a fresh engine, with the two commands of each toggle. */
    @State(Scope.Thread)
    public static class Engine {

        /** The size of the school: {@code small} or {@code yugra}. */
        @Param({"small", "yugra"})
        public String school;

        BenchSchool bench;
        SchoolCommand[] roles;
        SchoolCommand[] studentData;
        long executed;
        private long startVersion;

        /** Sets the school up on a fresh engine and store, and checks that each command appends one event. */
        @Setup(Level.Trial)
        public void setUp() {
            bench = BenchSchool.setUp(school, Clock.systemUTC());
            Actor teacher = BenchSchool.HOMEROOM;
            roles = new SchoolCommand[] {
                new AssignRole(BenchSchool.ID, teacher.personId(), Role.DEPUTY_HEAD),
                new RevokeRole(BenchSchool.ID, teacher.personId(), Role.DEPUTY_HEAD)};
            Student now = Roster.of(bench.engine.host().school(BenchSchool.ID)).student(BenchSchool.STUDENT).orElseThrow();
            studentData = new SchoolCommand[] {
                new UpdateStudentData(BenchSchool.ID, now.personId(), now.surname(), now.name(),
                        now.patronymic() + "а", now.birthDate()),
                new UpdateStudentData(BenchSchool.ID, now.personId(), now.surname(), now.name(),
                        now.patronymic(), now.birthDate())};
            for (int i = 0; i < 2; i++) {
                requireOneEvent(bench.engine.execute(BenchSchool.ADMIN, roles[i]).appended());
                requireOneEvent(bench.engine.execute(teacher, studentData[i]).appended());
            }
            startVersion = bench.version();
            executed = 0;
            System.out.printf("%n[set-up] %s school: %d people with roles, %d envelopes in its stream%n",
                    school, bench.people(), startVersion);
        }

        /** Checks that every command appended exactly one event. */
        @TearDown(Level.Trial)
        public void check() {
            long appended = bench.version() - startVersion;
            if (appended != executed) {
                throw new IllegalStateException(executed + " commands appended " + appended + " events");
            }
            System.out.printf("%n[tear-down] %d commands, %d events appended%n", executed, appended);
            bench.engine.close();
        }

        private static void requireOneEvent(List<EventEnvelope> appended) {
            if (appended.size() != 1) {
                throw new IllegalStateException("expected one event, the command appended " + appended.size());
            }
        }
    }

    /** Pre-built events and a store to append them to. */
    @State(Scope.Thread)
    public static class Store {

        private static final int POOL = 1 << 10;

        EventData[] pool;
        InMemoryEventStore store;
        long version;

        /** Builds the pool from real envelopes of the student data toggle. */
        @Setup(Level.Trial)
        public void build() {
            BenchSchool bench = BenchSchool.setUp("small", Clock.systemUTC());
            Student now = Roster.of(bench.engine.host().school(BenchSchool.ID)).student(BenchSchool.STUDENT).orElseThrow();
            pool = new EventData[POOL];
            for (int i = 0; i < POOL; i++) {
                String patronymic = i % 2 == 0 ? now.patronymic() + "а" : now.patronymic();
                List<EventEnvelope> appended = bench.engine.execute(BenchSchool.HOMEROOM, new UpdateStudentData(
                        BenchSchool.ID, now.personId(), now.surname(), now.name(), patronymic, now.birthDate())).appended();
                pool[i] = appended.get(0).event();
            }
            System.out.printf("%n[set-up] pre-built events: %s, %d bytes of payload%n",
                    pool[0].type(), pool[0].payloadLength());
        }

        /** Starts a fresh store. */
        @Setup(Level.Iteration)
        public void freshStore() {
            store = new InMemoryEventStore();
            version = 0;
        }
    }

    /** The engine: the administrator gives a teacher a role, then takes it back. */
    @Benchmark
    public void roleToggle(Engine engine, Blackhole bh) {
        SchoolCommand command = engine.roles[(int) (engine.executed++ & 1)];
        bh.consume(engine.bench.engine.execute(BenchSchool.ADMIN, command));
    }

    /** The engine: the homeroom teacher corrects a student's patronymic, then corrects it back. */
    @Benchmark
    public void studentDataToggle(Engine engine, Blackhole bh) {
        SchoolCommand command = engine.studentData[(int) (engine.executed++ & 1)];
        bh.consume(engine.bench.engine.execute(BenchSchool.HOMEROOM, command));
    }

    /** Baseline: the store alone, appending one pre-built event to the end of a stream. */
    @Benchmark
    public void storeAppend(Store store, Blackhole bh) {
        if (store.version == ROLLOVER) {
            store.freshStore();
        }
        EventData event = store.pool[(int) (store.version & (Store.POOL - 1))];
        bh.consume(store.store.append(BenchSchool.STREAM, store.version, List.of(event)));
        store.version++;
    }
}
