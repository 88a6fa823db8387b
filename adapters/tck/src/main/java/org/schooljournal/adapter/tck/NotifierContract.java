package org.schooljournal.adapter.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.schooljournal.spi.notify.DeliveryOutcome;
import org.schooljournal.spi.notify.DeliveryStatus;
import org.schooljournal.spi.notify.Notification;
import org.schooljournal.spi.notify.Notifier;

/**
 * The contract of the notification port, {@link Notifier}, that every channel passes (ATT-5,
 * NTF-1…NTF-4): Russian text arrives intact, outcomes are reported truthfully, bad input is
 * refused clearly, a key already sent is not sent again, and many threads may deliver at once.
 *
 * <p>An adapter's test extends this class and says how to make its channel, which addresses it
 * delivers to, and how to read back what arrived:
 *
 * <pre>{@code
 * class SmtpNotifierTest extends NotifierContract {
 *     protected Notifier createNotifier() { return provider.create(settingsOf(greenMail)); }
 *     protected String address(int n) { return "guardian" + n + "@school.test"; }
 *     protected List<DeliveredMessage> deliveredMessages() { return decode(greenMail.getReceivedMessages()); }
 * }
 * }</pre>
 *
 * <p>Each check runs on its own notifier, made by {@link #createNotifier()} before it and closed
 * after it; {@link #deliveredMessages()} must then hold only what that notifier delivered. Check
 * names carry the rule ({@code required_<subject>_<rule>}). The concurrency check starts its
 * threads together behind a {@link CountDownLatch} and waits at most two minutes; nothing sleeps.
 *
 * <p>JUnit makes one instance of this class per check; an instance is not thread-safe.
 */
public abstract class NotifierContract {

    /** Creates the kit; an adapter's test extends it. */
    protected NotifierContract() {
    }

    /** The absence notification's subject (ATT-5), the text the kit checks arrives intact. */
    public static final String ABSENCE_SUBJECT = "Отсутствовал на уроке";

    /** A body with what Russian text has: ё, «», —, №, and several lines. */
    public static final String ABSENCE_BODY = "Здравствуйте, Алёна Сергеевна!\n"
            + "Ваш ребёнок, Пётр Ёлкин (5 «А» класс), отсутствовал на уроке «Математика» 28.11.2026 в 09:00—09:40.\n"
            + "МБОУ «Средняя общеобразовательная школа № 1», г. Ханты-Мансийск.";

    private static final long TIMEOUT_SECONDS = 120;

    private Notifier notifier;

    /**
     * Creates the channel under test, called once before each check; what it delivers must
     * afterwards be all that {@link #deliveredMessages()} shows.
     *
     * @return the notifier; not null
     */
    protected abstract Notifier createNotifier();

    /**
     * Returns a deliverable address of the channel, a different one for each {@code n} (0 or more).
     */
    protected abstract String address(int n);

    /**
     * Returns an address the channel can never deliver to (malformed for it), whose delivery must
     * end {@code FAILED_PERMANENTLY}; empty if every address is deliverable for this channel.
     */
    protected abstract Optional<String> undeliverableAddress();

    /** Returns what arrived at the far end since the notifier was made, in any order. */
    protected abstract List<DeliveredMessage> deliveredMessages();

    @BeforeEach
    final void createTheNotifier() {
        notifier = Objects.requireNonNull(createNotifier(), "createNotifier() returned null");
    }

    @AfterEach
    final void closeTheNotifier() {
        notifier.close();
    }

    /** Returns the notifier under test of the current check. */
    protected final Notifier notifier() {
        return notifier;
    }

    private Notification absence(String key, int to) {
        return new Notification(key, address(to), ABSENCE_SUBJECT, ABSENCE_BODY);
    }

    @Nested
    @DisplayName("Delivery: Russian text arrives intact and SENT is reported (ATT-5)")
    class Delivery {

        @Test
        @DisplayName("an absence notification arrives once, its Russian subject and body intact, and is reported SENT")
        void required_russianText_arrivesIntact() {
            DeliveryOutcome outcome = notifier.deliver(absence("absence-1", 1));

            assertThat(outcome).isEqualTo(DeliveryOutcome.sent());
            assertThat(deliveredMessages()).containsExactly(
                    new DeliveredMessage(address(1), ABSENCE_SUBJECT, ABSENCE_BODY));
        }

        @Test
        @DisplayName("notifications with different keys each arrive, at their own addresses")
        void required_distinctKeys_eachArrive() {
            for (int i = 0; i < 3; i++) {
                assertThat(notifier.deliver(absence("absence-" + i, i)).status()).isEqualTo(DeliveryStatus.SENT);
            }

            assertThat(deliveredMessages()).extracting(DeliveredMessage::address)
                    .containsExactlyInAnyOrder(address(0), address(1), address(2));
        }

        @Test
        @DisplayName("the same text under two keys is two notifications: both arrive (a follow-up is not a repeat)")
        void required_sameTextUnderTwoKeys_arrivesTwice() {
            notifier.deliver(absence("absence-1", 1));
            notifier.deliver(absence("absence-1-follow-up", 1));

            assertThat(deliveredMessages()).hasSize(2);
        }

        @Test
        @DisplayName("a long body of many lines arrives intact")
        void required_longBody_arrivesIntact() {
            StringBuilder body = new StringBuilder();
            for (int i = 1; i <= 200; i++) {
                body.append(i).append(". Домашнее задание: упражнение № ").append(i).append(", стр. ").append(i + 10).append('\n');
            }
            body.append("Классный руководитель — Ёлкина Мария Петровна");

            assertThat(notifier.deliver(new Notification("digest-1", address(1), "Сводка за неделю", body.toString())))
                    .isEqualTo(DeliveryOutcome.sent());
            assertThat(deliveredMessages()).extracting(DeliveredMessage::body).containsExactly(body.toString());
        }
    }

    @Nested
    @DisplayName("Idempotency: a key already sent is not sent again")
    class Idempotency {

        @Test
        @DisplayName("the same notification delivered twice arrives once, and both attempts report SENT")
        void required_sameKeyTwice_arrivesOnce() {
            DeliveryOutcome first = notifier.deliver(absence("absence-1", 1));
            DeliveryOutcome second = notifier.deliver(absence("absence-1", 1));

            assertThat(first).isEqualTo(DeliveryOutcome.sent());
            assertThat(second).isEqualTo(DeliveryOutcome.sent());
            assertThat(deliveredMessages()).hasSize(1);
        }

        @Test
        @DisplayName("a key already sent, reused for another notification, is refused naming the key")
        void required_keyReusedForAnotherNotification_isRefused() {
            notifier.deliver(absence("absence-1", 1));

            assertThatThrownBy(() -> notifier.deliver(absence("absence-1", 2)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absence-1");
            assertThat(deliveredMessages()).hasSize(1);
        }
    }

    @Nested
    @DisplayName("Refusals: bad input is refused clearly, undeliverable addresses fail for good")
    class Refusals {

        @Test
        @DisplayName("no notification is a NullPointerException naming it")
        void required_nullNotification_isRefused() {
            assertThatThrownBy(() -> notifier.deliver(null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("notification");
        }

        @Test
        @DisplayName("a blank address or a missing key cannot even make a notification")
        void required_blankAddressOrNullKey_cannotBeMade() {
            assertThatThrownBy(() -> new Notification("absence-1", " ", ABSENCE_SUBJECT, ABSENCE_BODY))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("address");
            assertThatThrownBy(() -> new Notification(null, address(1), ABSENCE_SUBJECT, ABSENCE_BODY))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("idempotencyKey");
            assertThat(deliveredMessages()).isEmpty();
        }

        @Test
        @DisplayName("an address the channel can never reach ends FAILED_PERMANENTLY with a reason, and nothing arrives")
        void required_undeliverableAddress_failsPermanently() {
            Optional<String> undeliverable = undeliverableAddress();
            if (undeliverable.isEmpty()) {
                return;
            }
            DeliveryOutcome outcome = notifier.deliver(
                    new Notification("absence-1", undeliverable.get(), ABSENCE_SUBJECT, ABSENCE_BODY));

            assertThat(outcome.status()).isEqualTo(DeliveryStatus.FAILED_PERMANENTLY);
            assertThat(outcome.reason()).isNotBlank();
            assertThat(deliveredMessages()).isEmpty();
        }

        @Test
        @DisplayName("a closed notifier refuses to deliver with an IllegalStateException")
        void required_closedNotifier_refusesToDeliver() {
            notifier.close();

            assertThatThrownBy(() -> notifier.deliver(absence("absence-1", 1)))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(deliveredMessages()).isEmpty();
        }
    }

    @Nested
    @DisplayName("Concurrency: many threads deliver at once; each key arrives exactly once")
    class Concurrency {

        private static final int THREADS = 8;
        private static final int KEYS = 24;

        @Test
        @DisplayName("threads racing to deliver the same keys in different orders: each arrives once, all SENT")
        void required_racingDeliveriesOfTheSameKeys_arriveOnceEach() throws Exception {
            List<Notification> notifications = new ArrayList<>();
            for (int i = 0; i < KEYS; i++) {
                notifications.add(new Notification("absence-" + i, address(i), ABSENCE_SUBJECT, ABSENCE_BODY));
            }
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<List<DeliveryOutcome>>> results = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    List<Notification> order = new ArrayList<>(notifications);
                    Collections.shuffle(order, new Random(t));
                    Callable<List<DeliveryOutcome>> thread = () -> {
                        start.await();
                        List<DeliveryOutcome> outcomes = new ArrayList<>();
                        for (Notification notification : order) {
                            outcomes.add(notifier.deliver(notification));
                        }
                        return outcomes;
                    };
                    results.add(pool.submit(thread));
                }
                start.countDown();
                for (Future<List<DeliveryOutcome>> result : results) {
                    assertThat(result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)).containsOnly(DeliveryOutcome.sent());
                }
            } finally {
                pool.shutdownNow();
            }

            List<DeliveredMessage> delivered = deliveredMessages();
            assertThat(delivered).hasSize(KEYS);
            assertThat(delivered).extracting(DeliveredMessage::address).doesNotHaveDuplicates();
            assertThat(delivered).allSatisfy(message -> {
                assertThat(message.subject()).isEqualTo(ABSENCE_SUBJECT);
                assertThat(message.body()).isEqualTo(ABSENCE_BODY);
            });
        }
    }
}
