package org.schooljournal.core.log;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.schooljournal.spi.storage.EventData;

/**
 * The bytes {@link HashChain} hashes for an envelope, written into one buffer that each thread
 * reuses, so that hashing an envelope allocates nothing and feeds the digest once: texts as their
 * UTF-8 length (a big-endian int) and bytes, numbers big-endian, the event id and the time of
 * recording as the texts {@link UUID#toString} and {@link Instant#toString} give — the same bytes
 * as {@code String.getBytes(UTF_8)} and {@code DataOutputStream} write, without making them.
 *
 * <p>Not thread-safe: one per thread.
 */
final class CanonicalBytes {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final int UUID_LENGTH = 36;

    /** The buffer's size; one that grew past {@link #KEPT} for a large payload is let go when cleared. */
    private static final int INITIAL = 1024;
    private static final int KEPT = 64 * 1024;

    private byte[] bytes = new byte[INITIAL];
    private int length;
    private long cachedDay = Long.MIN_VALUE;
    private final byte[] cachedDate = new byte[InstantText.DATE_LENGTH];

    /** Empties the buffer. */
    CanonicalBytes clear() {
        if (bytes.length > KEPT) {
            bytes = new byte[INITIAL];
        }
        length = 0;
        return this;
    }

    /** Returns the buffer; its first {@link #length()} bytes are written. */
    byte[] array() {
        return bytes;
    }

    /** Returns how many bytes are written. */
    int length() {
        return length;
    }

    /**
     * Writes a text as its UTF-8 length and bytes, as {@code String.getBytes(UTF_8)} encodes it:
     * a surrogate without its pair as {@code '?'}.
     */
    CanonicalBytes text(String text) {
        int chars = text.length();
        reserve(Integer.BYTES + 3 * chars);
        int start = length + Integer.BYTES;
        int i = start;
        byte[] out = bytes;
        int c = 0;
        for (char ch; c < chars && (ch = text.charAt(c)) < 0x80; c++) {
            out[i++] = (byte) ch;
        }
        for (; c < chars; c++) {
            char ch = text.charAt(c);
            if (ch < 0x80) {
                out[i++] = (byte) ch;
            } else if (ch < 0x800) {
                out[i++] = (byte) (0xc0 | ch >> 6);
                out[i++] = (byte) (0x80 | ch & 0x3f);
            } else if (Character.isSurrogate(ch)) {
                char low;
                if (Character.isHighSurrogate(ch) && c + 1 < chars
                        && Character.isLowSurrogate(low = text.charAt(c + 1))) {
                    int point = Character.toCodePoint(ch, low);
                    out[i++] = (byte) (0xf0 | point >> 18);
                    out[i++] = (byte) (0x80 | point >> 12 & 0x3f);
                    out[i++] = (byte) (0x80 | point >> 6 & 0x3f);
                    out[i++] = (byte) (0x80 | point & 0x3f);
                    c++;
                } else {
                    out[i++] = '?';
                }
            } else {
                out[i++] = (byte) (0xe0 | ch >> 12);
                out[i++] = (byte) (0x80 | ch >> 6 & 0x3f);
                out[i++] = (byte) (0x80 | ch & 0x3f);
            }
        }
        put(length, i - start, Integer.BYTES);
        length = i;
        return this;
    }

    /**
     * Writes a text as {@link #text} does, through a one-text cache of its slot: a walk of a stream
     * writes the same stream id, and mostly the same types and actors, envelope after envelope.
     */
    CanonicalBytes text(String text, Slot slot) {
        if (!text.equals(slot.text)) {
            int start = length;
            text(text);
            slot.text = text;
            slot.bytes = Arrays.copyOfRange(bytes, start, length);
            return this;
        }
        return bytes(slot.bytes);
    }

    /** The last text written through it and its bytes (length included). Not thread-safe. */
    static final class Slot {
        private String text;
        private byte[] bytes;
    }

    /** Writes the last {@code size} bytes of the value, big-endian, as DataOutputStream writes them. */
    CanonicalBytes number(long value, int size) {
        reserve(size);
        put(length, value, size);
        length += size;
        return this;
    }

    /** Writes the event id as the text {@link UUID#toString} gives: 36 lower-case characters. */
    CanonicalBytes uuid(UUID id) {
        number(UUID_LENGTH, Integer.BYTES);
        reserve(UUID_LENGTH);
        long most = id.getMostSignificantBits();
        long least = id.getLeastSignificantBits();
        int i = hex(most >>> 32, 8, length);
        bytes[i++] = '-';
        i = hex(most >>> 16, 4, i);
        bytes[i++] = '-';
        i = hex(most, 4, i);
        bytes[i++] = '-';
        i = hex(least >>> 48, 4, i);
        bytes[i++] = '-';
        length = hex(least, 12, i);
        return this;
    }

    /**
     * Writes the time as the text {@link Instant#toString} gives ({@link InstantText}), the date
     * from a one-day cache: a walk's envelopes were mostly recorded on the same day as the one before.
     */
    CanonicalBytes instant(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (!InstantText.writes(seconds)) {
            return text(instant.toString());
        }
        reserve(Integer.BYTES + InstantText.MAX_LENGTH);
        int start = length + Integer.BYTES;
        long day = Math.floorDiv(seconds, InstantText.SECONDS_PER_DAY);
        if (day != cachedDay) {
            InstantText.date(day, cachedDate, 0);
            cachedDay = day;
        }
        System.arraycopy(cachedDate, 0, bytes, start, InstantText.DATE_LENGTH);
        int end = InstantText.time((int) Math.floorMod(seconds, InstantText.SECONDS_PER_DAY), instant.getNano(), bytes,
                start + InstantText.DATE_LENGTH);
        put(length, end - start, Integer.BYTES);
        length = end;
        return this;
    }

    /** Writes bytes as they are. */
    CanonicalBytes bytes(byte[] data) {
        reserve(data.length);
        System.arraycopy(data, 0, bytes, length, data.length);
        length += data.length;
        return this;
    }

    /** Writes an event's payload as it is. */
    CanonicalBytes payload(EventData event) {
        int size = event.payloadLength();
        reserve(size);
        event.copyPayload(bytes, length);
        length += size;
        return this;
    }

    /** Writes the last {@code digits} (even) hex digits of the value from {@code at}; returns where they end. */
    private int hex(long value, int digits, int at) {
        byte[] out = bytes;
        for (int i = at + digits - 2; i >= at; i -= 2) {
            int b = (int) value & 0xff;
            out[i] = HEX[b >>> 4];
            out[i + 1] = HEX[b & 0xf];
            value >>>= 8;
        }
        return at + digits;
    }

    private void put(int at, long value, int size) {
        for (int i = 0; i < size; i++) {
            bytes[at + i] = (byte) (value >>> (8 * (size - 1 - i)));
        }
    }

    private void reserve(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + more));
        }
    }
}
