package org.schooljournal.core.log;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;

/**
 * The hash chain of a stream (ARC-4, ARC-6): each envelope's hash covers its stream, sequence,
 * event id, type, schema version, payload, actor, time of recording and the previous envelope's
 * hash, so that changing, removing or reordering any envelope breaks every hash after it. The
 * algorithm's name is stored with each envelope so that it can change over 25 years; new entries
 * use {@link #ALGORITHM}.
 *
 * <p>The hashed bytes are, in order: each text as its UTF-8 length (a big-endian int) and bytes,
 * the sequence as a big-endian long, the schema version and the payload's length as big-endian
 * ints, the payload; the event id and the time of recording as their {@code toString} texts
 * (ISO-8601, {@link InstantText}). They are written into one buffer per thread
 * ({@link CanonicalBytes}) and fed to the digest at once, through one digest per thread and
 * algorithm.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HashChain {

    /** The algorithm of new entries. */
    public static final String ALGORITHM = "SHA-256";

    /**
     * The algorithms verification accepts (ARC-4, ARC-6): SHA-256, which the log writes, and the
     * stronger members of the SHA-2 and SHA-3 families, for a log rewritten with one of them in the
     * 25 years it is kept. Anything else — MD5, SHA-1, an unknown name — is a break, whatever the
     * hashes say: a weak algorithm lets anyone forge a matching envelope.
     */
    public static final List<String> ACCEPTED = List.of("SHA-256", "SHA-384", "SHA-512", "SHA-512/256", "SHA3-256",
            "SHA3-384", "SHA3-512");

    /** The value of each lower-case hex digit by its character; -1 for any other below 128. */
    private static final byte[] NIBBLES = nibbles();

    private static final ThreadLocal<Hasher> HASHERS = ThreadLocal.withInitial(Hasher::new);

    private HashChain() {
    }

    /** Returns whether verification accepts the algorithm: one of {@link #ACCEPTED}, by its exact name. */
    public static boolean accepted(String algorithm) {
        return ALGORITHM.equals(algorithm) || ACCEPTED.contains(algorithm);
    }

    /**
     * Returns the hash of an envelope's content, hex.
     *
     * @throws IllegalArgumentException if the JDK does not know the algorithm
     */
    public static String hash(String algorithm, String streamId, long sequence, UUID eventId, String type,
            int schemaVersion, byte[] payload, String actor, Instant recordedAt, String previousHash) {
        return HexFormat.of().formatHex(digest(algorithm, streamId, sequence, eventId, type, schemaVersion, payload,
                actor, recordedAt, previousHash));
    }

    /** Returns the hash the envelope's content should have, with the envelope's own algorithm. */
    public static String expectedHash(EventEnvelope envelope) {
        return HexFormat.of().formatHex(digestOf(envelope));
    }

    /**
     * Returns whether the envelope's stored hash is the hash of its content, comparing the digest
     * with the stored hex text without formatting it.
     *
     * @throws IllegalArgumentException if the JDK does not know the envelope's algorithm
     */
    public static boolean verifies(EventEnvelope envelope) {
        byte[] digest = digestOf(envelope);
        String stored = envelope.event().hash();
        if (stored.length() != 2 * digest.length) {
            return false;
        }
        for (int i = 0; i < digest.length; i++) {
            int high = nibble(stored.charAt(2 * i));
            int low = nibble(stored.charAt(2 * i + 1));
            if (high < 0 || low < 0 || (byte) (high << 4 | low) != digest[i]) {
                return false;
            }
        }
        return true;
    }

    /** Returns the value of a lower-case hex digit, as the hashes are written; -1 for anything else. */
    private static int nibble(char c) {
        return c < NIBBLES.length ? NIBBLES[c] : -1;
    }

    private static byte[] nibbles() {
        byte[] values = new byte[128];
        java.util.Arrays.fill(values, (byte) -1);
        for (int digit = 0; digit < 16; digit++) {
            values["0123456789abcdef".charAt(digit)] = (byte) digit;
        }
        return values;
    }

    private static byte[] digestOf(EventEnvelope envelope) {
        EventData event = envelope.event();
        Hasher hasher = HASHERS.get();
        MessageDigest digest = hasher.digest(event.hashAlgorithm());
        head(hasher, envelope.streamId(), envelope.sequence(), event.eventId(), event.type(), event.schemaVersion(),
                event.payloadLength()).payload(event);
        return tail(hasher, digest, event.actor(), event.recordedAt(), event.previousHash());
    }

    private static byte[] digest(String algorithm, String streamId, long sequence, UUID eventId, String type,
            int schemaVersion, byte[] payload, String actor, Instant recordedAt, String previousHash) {
        Hasher hasher = HASHERS.get();
        MessageDigest digest = hasher.digest(algorithm);
        head(hasher, streamId, sequence, eventId, type, schemaVersion, payload.length).bytes(payload);
        return tail(hasher, digest, actor, recordedAt, previousHash);
    }

    /** Writes the hashed bytes before the payload into the thread's cleared buffer. */
    private static CanonicalBytes head(Hasher hasher, String streamId, long sequence, UUID eventId, String type,
            int schemaVersion, int payloadLength) {
        return hasher.bytes.clear()
                .text(streamId, hasher.stream)
                .number(sequence, Long.BYTES)
                .uuid(eventId)
                .text(type, hasher.type)
                .number(schemaVersion, Integer.BYTES)
                .number(payloadLength, Integer.BYTES);
    }

    /** Writes the hashed bytes after the payload and digests the buffer. */
    private static byte[] tail(Hasher hasher, MessageDigest digest, String actor, Instant recordedAt,
            String previousHash) {
        CanonicalBytes bytes = hasher.bytes.text(actor, hasher.actor).instant(recordedAt).text(previousHash);
        digest.update(bytes.array(), 0, bytes.length());
        return digest.digest();
    }

    /** A thread's buffer of hashed bytes and its digests, the last one used at hand. */
    private static final class Hasher {

        final CanonicalBytes bytes = new CanonicalBytes();
        final CanonicalBytes.Slot stream = new CanonicalBytes.Slot();
        final CanonicalBytes.Slot type = new CanonicalBytes.Slot();
        final CanonicalBytes.Slot actor = new CanonicalBytes.Slot();
        private final Map<String, MessageDigest> digests = new HashMap<>();
        private String lastAlgorithm = "";
        private MessageDigest last;

        /**
         * Returns this thread's digest of the algorithm, reset: every use ends with
         * {@link MessageDigest#digest()}, which resets it, and nothing between its update and its
         * digest can fail.
         */
        MessageDigest digest(String algorithm) {
            if (!algorithm.equals(lastAlgorithm)) {
                MessageDigest digest = digests.get(algorithm);
                if (digest == null) {
                    try {
                        digest = MessageDigest.getInstance(algorithm);
                    } catch (NoSuchAlgorithmException e) {
                        throw new IllegalArgumentException("unknown hash algorithm " + algorithm, e);
                    }
                    digests.put(algorithm, digest);
                }
                last = digest;
                lastAlgorithm = algorithm;
            }
            return last;
        }
    }
}
