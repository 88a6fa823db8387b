package org.schooljournal.core.archive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.schooljournal.core.log.ChainReport;
import org.schooljournal.core.log.ChainVerifier;
import org.schooljournal.core.log.SchoolStreams;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;

/**
 * Reads a backup file whole and checks every byte of it before anything is imported
 * (docs/backup-format.md, "Checks"): the end of the file, the manifest, the trailer and its digest
 * of the manifest, each envelope line in canonical form, the count, the hash chain (walked by
 * {@link ChainVerifier}), the manifest against the chain's head, the digest of the envelope lines
 * and the digest of the file. The first check that fails is reported as INTEGRITY, naming the line,
 * the byte offset or the envelope.
 *
 * <p>Used by one thread at a time.
 */
final class BackupReader {

    /** A backup file that passed every check: its manifest and its envelopes, in order. */
    record Verified(BackupManifest manifest, List<EventEnvelope> envelopes) {
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final byte[] bytes;
    private final String name;
    private final List<Integer> starts = new ArrayList<>();

    private BackupReader(byte[] bytes, String name) {
        this.bytes = bytes;
        this.name = name;
    }

    /**
     * Reads and checks a backup file.
     *
     * @throws JournalException INTEGRITY if any check fails, NOT_FOUND if there is no such file,
     *     STORAGE if it cannot be read
     */
    static Verified read(Path source) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(source);
        } catch (NoSuchFileException e) {
            throw new JournalException(ErrorCode.NOT_FOUND, "backup " + source + " does not exist", e);
        } catch (IOException | OutOfMemoryError e) {
            throw new JournalException(ErrorCode.STORAGE, "backup " + source + " cannot be read: " + e, e);
        }
        return read(bytes, source.toString());
    }

    /** Checks the bytes of a backup file; the name is used in messages. */
    static Verified read(byte[] bytes, String name) {
        return new BackupReader(bytes, name).verify();
    }

    private Verified verify() {
        if (bytes.length == 0) {
            throw fault("the file is empty: it was truncated, or it is not a backup");
        }
        splitLines();
        int lineCount = starts.size();
        BackupManifest manifest = manifest();
        if (lineCount < 2) {
            throw fault("the file is truncated: it ends after the manifest (line 1), without envelopes or trailer");
        }
        int trailerLine = lineCount - 1;
        Map.Entry<String, String> trailer = trailer(trailerLine);
        String manifestDigest = digestOf(0, 1);
        if (!manifestDigest.equals(trailer.getKey())) {
            throw fault("line 1 (the manifest) does not match the manifest digest in the trailer (line " + lineCount
                    + "): the manifest or the trailer was altered");
        }
        List<EventEnvelope> envelopes = new ArrayList<>(lineCount - 2);
        for (int line = 1; line < trailerLine; line++) {
            envelopes.add(envelope(line, manifest.streamId()));
        }
        if (envelopes.size() != manifest.envelopeCount()) {
            throw fault("the manifest (line 1) declares " + manifest.envelopeCount() + " envelopes but the file holds "
                    + envelopes.size() + (envelopes.isEmpty() ? "" : " (lines 2 to " + trailerLine + ")")
                    + ": envelope lines were removed or added");
        }
        ChainReport chain = new ChainVerifier(new ListStore(manifest.streamId(), envelopes)).verify(manifest.streamId());
        chain.firstBreak().ifPresent(b -> {
            throw fault("line " + (chain.checked() + 1) + " (envelope sequence " + b.sequence() + ", event id "
                    + b.eventId() + ") does not verify: " + b.reason());
        });
        EventEnvelope head = envelopes.get(envelopes.size() - 1);
        if (!head.event().hash().equals(manifest.headHash())) {
            throw fault("the manifest's head hash " + manifest.headHash() + " (line 1) is not the hash "
                    + head.event().hash() + " of the last envelope (line " + trailerLine + ", sequence "
                    + head.sequence() + ")");
        }
        if (!head.event().hashAlgorithm().equals(manifest.hashAlgorithm())) {
            throw fault("the manifest's hash algorithm " + manifest.hashAlgorithm() + " (line 1) is not the algorithm "
                    + head.event().hashAlgorithm() + " of the last envelope (line " + trailerLine + ")");
        }
        if (!digestOf(1, trailerLine).equals(manifest.envelopeDigest())) {
            throw fault("the envelope digest in the manifest (line 1) does not match lines 2 to " + trailerLine
                    + ": an envelope line was altered");
        }
        if (!digestOf(0, trailerLine).equals(trailer.getValue())) {
            throw fault("the file digest in the trailer (line " + lineCount + ") does not match lines 1 to "
                    + trailerLine + ": the file was altered");
        }
        return new Verified(manifest, List.copyOf(envelopes));
    }

    /** Finds where each line starts; every line, the last included, ends with a newline. */
    private void splitLines() {
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                starts.add(start);
                start = i + 1;
            }
        }
        if (start != bytes.length) {
            throw fault("the file is truncated: its last line (line " + (starts.size() + 1) + ", from byte offset "
                    + start + ") does not end with a newline");
        }
    }

    private BackupManifest manifest() {
        String where = "line 1 (the manifest)";
        JsonNode node = object(0, where);
        JsonNode format = node.get("format");
        if (format == null || !format.isTextual() || !Backup.FORMAT.equals(format.textValue())) {
            throw fault(where + ": its format is " + format + ", not \"" + Backup.FORMAT
                    + "\": this is not a School Journal backup");
        }
        requireFields(node, BackupFormat.MANIFEST_FIELDS, where);
        long version = number(node, "formatVersion", where);
        if (version != Backup.FORMAT_VERSION) {
            throw fault(where + ": format version " + version + " is not one this library reads (it reads version "
                    + Backup.FORMAT_VERSION + ")");
        }
        BackupManifest manifest = new BackupManifest(Backup.FORMAT, (int) version,
                text(node, "schoolId", where), text(node, "streamId", where),
                number(node, "envelopeCount", where), number(node, "firstSequence", where),
                number(node, "lastSequence", where), text(node, "headHash", where), text(node, "hashAlgorithm", where),
                instant(node, "createdAt", where), text(node, "digestAlgorithm", where),
                text(node, "envelopeDigest", where));
        requireCanonical(0, BackupFormat.manifestLine(manifest), where);
        if (!manifest.streamId().equals(SchoolStreams.of(manifest.schoolId()))) {
            throw fault(where + ": stream " + manifest.streamId() + " is not the stream of school "
                    + manifest.schoolId() + ", " + SchoolStreams.of(manifest.schoolId()));
        }
        if (manifest.envelopeCount() < 1 || manifest.firstSequence() != 1
                || manifest.lastSequence() != manifest.envelopeCount()) {
            throw fault(where + ": envelopeCount " + manifest.envelopeCount() + ", firstSequence "
                    + manifest.firstSequence() + " and lastSequence " + manifest.lastSequence()
                    + " do not describe a whole stream (1 or more envelopes, sequences 1 to the count)");
        }
        if (!Backup.DIGEST_ALGORITHM.equals(manifest.digestAlgorithm())) {
            throw fault(where + ": digest algorithm " + manifest.digestAlgorithm() + " is not "
                    + Backup.DIGEST_ALGORITHM + ", the one of format version " + Backup.FORMAT_VERSION);
        }
        return manifest;
    }

    /** Returns the trailer's manifest digest (key) and file digest (value). */
    private Map.Entry<String, String> trailer(int line) {
        String where = "line " + (line + 1) + " (the last)";
        JsonNode node;
        try {
            node = object(line, where);
        } catch (JournalException e) {
            throw fault(where + " is not the trailer, so the file is truncated or its end was altered: "
                    + e.getMessage().substring(prefix().length()), e);
        }
        if (node.has("sequence")) {
            throw fault("the file is truncated: it ends with an envelope (line " + (line + 1)
                    + ") instead of the trailer");
        }
        requireFields(node, BackupFormat.TRAILER_FIELDS, where + ", the trailer,");
        String marker = text(node, "trailer", where);
        if (!Backup.FORMAT.equals(marker)) {
            throw fault(where + ": the trailer names " + marker + ", not " + Backup.FORMAT);
        }
        String manifestDigest = text(node, "manifestDigest", where);
        String fileDigest = text(node, "fileDigest", where);
        requireCanonical(line, BackupFormat.trailerLine(manifestDigest, fileDigest), where + " (the trailer)");
        return Map.entry(manifestDigest, fileDigest);
    }

    private EventEnvelope envelope(int line, String streamId) {
        String where = "line " + (line + 1) + " (an envelope)";
        JsonNode node = object(line, where);
        requireFields(node, BackupFormat.ENVELOPE_FIELDS, where);
        long sequence = number(node, "sequence", where);
        String eventId = text(node, "eventId", where);
        where = "line " + (line + 1) + " (envelope sequence " + sequence + ", event id " + eventId + ")";
        long schemaVersion = number(node, "schemaVersion", where);
        if (schemaVersion < Integer.MIN_VALUE || schemaVersion > Integer.MAX_VALUE) {
            throw fault(where + ": schemaVersion " + schemaVersion + " is not an int");
        }
        byte[] payload;
        try {
            payload = Base64.getDecoder().decode(text(node, "payload", where));
        } catch (IllegalArgumentException e) {
            throw fault(where + ": payload is not Base64: " + e.getMessage(), e);
        }
        EventEnvelope envelope;
        try {
            EventData event = new EventData(UUID.fromString(eventId), text(node, "type", where), (int) schemaVersion,
                    payload, text(node, "actor", where), instant(node, "recordedAt", where),
                    text(node, "previousHash", where), text(node, "hash", where), text(node, "hashAlgorithm", where));
            envelope = new EventEnvelope(streamId, sequence, number(node, "globalPosition", where), event);
        } catch (IllegalArgumentException e) {
            throw fault(where + ": " + e.getMessage(), e);
        }
        requireCanonical(line, BackupFormat.envelopeLine(envelope), where);
        return envelope;
    }

    /** Parses a line as a JSON object, after checking it holds printable ASCII only. */
    private JsonNode object(int line, String where) {
        int start = starts.get(line);
        int end = end(line);
        for (int i = start; i < end; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x20 || b > 0x7e) {
                throw fault(where + ": byte offset " + i + " holds 0x" + Integer.toHexString(b)
                        + ", which is not printable ASCII (the format is printable ASCII and newlines only)");
            }
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(bytes, start, end - start);
        } catch (JsonProcessingException e) {
            throw fault(where + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw fault(where + ": not valid JSON: " + e.getMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw fault(where + ": not a JSON object");
        }
        return node;
    }

    private void requireFields(JsonNode node, List<String> expected, String where) {
        List<String> actual = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            actual.add(field.getKey());
        }
        if (!actual.equals(expected)) {
            List<String> missing = new ArrayList<>(expected);
            missing.removeAll(actual);
            List<String> unknown = new ArrayList<>(actual);
            unknown.removeAll(expected);
            throw fault(where + ": its fields are " + actual + (missing.isEmpty() ? "" : ", missing " + missing)
                    + (unknown.isEmpty() ? "" : ", unknown " + unknown) + "; expected exactly " + expected
                    + " in this order");
        }
    }

    private String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (!value.isTextual()) {
            throw fault(where + ": " + field + " is " + value + ", not a string");
        }
        return value.textValue();
    }

    private long number(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw fault(where + ": " + field + " is " + value + ", not an integer");
        }
        return value.longValue();
    }

    private Instant instant(JsonNode node, String field, String where) {
        String text = text(node, field, where);
        try {
            return Instant.parse(text);
        } catch (DateTimeException e) {
            throw fault(where + ": " + field + " " + text + " is not an instant: " + e.getMessage(), e);
        }
    }

    /** Refuses a line that is not byte for byte the canonical form of what was read from it. */
    private void requireCanonical(int line, byte[] canonical, String where) {
        int start = starts.get(line);
        int end = end(line) + 1;
        int at = Arrays.mismatch(bytes, start, end, canonical, 0, canonical.length);
        if (at >= 0) {
            throw fault(where + ": not in the format's canonical form; it differs at byte offset " + (start + at)
                    + " (spacing, field order, the form of a number, a time, an id, an escape or the Base64 changed)");
        }
    }

    /** Returns the digest of lines from {@code first} up to, not including, {@code last}, newlines included. */
    private String digestOf(int first, int last) {
        MessageDigest digest = BackupFormat.digest();
        int start = starts.get(first);
        int end = last < starts.size() ? starts.get(last) : bytes.length;
        digest.update(bytes, start, end - start);
        return BackupFormat.hex(digest.digest());
    }

    /** Returns the offset of the line's newline. */
    private int end(int line) {
        return (line + 1 < starts.size() ? starts.get(line + 1) : bytes.length) - 1;
    }

    private String prefix() {
        return "backup " + name + ": ";
    }

    private JournalException fault(String detail) {
        return fault(detail, null);
    }

    private JournalException fault(String detail, Throwable cause) {
        return new JournalException(ErrorCode.INTEGRITY, prefix() + detail, cause);
    }
}
