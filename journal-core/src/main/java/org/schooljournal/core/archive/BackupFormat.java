package org.schooljournal.core.archive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;

/**
 * The lines of a backup file in their one canonical form (docs/backup-format.md): a flat JSON
 * object per line, fields in a fixed order, no spaces, integers in plain decimal, strings with
 * {@code "} and {@code \} escaped by a backslash and every character outside printable ASCII
 * (U+0020…U+007E) escaped as {@code \}{@code u} and four lower-case hex digits of its UTF-16 unit,
 * payloads in standard padded Base64, and a newline (LF) after each line. The reader parses a line
 * and writes it again in this form; a line that differs in any byte is refused, so no byte of a
 * file is left to a parser's leniency.
 *
 * <p>This class is immutable and thread-safe.
 */
final class BackupFormat {

    static final List<String> MANIFEST_FIELDS = List.of("format", "formatVersion", "schoolId", "streamId",
            "envelopeCount", "firstSequence", "lastSequence", "headHash", "hashAlgorithm", "createdAt",
            "digestAlgorithm", "envelopeDigest");
    static final List<String> ENVELOPE_FIELDS = List.of("sequence", "globalPosition", "eventId", "type",
            "schemaVersion", "actor", "recordedAt", "previousHash", "hash", "hashAlgorithm", "payload");
    static final List<String> TRAILER_FIELDS = List.of("trailer", "manifestDigest", "fileDigest");

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private BackupFormat() {
    }

    static byte[] manifestLine(BackupManifest manifest) {
        return new Line()
                .text("format", manifest.format())
                .number("formatVersion", manifest.formatVersion())
                .text("schoolId", manifest.schoolId())
                .text("streamId", manifest.streamId())
                .number("envelopeCount", manifest.envelopeCount())
                .number("firstSequence", manifest.firstSequence())
                .number("lastSequence", manifest.lastSequence())
                .text("headHash", manifest.headHash())
                .text("hashAlgorithm", manifest.hashAlgorithm())
                .text("createdAt", manifest.createdAt().toString())
                .text("digestAlgorithm", manifest.digestAlgorithm())
                .text("envelopeDigest", manifest.envelopeDigest())
                .bytes();
    }

    static byte[] envelopeLine(EventEnvelope envelope) {
        EventData event = envelope.event();
        return new Line()
                .number("sequence", envelope.sequence())
                .number("globalPosition", envelope.globalPosition())
                .text("eventId", event.eventId().toString())
                .text("type", event.type())
                .number("schemaVersion", event.schemaVersion())
                .text("actor", event.actor())
                .text("recordedAt", event.recordedAt().toString())
                .text("previousHash", event.previousHash())
                .text("hash", event.hash())
                .text("hashAlgorithm", event.hashAlgorithm())
                .text("payload", Base64.getEncoder().encodeToString(event.payload()))
                .bytes();
    }

    static byte[] trailerLine(String manifestDigest, String fileDigest) {
        return new Line()
                .text("trailer", Backup.FORMAT)
                .text("manifestDigest", manifestDigest)
                .text("fileDigest", fileDigest)
                .bytes();
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

    /** One line being written: a flat JSON object in canonical form. */
    private static final class Line {

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

        byte[] bytes() {
            return text.append("}\n").toString().getBytes(StandardCharsets.US_ASCII);
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
