package org.schooljournal.core.archive;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;

/**
 * The lines of a backup file in their one canonical form (docs/backup-format.md), in format
 * version 2 and, to read older files, version 1: a flat JSON object per line, fields in a fixed
 * order, no spaces, integers in plain decimal, strings with
 * {@code "} and {@code \} escaped by a backslash and every character outside printable ASCII
 * (U+0020…U+007E) escaped as {@code \}{@code u} and four lower-case hex digits of its UTF-16 unit,
 * payloads in standard padded Base64, and a newline (LF) after each line. The reader parses a line
 * and writes it again in this form; a line that differs in any byte is refused, so no byte of a
 * file is left to a parser's leniency.
 *
 * <p>This class is immutable and thread-safe.
 */
final class BackupFormat {

    /** The fields of the manifest's first line, version 2. */
    static final List<String> MANIFEST_FIELDS = List.of("format", "formatVersion", "schoolId", "streamCount",
            "envelopeCount", "createdAt", "digestAlgorithm", "envelopeDigest");
    /** The fields of a stream line of the manifest, version 2. */
    static final List<String> STREAM_FIELDS = List.of("stream", "envelopeCount", "firstSequence", "lastSequence",
            "headHash", "hashAlgorithm");
    /** The fields of an envelope line, version 2. */
    static final List<String> ENVELOPE_FIELDS = List.of("streamId", "sequence", "globalPosition", "eventId", "type",
            "schemaVersion", "actor", "recordedAt", "previousHash", "hash", "hashAlgorithm", "payload");
    /** The fields of the manifest's only line, version 1. */
    static final List<String> MANIFEST_FIELDS_V1 = List.of("format", "formatVersion", "schoolId", "streamId",
            "envelopeCount", "firstSequence", "lastSequence", "headHash", "hashAlgorithm", "createdAt",
            "digestAlgorithm", "envelopeDigest");
    /** The fields of an envelope line, version 1: no stream id, the manifest's. */
    static final List<String> ENVELOPE_FIELDS_V1 = List.of("sequence", "globalPosition", "eventId", "type",
            "schemaVersion", "actor", "recordedAt", "previousHash", "hash", "hashAlgorithm", "payload");
    static final List<String> TRAILER_FIELDS = List.of("trailer", "manifestDigest", "fileDigest");

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private BackupFormat() {
    }

    /** Returns the manifest's lines in version 2: its first line, then one line per stream. */
    static byte[] manifestLines(BackupManifest manifest) {
        ByteArrayOutputStream lines = new ByteArrayOutputStream(256 * (manifest.streams().size() + 1));
        lines.writeBytes(manifestHead(manifest));
        for (BackupManifest.StreamEntry stream : manifest.streams()) {
            lines.writeBytes(streamLine(stream));
        }
        return lines.toByteArray();
    }

    /** Returns the manifest's first line, version 2. */
    static byte[] manifestHead(BackupManifest manifest) {
        return manifestHead(manifest.format(), manifest.formatVersion(), manifest.schoolId(), manifest.streams().size(),
                manifest.envelopeCount(), manifest.createdAt(), manifest.digestAlgorithm(), manifest.envelopeDigest());
    }

    /** Returns the manifest's first line, version 2, from its fields. */
    static byte[] manifestHead(String format, long formatVersion, String schoolId, long streamCount, long envelopeCount,
            Instant createdAt, String digestAlgorithm, String envelopeDigest) {
        return ascii(new Line()
                .text("format", format)
                .number("formatVersion", formatVersion)
                .text("schoolId", schoolId)
                .number("streamCount", streamCount)
                .number("envelopeCount", envelopeCount)
                .text("createdAt", createdAt.toString())
                .text("digestAlgorithm", digestAlgorithm)
                .text("envelopeDigest", envelopeDigest)
                .end());
    }

    /** Returns a stream line of the manifest, version 2. */
    static byte[] streamLine(BackupManifest.StreamEntry stream) {
        return ascii(new Line()
                .text("stream", stream.streamId())
                .number("envelopeCount", stream.envelopeCount())
                .number("firstSequence", stream.firstSequence())
                .number("lastSequence", stream.lastSequence())
                .text("headHash", stream.headHash())
                .text("hashAlgorithm", stream.hashAlgorithm())
                .end());
    }

    /** Returns the only line of a version 1 manifest, whose one stream is the school's. */
    static byte[] manifestLineV1(BackupManifest manifest) {
        BackupManifest.StreamEntry stream = manifest.schoolStream();
        return ascii(new Line()
                .text("format", manifest.format())
                .number("formatVersion", manifest.formatVersion())
                .text("schoolId", manifest.schoolId())
                .text("streamId", stream.streamId())
                .number("envelopeCount", stream.envelopeCount())
                .number("firstSequence", stream.firstSequence())
                .number("lastSequence", stream.lastSequence())
                .text("headHash", stream.headHash())
                .text("hashAlgorithm", stream.hashAlgorithm())
                .text("createdAt", manifest.createdAt().toString())
                .text("digestAlgorithm", manifest.digestAlgorithm())
                .text("envelopeDigest", manifest.envelopeDigest())
                .end());
    }

    /** Returns an envelope line, version 2: the stream id first. */
    static byte[] envelopeLine(EventEnvelope envelope) {
        return ascii(envelope(new Line().text("streamId", envelope.streamId()), envelope).end());
    }

    /** Returns an envelope line, version 1: without the stream id, which the manifest gives. */
    static byte[] envelopeLineV1(EventEnvelope envelope) {
        return ascii(envelope(new Line(), envelope).end());
    }

    private static Line envelope(Line line, EventEnvelope envelope) {
        EventData event = envelope.event();
        return line
                .number("sequence", envelope.sequence())
                .number("globalPosition", envelope.position())
                .text("eventId", event.eventId().toString())
                .text("type", event.type())
                .number("schemaVersion", event.schemaVersion())
                .text("actor", event.actor())
                .text("recordedAt", event.recordedAt().toString())
                .text("previousHash", event.previousHash())
                .text("hash", event.hash())
                .text("hashAlgorithm", event.hashAlgorithm())
                .text("payload", Base64.getEncoder().encodeToString(event.payload()));
    }

    static byte[] trailerLine(String manifestDigest, String fileDigest) {
        return ascii(new Line()
                .text("trailer", Backup.FORMAT)
                .text("manifestDigest", manifestDigest)
                .text("fileDigest", fileDigest)
                .end());
    }

    /** Returns a new digest of {@link Backup#DIGEST_ALGORITHM}. */
    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance(Backup.DIGEST_ALGORITHM);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no " + Backup.DIGEST_ALGORITHM, e);
        }
    }

    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    static byte[] ascii(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** One line being written: a flat JSON object in canonical form. */
    static final class Line {

        private final StringBuilder text = new StringBuilder(256).append('{');

        Line text(String name, String value) {
            key(name);
            quote(value);
            return this;
        }

        Line number(String name, long value) {
            key(name);
            text.append(value);
            return this;
        }

        /** Returns the line, closed and with its newline. */
        String end() {
            return text.append("}\n").toString();
        }

        private void key(String name) {
            if (text.length() > 1) {
                text.append(',');
            }
            quote(name);
            text.append(':');
        }

        private void quote(String value) {
            text.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"' || c == '\\') {
                    text.append('\\').append(c);
                } else if (c < 0x20 || c > 0x7e) {
                    text.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf])
                            .append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
                } else {
                    text.append(c);
                }
            }
            text.append('"');
        }
    }
}
