package org.schooljournal.benchmarks;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
import org.schooljournal.core.journal.Copies;
import org.schooljournal.core.notification.DispatchReport;
import org.schooljournal.core.journal.MakeRemark;
import org.schooljournal.core.notification.ConfirmEmail;
import org.schooljournal.core.notification.DocumentForm;
import org.schooljournal.core.notification.RecordConsent;
import org.schooljournal.core.notification.Schedule;
import org.schooljournal.core.notification.SetNotificationSettings;
import org.schooljournal.core.roster.RegisterGuardian;
import org.schooljournal.spi.notify.DeliveryOutcome;
import org.schooljournal.spi.notify.Notifier;

/**
 * How soon a guardian on immediate delivery is told (ATT-5, DRY-6, NTF-3): a teacher's remark
 * (one {@code MakeRemark}, which queues «Замечание учителя» for the student's guardian) followed
 * by one {@code JournalEngine.dispatch} of the school that sends it through a channel, against the
 * remark alone (the baseline), in the example's school of {@value BenchJournals#STUDENTS_PER_SCHOOL}
 * students whose every guardian consented, confirmed an address, chose immediate delivery and
 * opened the diary once: {@value BenchJournals#CLASSES} journal streams and
 * {@value BenchJournals#STUDENTS_PER_SCHOOL} diary streams. {@code remarkAndDispatchFullScan}
 * dispatches on an engine that reads every stream of the school at every dispatch
 * ({@code dispatchRescan(ZERO)}), as the engine did before it kept its pending streams. The
 * channel sends nothing (it counts), so the time is the library's.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class DispatchBenchmark {

    static final String SCHOOL = BenchJournals.schoolId(0);

    /** The school with its guardians, and engines on a fresh copy of it. */
    @State(Scope.Thread)
    public static class School {

        /** The store: {@code memory}, {@code h2} or {@code postgresql}. */
        @Param({"memory"})
        public String store;

        BenchStores stores;
        BenchJournals template;
        BenchStores.Fresh fresh;
        JournalEngine engine;
        JournalEngine scanningEngine;
        final CountingChannel channel = new CountingChannel();
        long remarks;
        long dispatched;

        /** Sets the school up in memory, with a subscribed guardian per student who opened the diary. */
        @Setup(Level.Trial)
        public void setUp() {
            template = BenchJournals.setUp(1, false, 1);
            template.clock.set(BenchJournals.at(BenchJournals.MONDAY.minusDays(3), LocalTime.of(18, 0)));
            for (int c = 0; c < BenchJournals.CLASSES; c++) {
                for (int p = 0; p < BenchJournals.STUDENTS_PER_CLASS; p++) {
                    subscribe(BenchJournals.student(c, p));
                }
            }
            stores = BenchStores.start(store);
            System.out.printf("%n[set-up] %s; one school: %d students and guardians, %d envelopes%n",
                    stores.describe(), BenchJournals.STUDENTS_PER_SCHOOL, template.envelopes());
        }

        private void subscribe(String student) {
            Actor guardian = Actor.of("g" + student);
            JournalEngine setUp = template.engine;
            setUp.execute(BenchJournals.HEAD, new RegisterGuardian(SCHOOL, guardian.personId(), "Родитель", "Ольга", "",
                    student));
            setUp.execute(guardian, new RecordConsent(SCHOOL, guardian.personId(), true,
                    BenchJournals.MONDAY.minusDays(3), DocumentForm.ELECTRONIC));
            String token = setUp.notifications().setContactEmail(guardian, SCHOOL, guardian.personId(), guardian.personId()
                    + "@parents.example", DocumentForm.ELECTRONIC);
            setUp.execute(guardian, new ConfirmEmail(SCHOOL, guardian.personId(), token));
            setUp.execute(guardian, new SetNotificationSettings(SCHOOL, guardian.personId(), true, true,
                    Schedule.IMMEDIATE, DocumentForm.ELECTRONIC));
            setUp.diaries().read(guardian, SCHOOL, student, BenchJournals.MONDAY.minusDays(7), BenchJournals.MONDAY.minusDays(1));
        }

        /** Copies the school into a fresh store and opens the engines on it, each after one dispatch. */
        @Setup(Level.Iteration)
        public void open() {
            fresh = stores.open(2);
            template.copyTo(fresh.store());
            Clock clock = Clock.fixed(BenchJournals.at(BenchJournals.MONDAY, LocalTime.NOON), ZoneOffset.UTC);
            engine = JournalEngine.builder().eventStore(fresh.store()).clock(clock).build();
            scanningEngine = JournalEngine.builder().eventStore(fresh.store()).clock(clock)
                    .dispatchRescan(Duration.ZERO).build();
            engine.host().dispatch(SCHOOL, channel);
            scanningEngine.host().dispatch(SCHOOL, channel);
            channel.sent.set(0);
            remarks = 0;
            dispatched = 0;
        }

        /** Checks that every dispatch sent exactly the one remark made before it. */
        @TearDown(Level.Iteration)
        public void check() {
            try {
                if (channel.sent.get() != dispatched) {
                    throw new IllegalStateException(dispatched + " dispatches sent " + channel.sent.get() + " mails");
                }
                System.out.printf("[tear-down] %d remarks, %d dispatches, %d mails%n", remarks, dispatched,
                        channel.sent.get());
            } finally {
                engine.close();
                scanningEngine.close();
                fresh.store().close();
            }
        }

        /** Makes the next remark: to the students in turn, by their class's teacher. */
        void makeRemark(JournalEngine on) {
            int n = (int) (remarks++ % BenchJournals.STUDENTS_PER_SCHOOL);
            int c = n % BenchJournals.CLASSES;
            int p = n / BenchJournals.CLASSES;
            on.execute(BenchJournals.teacher(c), new MakeRemark(SCHOOL, BenchJournals.journal(c),
                    BenchJournals.student(c, p), "Не выполнил домашнее задание", Copies.NONE));
        }

        @TearDown(Level.Trial)
        public void stop() {
            stores.close();
        }
    }

    /** A channel that sends nothing and counts. */
    static final class CountingChannel implements Notifier {
        final AtomicLong sent = new AtomicLong();

        @Override
        public DeliveryOutcome deliver(org.schooljournal.spi.notify.Notification notification) {
            sent.incrementAndGet();
            return DeliveryOutcome.sent();
        }
    }

    /** The baseline: the remark alone, its notification queued and not sent. */
    @Benchmark
    public long remark(School school) {
        school.makeRemark(school.engine);
        return school.remarks;
    }

    /** The remark and the dispatch that sends it. */
    @Benchmark
    public DispatchReport remarkAndDispatch(School school) {
        school.makeRemark(school.engine);
        school.dispatched++;
        return school.engine.host().dispatch(SCHOOL, school.channel);
    }

    /** The same, on an engine that reads every stream of the school at every dispatch. */
    @Benchmark
    public DispatchReport remarkAndDispatchFullScan(School school) {
        school.makeRemark(school.scanningEngine);
        school.dispatched++;
        return school.scanningEngine.host().dispatch(SCHOOL, school.channel);
    }
}
