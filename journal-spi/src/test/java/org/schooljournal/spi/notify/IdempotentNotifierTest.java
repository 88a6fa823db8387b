package org.schooljournal.spi.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A channel's part of exactly-once: keys sent are not sent again; failures are attempted again. */
@DisplayName("IdempotentNotifier")
class IdempotentNotifierTest {

    private static Notification absence(String key) {
        return new Notification(key, "mama@school.test", "Отсутствовал на уроке", "Пётр отсутствовал на уроке.");
    }

    /** A channel that counts its sends and answers with the outcomes it is given, in turn. */
    private static final class ScriptedChannel implements Notifier {
        final AtomicInteger sends = new AtomicInteger();
        private final List<DeliveryOutcome> outcomes;

        ScriptedChannel(DeliveryOutcome... outcomes) {
            this.outcomes = List.of(outcomes);
        }

        @Override
        public DeliveryOutcome deliver(Notification notification) {
            int n = sends.getAndIncrement();
            return outcomes.get(Math.min(n, outcomes.size() - 1));
        }
    }

    @Test
    @DisplayName("a key sent is not sent again; the repeat reports SENT")
    void sentKeyIsNotSentAgain() {
        ScriptedChannel channel = new ScriptedChannel(DeliveryOutcome.sent());
        Notifier notifier = IdempotentNotifier.of(channel);

        assertThat(notifier.deliver(absence("a"))).isEqualTo(DeliveryOutcome.sent());
        assertThat(notifier.deliver(absence("a"))).isEqualTo(DeliveryOutcome.sent());
        assertThat(channel.sends).hasValue(1);
    }

    @Test
    @DisplayName("after RETRY_LATER or FAILED_PERMANENTLY the same key is attempted again")
    void failedKeyIsAttemptedAgain() {
        ScriptedChannel channel = new ScriptedChannel(DeliveryOutcome.retryLater("down"),
                DeliveryOutcome.failedPermanently("550"), DeliveryOutcome.sent());
        Notifier notifier = IdempotentNotifier.of(channel);

        assertThat(notifier.deliver(absence("a")).status()).isEqualTo(DeliveryStatus.RETRY_LATER);
        assertThat(notifier.deliver(absence("a")).status()).isEqualTo(DeliveryStatus.FAILED_PERMANENTLY);
        assertThat(notifier.deliver(absence("a"))).isEqualTo(DeliveryOutcome.sent());
        assertThat(notifier.deliver(absence("a"))).isEqualTo(DeliveryOutcome.sent());
        assertThat(channel.sends).hasValue(3);
    }

    @Test
    @DisplayName("a key reused for another notification is refused naming it")
    void reusedKeyIsRefused() {
        Notifier notifier = IdempotentNotifier.of(new ScriptedChannel(DeliveryOutcome.sent()));
        notifier.deliver(absence("a"));

        assertThatThrownBy(() -> notifier.deliver(absence("a").withAddress("papa@school.test")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a'");
    }

    @Test
    @DisplayName("only the last `capacity` keys are remembered, the oldest forgotten first")
    void memoryIsBounded() {
        ScriptedChannel channel = new ScriptedChannel(DeliveryOutcome.sent());
        Notifier notifier = IdempotentNotifier.of(channel, 2);
        notifier.deliver(absence("a"));
        notifier.deliver(absence("b"));
        notifier.deliver(absence("c"));

        notifier.deliver(absence("c"));
        notifier.deliver(absence("a"));

        assertThat(channel.sends).hasValue(4);
        assertThatThrownBy(() -> IdempotentNotifier.of(channel, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("threads asking at once for one key make one send, and all get SENT")
    void racingDeliveriesSendOnce() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger sends = new AtomicInteger();
        Notifier notifier = IdempotentNotifier.of(notification -> {
            sends.incrementAndGet();
            inside.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return DeliveryOutcome.sent();
        });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<DeliveryOutcome>> results = new ArrayList<>();
            results.add(pool.submit(() -> notifier.deliver(absence("a"))));
            assertThat(inside.await(60, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 3; i++) {
                results.add(pool.submit(() -> notifier.deliver(absence("a"))));
            }
            release.countDown();
            for (Future<DeliveryOutcome> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo(DeliveryOutcome.sent());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sends).hasValue(1);
    }

    @Test
    @DisplayName("a closed notifier refuses to deliver, and closes its channel")
    void closedNotifierRefuses() {
        AtomicInteger closed = new AtomicInteger();
        Notifier notifier = IdempotentNotifier.of(new Notifier() {
            @Override
            public DeliveryOutcome deliver(Notification notification) {
                return DeliveryOutcome.sent();
            }

            @Override
            public void close() {
                closed.incrementAndGet();
            }
        });
        notifier.close();

        assertThatThrownBy(() -> notifier.deliver(absence("a"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThat(closed).hasValue(1);
    }
}
