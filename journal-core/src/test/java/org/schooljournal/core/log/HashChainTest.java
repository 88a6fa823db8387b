package org.schooljournal.core.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;

@Tag("ARC-4")
@DisplayName("ARC-4: the canonical form of a hashed envelope does not change")
class HashChainTest {

    @Test
    @DisplayName("a known envelope hashes to the digest stored by every version so far (25 years of logs depend on it)")
    void knownAnswer() {
        String hash = HashChain.hash("SHA-256", "school-86-001/journal/5А/math", 7,
                UUID.fromString("3f0c8a52-9a3e-4c1b-8f1e-2b7d6c5a4e10"), "EntryRecorded", 1,
                "{\"value\":\"5\"}".getBytes(StandardCharsets.UTF_8), "t-math",
                Instant.parse("2026-10-12T03:35:00.123456Z"), "0".repeat(64));

        assertThat(hash).isEqualTo("b90b0edc6466f8c1da9ee61c8fea83c69000f2e6bebfdd07ad874baecc85ed45");
    }

    @Test
    @DisplayName("hashing on one thread does not disturb the next hash: the same envelope twice, another between")
    void digestIsReset() {
        String first = HashChain.hash(HashChain.ALGORITHM, "s", 1, new UUID(1, 2), "T", 1, new byte[] {1}, "a",
                Instant.EPOCH, "");
        HashChain.hash(HashChain.ALGORITHM, "other", 2, new UUID(3, 4), "U", 2, new byte[] {2, 3}, "b", Instant.EPOCH, "x");

        assertThat(HashChain.hash(HashChain.ALGORITHM, "s", 1, new UUID(1, 2), "T", 1, new byte[] {1}, "a", Instant.EPOCH,
                "")).isEqualTo(first);
    }

    @Test
    @DisplayName("an envelope verifies against its hash only: not with a changed digit, not with another length")
    void verifiesTheStoredText() {
        UUID id = new UUID(5, 6);
        Instant at = Instant.parse("2026-10-12T03:35:00Z");
        String hash = HashChain.hash(HashChain.ALGORITHM, "s", 1, id, "T", 1, new byte[] {7}, "a", at, "");

        assertThat(HashChain.verifies(envelope(id, at, hash))).isTrue();
        char changed = hash.charAt(10) == '0' ? '1' : '0';
        assertThat(HashChain.verifies(envelope(id, at, hash.substring(0, 10) + changed + hash.substring(11)))).isFalse();
        assertThat(HashChain.verifies(envelope(id, at, hash + "00"))).isFalse();
        assertThat(HashChain.verifies(envelope(id, at, hash.substring(2)))).isFalse();
    }

    private static EventEnvelope envelope(UUID id, Instant at, String hash) {
        return new EventEnvelope("s", 1, 1, new EventData(id, "T", 1, new byte[] {7}, "a", at, "", hash,
                HashChain.ALGORITHM));
    }
}
