package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.journal.JournalSchool.DEPUTY;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;
import static org.schooljournal.core.journal.JournalSchool.RUSSIAN;
import static org.schooljournal.core.journal.JournalSchool.RUSSIAN_5A;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.notification.Dispatch;
import org.schooljournal.core.notification.DispatchReport;
import org.schooljournal.core.notification.OutboxItem;
import org.schooljournal.core.notification.Schedule;
import org.schooljournal.core.roster.EnrolStudent;
import org.schooljournal.core.roster.RegisterGuardian;
import org.schooljournal.spi.notify.DeliveryOutcome;
import org.schooljournal.spi.notify.Notification;
import org.schooljournal.spi.notify.Notifier;

@DisplayName("One dispatcher per item: engines over one store all dispatch, and each notification is sent once")
class OneDispatcherTest {

    private static final int PUPILS = 60;

    private final JournalSchool school = JournalSchool.setUp();

    /** A channel that counts every notification it is given, repeats included: it de-duplicates nothing. */
    static final class CountingChannel implements Notifier {
        final Map<String, AtomicInteger> sends = new ConcurrentHashMap<>();

        @Override
        public DeliveryOutcome deliver(Notification notification) {
            sends.computeIfAbsent(notification.idempotencyKey(), key -> new AtomicInteger()).incrementAndGet();
            return DeliveryOutcome.sent();
        }

        int total() {
            return sends.values().stream().mapToInt(AtomicInteger::get).sum();
        }
    }

    /** Enrols the pupils, each with a guardian on immediate e-mail, and records an «н» for each: half in mathematics, half in Russian. */
    private void sixtyAbsences() {
        school.at(MONDAY.minusDays(3), LocalTime.of(18, 0));
        for (int i = 0; i < PUPILS; i++) {
            String pupil = "s-" + i;
            Actor guardian = Actor.of("g-" + i);
            school.school(new EnrolStudent(ID, pupil, "Петров" + (char) ('а' + i % 30), "Иван", "",
                    LocalDate.of(2015, 1, 1), "5А", LocalDate.of(2026, 9, 1)));
            school.school(new RegisterGuardian(ID, guardian.personId(), "Петрова", "Анна", "", pupil));
            school.subscribe(guardian, "g" + i + "@example.ru", Schedule.IMMEDIATE);
        }
        school.at(MONDAY, LocalTime.of(9, 25));
        for (int i = 0; i < PUPILS; i++) {
            school.engine.execute(i % 2 == 0 ? MATH : RUSSIAN, new RecordAbsence(ID, i % 2 == 0 ? MATH_5A : RUSSIAN_5A,
                    new LessonRef(MONDAY, i % 2 == 0 ? 1 : 2), "s-" + i, AbsenceCode.UNEXCUSED));
        }
    }

    private JournalEngine secondEngine() {
        return JournalEngine.builder().eventStore(school.store).clock(school.clock).dispatchRescan(Duration.ZERO).build();
    }

    private long pending(JournalEngine engine) {
        return List.of(MATH_5A, RUSSIAN_5A).stream()
                .flatMap(key -> engine.journals().read(DEPUTY, ID, key).state().outbox().values().stream())
                .filter(item -> item.status() == OutboxItem.Status.PENDING).count();
    }

    @Test
    @Tag("ATT-5")
    @DisplayName("ATT-5: two engines dispatching at once — the second runs whole while the first is sending its first item — send 60 notifications exactly 60 times, each once")
    void twoEnginesAtOnce() {
        sixtyAbsences();
        JournalEngine first = JournalEngine.builder().eventStore(school.store).clock(school.clock)
                .dispatchRescan(Duration.ZERO).build();
        JournalEngine second = secondEngine();
        CountingChannel channel = new CountingChannel();
        int[] reported = new int[1];
        Notifier interleaving = new Notifier() {
            private boolean secondRan;

            @Override
            public DeliveryOutcome deliver(Notification notification) {
                if (!secondRan) {
                    secondRan = true;
                    reported[0] += second.host().dispatch(ID, channel).sent();
                }
                return channel.deliver(notification);
            }
        };

        int sentByFirst = first.host().dispatch(ID, interleaving).sent();

        assertThat(pending(first)).isZero();
        assertThat(channel.sends).hasSize(PUPILS).allSatisfy((key, times) -> assertThat(times).as(key).hasValue(1));
        assertThat(channel.total()).isEqualTo(PUPILS);
        assertThat(sentByFirst + reported[0]).isEqualTo(PUPILS);
        assertThat(sentByFirst).isEqualTo(1);
    }

    @Test
    @Tag("ATT-5")
    @DisplayName("ATT-5: two engines dispatching from racing threads send 60 notifications exactly 60 times, each once")
    void twoEnginesRacing() throws Exception {
        sixtyAbsences();
        JournalEngine first = JournalEngine.builder().eventStore(school.store).clock(school.clock)
                .dispatchRescan(Duration.ZERO).build();
        JournalEngine second = secondEngine();
        CountingChannel channel = new CountingChannel();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> sent = new ArrayList<>();
        for (JournalEngine engine : List.of(first, second)) {
            sent.add(pool.submit((Callable<Integer>) () -> {
                start.await();
                int total = 0;
                for (int round = 0; round < 5; round++) {
                    total += engine.host().dispatch(ID, channel).sent();
                }
                return total;
            }));
        }
        start.countDown();
        int reported = 0;
        for (Future<Integer> result : sent) {
            reported += result.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        for (int round = 0; round < 10 && pending(first) > 0; round++) {
            reported += first.host().dispatch(ID, channel).sent() + second.host().dispatch(ID, channel).sent();
        }

        assertThat(pending(first)).isZero();
        assertThat(channel.sends).hasSize(PUPILS).allSatisfy((key, times) -> assertThat(times).as(key).hasValue(1));
        assertThat(channel.total()).isEqualTo(PUPILS);
        assertThat(reported).isEqualTo(PUPILS);
    }

    @Test
    @Tag("ATT-5")
    @DisplayName("ATT-5: an item another dispatcher claimed is not sent until the claim expires; a dispatcher that died after claiming leaves it to the next")
    void claimHoldsUntilItExpires() {
        school.at(MONDAY.minusDays(3), LocalTime.of(18, 0));
        school.school(new RegisterGuardian(ID, "g-ivanova", "Иванова", "Ольга", "", JournalSchool.IVANOV));
        school.subscribe(Actor.of("g-ivanova"), "ivanova@example.ru", Schedule.IMMEDIATE);
        school.at(MONDAY, LocalTime.of(8, 40));
        school.engine.execute(MATH, JournalSchool.absence(MONDAY, 1, JournalSchool.IVANOV, AbsenceCode.UNEXCUSED));
        Notifier dying = notification -> {
            throw new IllegalStateException("the dispatcher's process died");
        };
        assertThatThrownBy(() -> school.engine.host().dispatch(ID, dying)).hasMessageContaining("died");
        CountingChannel channel = new CountingChannel();
        JournalEngine other = secondEngine();

        school.clock.advance(Dispatch.CLAIM_LEASE.minusSeconds(1));
        assertThat(other.host().dispatch(ID, channel)).isEqualTo(new DispatchReport(0, 0, 0));
        assertThat(channel.total()).isZero();

        school.clock.advance(Duration.ofSeconds(1));
        assertThat(other.host().dispatch(ID, channel).sent()).isEqualTo(1);
        assertThat(other.host().dispatch(ID, channel).sent()).isZero();
        assertThat(channel.total()).isEqualTo(1);
        assertThat(pending(other)).isZero();
    }

    @Test
    @Tag("ATT-5")
    @DisplayName("ATT-5: the one duplicate left is a crash between sending and recording, and it carries the same idempotency key (the e-mail's Message-ID)")
    void crashBetweenSendAndRecord() {
        school.at(MONDAY.minusDays(3), LocalTime.of(18, 0));
        school.school(new RegisterGuardian(ID, "g-ivanova", "Иванова", "Ольга", "", JournalSchool.IVANOV));
        school.subscribe(Actor.of("g-ivanova"), "ivanova@example.ru", Schedule.IMMEDIATE);
        school.at(MONDAY, LocalTime.of(8, 40));
        school.engine.execute(MATH, JournalSchool.absence(MONDAY, 1, JournalSchool.IVANOV, AbsenceCode.UNEXCUSED));
        CountingChannel channel = new CountingChannel();
        Notifier sendsThenDies = notification -> {
            channel.deliver(notification);
            throw new IllegalStateException("the process died after the server accepted the mail");
        };
        assertThatThrownBy(() -> school.engine.host().dispatch(ID, sendsThenDies)).hasMessageContaining("died");

        school.clock.advance(Dispatch.CLAIM_LEASE);
        secondEngine().host().dispatch(ID, channel);

        assertThat(channel.sends.entrySet()).singleElement().satisfies(sent -> {
            assertThat(sent.getKey()).startsWith(ID + "/").endsWith("/g-ivanova/absent");
            assertThat(sent.getValue()).hasValue(2);
        });
    }
}
