package org.schooljournal.core.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.school.RoleAssigned;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolLog;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.storage.ConcurrencyConflictException;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;

/**
 * The one decide-and-append loop under contention: it decides again after a randomised wait, and
 * gives up with CONFLICT after {@link Backoff#MAX_ATTEMPTS} attempts. The waits are recorded, not
 * made.
 */
@DisplayName("the decide-and-append loop retries a concurrent change with jittered waits, then gives up with CONFLICT")
class StreamWriterTest {

    private static final String STREAM = "school-86-001";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-01T03:00:00Z"), ZoneOffset.UTC);

    private final List<Long> waits = new ArrayList<>();
    private final AtomicInteger conflictsLeft = new AtomicInteger();
    private final AtomicInteger decisions = new AtomicInteger();

    private Log log() {
        InMemoryEventStore memory = new InMemoryEventStore();
        DelegatingStore contended = new DelegatingStore(memory) {
            @Override
            public List<EventEnvelope> append(String streamId, long expectedVersion, List<EventData> events) {
                if (conflictsLeft.getAndDecrement() > 0) {
                    throw new ConcurrencyConflictException(streamId, expectedVersion, expectedVersion + 1);
                }
                return super.append(streamId, expectedVersion, events);
            }
        };
        return new Log(contended, SchoolLog.codec(), CLOCK, new Backoff(waits::add, () -> 0.75));
    }

    private StreamWriter.Written<SchoolEvent> write(Log log) {
        FoldedStreams<SchoolState, SchoolEvent> streams = log.streams(SchoolEvent.class, SchoolLog::apply);
        return log.writer().write(streams, STREAM, SchoolState.empty("86-001"), "admin", "AssignRole", (state, now) -> {
            decisions.incrementAndGet();
            return List.of(new RoleAssigned("head-1", Role.HEAD));
        });
    }

    @Test
    @DisplayName("two concurrent changes: decided three times, waiting 0.75 of 1 ms, then of 2 ms, and appended once")
    void retriesAfterWaits() {
        conflictsLeft.set(2);

        StreamWriter.Written<SchoolEvent> written = write(log());

        assertThat(written.envelopes()).hasSize(1);
        assertThat(decisions).hasValue(3);
        assertThat(waits).containsExactly(750_000L, 1_500_000L);
    }

    @Test
    @DisplayName("changes that keep coming: CONFLICT after 12 decisions and 11 waits, each within its bound, nothing appended")
    void givesUp() {
        conflictsLeft.set(Integer.MAX_VALUE);
        Log log = log();

        assertThatThrownBy(() -> write(log))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT))
                .hasMessage("AssignRole on school-86-001 met a concurrent change on each of its 12 attempts, waiting a"
                        + " random time of at most 527 ms in all between them; nothing was appended");
        assertThat(decisions).hasValue(Backoff.MAX_ATTEMPTS);
        assertThat(waits).hasSize(Backoff.MAX_ATTEMPTS - 1);
        for (int i = 0; i < waits.size(); i++) {
            assertThat(waits.get(i)).isEqualTo((long) (Backoff.longestWaitBefore(i + 2).toNanos() * 0.75));
        }
        assertThat(log.store().version(STREAM)).isZero();
    }
}
