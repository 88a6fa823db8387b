package org.schooljournal.core.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The buffer the hash chain writes its bytes into against the reference encoding — the one the
 * chain used before, and the benchmarks' check: {@code String.getBytes(UTF_8)},
 * {@code UUID.toString}, {@code Instant.toString} and {@code DataOutputStream}.
 */
@Tag("ARC-4")
@DisplayName("ARC-4: the hashed bytes are written exactly as String.getBytes, UUID.toString, Instant.toString and DataOutputStream write them")
class CanonicalBytesTest {

    /** Any UTF-16 text, with lone and paired surrogates, Cyrillic and ASCII often. */
    private static Gen<String> texts() {
        Gen<Integer> chars = integers().between(0, 0x7f).mix(integers().between(0x400, 0x4ff))
                .mix(integers().between(0xd7f0, 0xe010)).mix(integers().between(0, 0xffff));
        return lists().of(chars).ofSizeBetween(0, 40).map(codes -> {
            StringBuilder text = new StringBuilder();
            codes.forEach(code -> text.append((char) code.intValue()));
            return text.toString();
        });
    }

    private static byte[] reference(List<String> texts, long number, UUID id, Instant at) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        for (String text : texts) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
        out.writeLong(number);
        byte[] idText = id.toString().getBytes(StandardCharsets.UTF_8);
        out.writeInt(idText.length);
        out.write(idText);
        byte[] atText = at.toString().getBytes(StandardCharsets.UTF_8);
        out.writeInt(atText.length);
        out.write(atText);
        out.writeInt((int) number);
        out.write(texts.get(0).getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    @Test
    @DisplayName("any texts, numbers, event ids and instants (years -1000 to 12000), into a reused buffer")
    void sameAsTheReference() {
        CanonicalBytes buffer = new CanonicalBytes();
        CanonicalBytes.Slot slot = new CanonicalBytes.Slot();
        long from = Instant.parse("-1000-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("+12000-01-01T00:00:00Z").getEpochSecond();
        qt().withExamples(5_000)
                .forAll(lists().of(texts()).ofSizeBetween(1, 4), longs().all(), longs().all(),
                        longs().between(from, to).zip(integers().between(0, 999_999_999),
                                (seconds, nano) -> Instant.ofEpochSecond(seconds, nano % 3 == 0 ? 0 : nano)))
                .checkAssert((texts, number, bits, at) -> {
                    UUID id = new UUID(bits, ~bits * 31);
                    buffer.clear();
                    buffer.text(texts.get(0), slot);
                    texts.subList(1, texts.size()).forEach(buffer::text);
                    buffer.number(number, Long.BYTES).uuid(id).instant(at).number(number, Integer.BYTES)
                            .bytes(texts.get(0).getBytes(StandardCharsets.UTF_8));
                    try {
                        assertThat(Arrays.copyOf(buffer.array(), buffer.length()))
                                .isEqualTo(reference(texts, number, id, at));
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                });
    }

    @Test
    @DisplayName("the caches of a text's slot and of the day write the same bytes on a hit as on a miss")
    void cachesWriteTheSameBytes() throws IOException {
        CanonicalBytes buffer = new CanonicalBytes();
        CanonicalBytes.Slot slot = new CanonicalBytes.Slot();
        UUID id = new UUID(1, 2);
        for (String text : new String[] {"school-86-001/journal/5А/math", new String("school-86-001/journal/5А/math"),
                "t-math", "school-86-001/journal/5А/math", "", "\ud83d\ude00😀"}) {
            for (Instant at : new Instant[] {Instant.parse("2026-10-12T03:35:00.123456Z"),
                    Instant.parse("2026-10-12T23:59:59Z"), Instant.parse("2026-10-13T00:00:00.000000001Z"),
                    Instant.parse("2026-10-12T00:00:00.5Z")}) {
                buffer.clear().text(text, slot).number(0, Long.BYTES).uuid(id).instant(at).number(0, Integer.BYTES)
                        .bytes(text.getBytes(StandardCharsets.UTF_8));
                assertThat(Arrays.copyOf(buffer.array(), buffer.length())).as(text + " at " + at)
                        .isEqualTo(reference(List.of(text), 0, id, at));
            }
        }
    }

    @Test
    @DisplayName("a payload larger than the buffer grows it; the next envelope starts empty in a buffer of the usual size")
    void growsAndShrinks() {
        CanonicalBytes buffer = new CanonicalBytes();
        byte[] large = new byte[200_000];
        Arrays.fill(large, (byte) 7);

        buffer.clear().text("s").bytes(large);
        assertThat(buffer.length()).isEqualTo(Integer.BYTES + 1 + large.length);
        assertThat(buffer.array()[buffer.length() - 1]).isEqualTo((byte) 7);

        buffer.clear().text("é");
        assertThat(buffer.length()).isEqualTo(Integer.BYTES + 2);
        assertThat(buffer.array().length).isLessThan(large.length);
    }
}
