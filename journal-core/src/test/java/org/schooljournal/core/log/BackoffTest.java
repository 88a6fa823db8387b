package org.schooljournal.core.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The schedule of waits after a concurrent change: full jitter, doubling from 1 ms to a cap of
 * 100 ms, twelve attempts. Tested as a schedule; nothing here waits.
 */
@DisplayName("the decide-and-append loop backs off with jitter after a concurrent change, within a bounded time")
class BackoffTest {

    @Test
    @DisplayName("the longest wait doubles from 1 ms before the second attempt up to 100 ms, none before the first")
    void longestWaits() {
        List<Long> millis = new ArrayList<>();
        for (int attempt = 1; attempt <= Backoff.MAX_ATTEMPTS; attempt++) {
            millis.add(Backoff.longestWaitBefore(attempt).toMillis());
        }
        assertThat(millis).containsExactly(0L, 1L, 2L, 4L, 8L, 16L, 32L, 64L, 100L, 100L, 100L, 100L);
        assertThat(Backoff.mostWaited()).isEqualTo(Duration.ofMillis(527));
        assertThatThrownBy(() -> Backoff.longestWaitBefore(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Backoff.longestWaitBefore(13)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attempt must be 1 to 12, was 13");
    }

    @Test
    @DisplayName("each wait is the jitter's share of the longest: never more, and spread over all of it")
    void jitteredWaits() {
        qt().forAll(integers().between(2, Backoff.MAX_ATTEMPTS), doubles().between(0, 0.999_999))
                .checkAssert((attempt, share) -> {
                    long wait = new Backoff(nanos -> { }, () -> share).waitBefore(attempt);
                    long longest = Backoff.longestWaitBefore(attempt).toNanos();
                    assertThat(wait).isBetween(0L, longest);
                    assertThat(wait).isCloseTo((long) (longest * share), org.assertj.core.data.Offset.offset(1L));
                });
        assertThatThrownBy(() -> new Backoff(nanos -> { }, () -> 1.0).waitBefore(2)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("a wait goes to the pause, a zero wait does not")
    void pauses() {
        List<Long> paused = new ArrayList<>();
        new Backoff(paused::add, () -> 0.5).before(5);
        new Backoff(paused::add, () -> 0.0).before(5);
        assertThat(paused).containsExactly(4_000_000L);
    }
}
