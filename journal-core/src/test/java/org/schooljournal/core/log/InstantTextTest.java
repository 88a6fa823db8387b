package org.schooljournal.core.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("ARC-4")
@DisplayName("ARC-4: the hash chain writes an instant exactly as Instant.toString does")
class InstantTextTest {

    @Test
    @DisplayName("any instant from year -1000 to 12000, whole seconds, milli-, micro- and nanoseconds")
    void sameAsToString() {
        long from = Instant.parse("-1000-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("+12000-01-01T00:00:00Z").getEpochSecond();
        qt().withExamples(5_000)
                .forAll(longs().between(from, to), integers().between(0, 999_999_999), integers().between(0, 3))
                .check((seconds, nano, precision) -> {
                    int rounded = switch (precision) {
                        case 0 -> 0;
                        case 1 -> nano / 1_000_000 * 1_000_000;
                        case 2 -> nano / 1_000 * 1_000;
                        default -> nano;
                    };
                    Instant instant = Instant.ofEpochSecond(seconds, rounded);
                    return InstantText.of(instant).equals(instant.toString());
                });
    }

    @Test
    @DisplayName("the edges: the epoch, year 0, the last instant of 9999 and the first of 10000")
    void edges() {
        for (String text : new String[] {"1970-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
                "+10000-01-01T00:00:00Z", "2026-10-12T03:40:00.000001Z", "2026-10-12T03:40:00.100Z"}) {
            Instant instant = Instant.parse(text);
            assertThat(InstantText.of(instant)).isEqualTo(instant.toString()).isEqualTo(text);
        }
    }
}
