package org.schooljournal.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.schooljournal.adapter.tck.SampleEvents;
import org.schooljournal.spi.storage.ConcurrencyConflictException;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;

/**
 * Two appends racing on one stream at the same expected version, from two stores over one
 * database (two application servers, each with its own pool and its own writer), so that no lock
 * in the JVM orders them and only the database can refuse the loser. The threads start together
 * behind a latch; nothing sleeps.
 */
final class RacingAppends {

    private static final long TIMEOUT_SECONDS = 120;

    private RacingAppends() {
    }

    /**
     * Races two appends of one new event each on {@code streamId}, {@code rounds} times, each round
     * at the version the previous one left, and checks each round: exactly one append wins, the
     * other is a {@link ConcurrencyConflictException} naming the stream and both versions, and
     * the stream holds the winner's event at the next sequence.
     */
    static void race(EventStore first, EventStore second, String streamId, int rounds) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (long version = 0; version < rounds; version++) {
                EventData mine = SampleEvents.event();
                EventData theirs = SampleEvents.event();
                CountDownLatch start = new CountDownLatch(1);
                long expected = version;
                Future<List<EventEnvelope>> a = threads.submit(() -> {
                    start.await();
                    return first.append(streamId, expected, List.of(mine));
                });
                Future<List<EventEnvelope>> b = threads.submit(() -> {
                    start.await();
                    return second.append(streamId, expected, List.of(theirs));
                });
                start.countDown();
                List<EventData> winners = new ArrayList<>();
                List<ConcurrencyConflictException> conflicts = new ArrayList<>();
                collect(a, mine, winners, conflicts);
                collect(b, theirs, winners, conflicts);

                assertThat(winners).as("winners of round %d", version).hasSize(1);
                assertThat(conflicts).as("conflicts of round %d", version).hasSize(1);
                ConcurrencyConflictException conflict = conflicts.get(0);
                assertThat(conflict.streamId()).isEqualTo(streamId);
                assertThat(conflict.expectedVersion()).isEqualTo(version);
                assertThat(conflict.actualVersion()).isEqualTo(version + 1);
                List<EventEnvelope> stored = first.read(streamId, 1, Integer.MAX_VALUE);
                assertThat(stored).hasSize((int) version + 1);
                assertThat(stored.get((int) version).event()).isEqualTo(winners.get(0));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static void collect(Future<List<EventEnvelope>> outcome, EventData event, List<EventData> winners,
            List<ConcurrencyConflictException> conflicts) throws Exception {
        try {
            List<EventEnvelope> appended = outcome.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            assertThat(appended).extracting(EventEnvelope::event).containsExactly(event);
            winners.add(event);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof ConcurrencyConflictException conflict)) {
                throw e;
            }
            conflicts.add(conflict);
        }
    }
}
