package org.schooljournal.core.log;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
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
 * <p>This class is immutable and thread-safe.
 */
public final class HashChain {

    /** The algorithm of new entries. */
    public static final String ALGORITHM = "SHA-256";

    private HashChain() {
    }

    /**
     * Returns the hash of an envelope's content, hex.
     *
     * @throws IllegalArgumentException if the JDK does not know the algorithm
     */
    public static String hash(String algorithm, String streamId, long sequence, UUID eventId, String type,
            int schemaVersion, byte[] payload, String actor, Instant recordedAt, String previousHash) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalArgumentException("unknown hash algorithm " + algorithm, e);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + 256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeText(out, streamId);
            out.writeLong(sequence);
            writeText(out, eventId.toString());
            writeText(out, type);
            out.writeInt(schemaVersion);
            out.writeInt(payload.length);
            out.write(payload);
            writeText(out, actor);
            writeText(out, recordedAt.toString());
            writeText(out, previousHash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest(bytes.toByteArray()));
    }

    /** Returns the hash the envelope's content should have, with the envelope's own algorithm. */
    public static String expectedHash(EventEnvelope envelope) {
        EventData event = envelope.event();
        return hash(event.hashAlgorithm(), envelope.streamId(), envelope.sequence(), event.eventId(),
                event.type(), event.schemaVersion(), event.payload(), event.actor(), event.recordedAt(),
                event.previousHash());
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }
}
