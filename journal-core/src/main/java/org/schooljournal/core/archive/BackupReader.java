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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.schooljournal.core.log.SchoolStreams;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;

/**
 * Reads a backup file whole and checks every byte of it before anything is imported
 * (docs/backup-format.md, "Restore"): the end of the file, the manifest (its first line and, in
 * version 2, its stream lines), the trailer and its digest of the manifest, each envelope line in
 * canonical form, the counts, the grouping of envelope lines by stream, each stream's hash chain
 * (walked by {@link ChainVerifier}), each stream's head against the manifest, the digest of the
 * envelope lines and the digest of the file. The first check that fails is reported as INTEGRITY,
 * naming the line, the byte offset, the stream or the envelope. Reads format versions 2 and 1.
 *
 * <p>Used by one thread at a time.
 */
final class BackupReader {

    /**
     * A backup file that passed every check: its manifest and the envelopes of each stream, in
     * the manifest's order of streams and in sequence order.
     */
    record Verified(BackupManifest manifest, Map<String, List<EventEnvelope>> streams) {

        Verified {
            streams = Collections.unmodifiableMap(new LinkedHashMap<>(streams));
        }

        /** Returns the envelopes of a stream of the file, in sequence order. */
        List<EventEnvelope> envelopes(String streamId) {
            return streams.getOrDefault(streamId, List.of());
        }
    }

    /** The fields of the manifest's first line, before the stream lines are read. */
    private record Head(int version, String schoolId, long streamCount, long envelopeCount, Instant createdAt,
            String digestAlgorithm, String envelopeDigest, List<BackupManifest.StreamEntry> v1Stream) {
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
    /** Whether the file is of format version 1: one stream, envelope lines without stream ids. */
    private boolean v1;

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
        Head head = head();
        int manifestLines = manifestLines(head, lineCount);
        String manifestRange = manifestLines == 1 ? "line 1" : "lines 1 to " + manifestLines;
        if (lineCount == manifestLines) {
            throw fault("the file is truncated: it ends after the manifest (" + manifestRange
                    + "), without envelopes or trailer");
        }
        List<BackupManifest.StreamEntry> streams = head.version() == 1 ? head.v1Stream() : streamLines(head);
        BackupManifest manifest = new BackupManifest(Backup.FORMAT, head.version(), head.schoolId(), streams,
                head.envelopeCount(), head.createdAt(), head.digestAlgorithm(), head.envelopeDigest());
        int trailerLine = lineCount - 1;
        Map.Entry<String, String> trailer = trailer(trailerLine);
        if (!digestOf(0, manifestLines).equals(trailer.getKey())) {
            throw fault("the manifest (" + manifestRange + ") does not match the manifest digest in the trailer (line "
                    + lineCount + "): the manifest or the trailer was altered");
        }
        List<EventEnvelope> envelopes = new ArrayList<>(lineCount - manifestLines - 1);
        for (int line = manifestLines; line < trailerLine; line++) {
            envelopes.add(head.version() == 1 ? envelopeV1(line, manifest.schoolStream().streamId()) : envelope(line));
        }
        if (envelopes.size() != manifest.envelopeCount()) {
            throw fault("the manifest (line 1) declares " + manifest.envelopeCount() + " envelopes but the file holds "
                    + envelopes.size() + (envelopes.isEmpty() ? "" : " (lines " + (manifestLines + 1) + " to "
                    + trailerLine + ")") + ": envelope lines were removed or added");
        }
        Map<String, List<EventEnvelope>> byStream = new LinkedHashMap<>();
        int first = 0;
        for (int i = 0; i < streams.size(); i++) {
            BackupManifest.StreamEntry stream = streams.get(i);
            int count = (int) stream.envelopeCount();
            List<EventEnvelope> own = envelopes.subList(first, first + count);
            int firstLine = manifestLines + first;
            for (int j = 0; j < own.size(); j++) {
                EventEnvelope envelope = own.get(j);
                if (!envelope.streamId().equals(stream.streamId())) {
                    throw fault(where(firstLine + j, envelope) + " is where the manifest (line " + (i + 2)
                            + ") places the envelopes of stream " + stream.streamId() + ": envelope lines were moved,"
                            + " or a stream id was altered");
                }
            }
            verifyStream(stream, own, firstLine, v1 ? 1 : i + 2);
            byStream.put(stream.streamId(), List.copyOf(own));
            first += count;
        }
        if (!digestOf(manifestLines, trailerLine).equals(manifest.envelopeDigest())) {
            throw fault("the envelope digest in the manifest (line 1) does not match lines " + (manifestLines + 1)
                    + " to " + trailerLine + ": an envelope line was altered");
        }
        if (!digestOf(0, trailerLine).equals(trailer.getValue())) {
            throw fault("the file digest in the trailer (line " + lineCount + ") does not match lines 1 to "
                    + trailerLine + ": the file was altered");
        }
        return new Verified(manifest, byStream);
    }

    /** Returns how many lines the manifest takes, refusing a file that ends within it. */
    private int manifestLines(Head head, int lineCount) {
        if (head.version() == 1) {
            return 1;
        }
        if (head.streamCount() >= lineCount) {
            throw fault("the file is truncated: it ends at line " + lineCount + ", within the manifest, which the"
                    + " manifest's first line says is " + (head.streamCount() + 1) + " lines long (streamCount "
                    + head.streamCount() + ")");
        }
        return (int) head.streamCount() + 1;
    }

    /** Walks one stream's chain over its lines and compares its head with its manifest line. */
    private void verifyStream(BackupManifest.StreamEntry stream, List<EventEnvelope> own, int firstLine,
            int manifestLine) {
        String streamId = stream.streamId();
        ChainReport chain = new ChainVerifier(new ListStore(streamId, own)).verify(streamId);
        chain.firstBreak().ifPresent(b -> {
            int line = firstLine + (int) chain.checked() - 1;
            throw fault(where(line, own.get(line - firstLine)) + " does not verify: " + b.reason());
        });
        EventEnvelope last = own.get(own.size() - 1);
        int lastLine = firstLine + own.size();
        String manifestWhere = manifestLine == 1 ? "(line 1)" : "(line " + manifestLine + ", stream " + streamId + ")";
        if (!last.event().hash().equals(stream.headHash())) {
            throw fault("the manifest's head hash " + stream.headHash() + " " + manifestWhere + " is not the hash "
                    + last.event().hash() + " of the last envelope (line " + lastLine + ", sequence "
                    + last.sequence() + ")");
        }
        if (!last.event().hashAlgorithm().equals(stream.hashAlgorithm())) {
            throw fault("the manifest's hash algorithm " + stream.hashAlgorithm() + " " + manifestWhere
                    + " is not the algorithm " + last.event().hashAlgorithm() + " of the last envelope (line "
                    + lastLine + ")");
        }
    }

    /** Names an envelope read from a line (0-based): line, stream in version 2, sequence and event id. */
    private String where(int line, EventEnvelope envelope) {
        return "line " + (line + 1) + " (" + (v1 ? "" : "stream " + envelope.streamId() + ", ")
                + "envelope sequence " + envelope.sequence() + ", event id " + envelope.event().eventId() + ")";
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

    /** Reads the manifest's first line: the format and its version, then the fields of that version. */
    private Head head() {
        String where = "line 1 (the manifest)";
        JsonNode node = object(0, where);
        JsonNode format = node.get("format");
        if (format == null || !format.isTextual() || !Backup.FORMAT.equals(format.textValue())) {
            throw fault(where + ": its format is " + format + ", not \"" + Backup.FORMAT
                    + "\": this is not a School Journal backup");
        }
        JsonNode versionNode = node.get("formatVersion");
        if (versionNode == null || !versionNode.isIntegralNumber() || !versionNode.canConvertToLong()) {
            throw fault(where + ": its formatVersion is " + versionNode + ", not an integer");
        }
        long version = versionNode.longValue();
        if (version != Backup.FORMAT_VERSION && version != 1) {
            throw fault(where + ": format version " + version + " is not one this library reads (it reads versions 1"
                    + " and " + Backup.FORMAT_VERSION + ")");
        }
        v1 = version == 1;
        Head head = v1 ? headV1(node, where) : headV2(node, where);
        if (!Backup.DIGEST_ALGORITHM.equals(head.digestAlgorithm())) {
            throw fault(where + ": digest algorithm " + head.digestAlgorithm() + " is not "
                    + Backup.DIGEST_ALGORITHM + ", the one of format version " + version);
        }
        return head;
    }

    private Head headV2(JsonNode node, String where) {
        requireFields(node, BackupFormat.MANIFEST_FIELDS, where);
        Head head = new Head(Backup.FORMAT_VERSION, text(node, "schoolId", where), number(node, "streamCount", where),
                number(node, "envelopeCount", where), instant(node, "createdAt", where),
                text(node, "digestAlgorithm", where), text(node, "envelopeDigest", where), List.of());
        requireCanonical(0, BackupFormat.manifestHead(Backup.FORMAT, head.version(), head.schoolId(),
                head.streamCount(), head.envelopeCount(), head.createdAt(), head.digestAlgorithm(),
                head.envelopeDigest()), where);
        if (head.streamCount() < 1 || head.envelopeCount() < head.streamCount()) {
            throw fault(where + ": streamCount " + head.streamCount() + " and envelopeCount " + head.envelopeCount()
                    + " do not describe a school (1 or more streams, each of 1 or more envelopes)");
        }
        return head;
    }

    private Head headV1(JsonNode node, String where) {
        requireFields(node, BackupFormat.MANIFEST_FIELDS_V1, where);
        BackupManifest manifest = new BackupManifest(Backup.FORMAT, 1, text(node, "schoolId", where),
                List.of(new BackupManifest.StreamEntry(text(node, "streamId", where),
                        number(node, "envelopeCount", where), number(node, "firstSequence", where),
                        number(node, "lastSequence", where), text(node, "headHash", where),
                        text(node, "hashAlgorithm", where))),
                number(node, "envelopeCount", where), instant(node, "createdAt", where),
                text(node, "digestAlgorithm", where), text(node, "envelopeDigest", where));
        requireCanonical(0, BackupFormat.manifestLineV1(manifest), where);
        BackupManifest.StreamEntry stream = manifest.schoolStream();
        String schoolStream = SchoolStreams.of(manifest.schoolId());
        if (!stream.streamId().equals(schoolStream)) {
            throw fault(where + ": stream " + stream.streamId() + " is not the stream of school "
                    + manifest.schoolId() + ", " + schoolStream);
        }
        requireWholeStream(stream, where);
        return new Head(1, manifest.schoolId(), 1, manifest.envelopeCount(), manifest.createdAt(),
                manifest.digestAlgorithm(), manifest.envelopeDigest(), manifest.streams());
    }

    /** Reads the stream lines of a version 2 manifest, lines 2 to streamCount + 1. */
    private List<BackupManifest.StreamEntry> streamLines(Head head) {
        String schoolStream = SchoolStreams.of(head.schoolId());
        String prefix = schoolStream + "/";
        List<BackupManifest.StreamEntry> streams = new ArrayList<>((int) head.streamCount());
        long total = 0;
        for (int line = 1; line <= head.streamCount(); line++) {
            String where = "line " + (line + 1) + " (a stream of the manifest)";
            JsonNode node = object(line, where);
            requireFields(node, BackupFormat.STREAM_FIELDS, where);
            BackupManifest.StreamEntry stream = new BackupManifest.StreamEntry(text(node, "stream", where),
                    number(node, "envelopeCount", where), number(node, "firstSequence", where),
                    number(node, "lastSequence", where), text(node, "headHash", where),
                    text(node, "hashAlgorithm", where));
            where = "line " + (line + 1) + " (stream " + stream.streamId() + " of the manifest)";
            requireCanonical(line, BackupFormat.streamLine(stream), where);
            if (line == 1 && !stream.streamId().equals(schoolStream)) {
                throw fault(where + ": the first stream must be the school's own, " + schoolStream);
            }
            if (line > 1) {
                String previous = streams.get(streams.size() - 1).streamId();
                if (!stream.streamId().startsWith(prefix)) {
                    throw fault(where + ": stream " + stream.streamId() + " is not a stream of school "
                            + head.schoolId() + " (its id must start with " + prefix + ")");
                }
                if (line > 2 && stream.streamId().compareTo(previous) <= 0) {
                    throw fault(where + ": stream " + stream.streamId() + " does not come after " + previous
                            + " (streams are listed once each, in the natural order of their ids)");
                }
            }
            requireWholeStream(stream, where);
            try {
                total = Math.addExact(total, stream.envelopeCount());
            } catch (ArithmeticException e) {
                throw fault(where + ": the streams' envelope counts overflow", e);
            }
            streams.add(stream);
        }
        if (total != head.envelopeCount()) {
            throw fault("line 1 (the manifest): envelopeCount " + head.envelopeCount() + " is not the sum " + total
                    + " of the streams' counts (lines 2 to " + (head.streamCount() + 1) + ")");
        }
        return streams;
    }

    private void requireWholeStream(BackupManifest.StreamEntry stream, String where) {
        if (stream.envelopeCount() < 1 || stream.firstSequence() != 1
                || stream.lastSequence() != stream.envelopeCount()) {
            throw fault(where + ": envelopeCount " + stream.envelopeCount() + ", firstSequence "
                    + stream.firstSequence() + " and lastSequence " + stream.lastSequence()
                    + " do not describe a whole stream (1 or more envelopes, sequences 1 to the count)");
        }
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

    /** Reads a version 2 envelope line, which names its stream. */
    private EventEnvelope envelope(int line) {
        String where = "line " + (line + 1) + " (an envelope)";
        JsonNode node = object(line, where);
        requireFields(node, BackupFormat.ENVELOPE_FIELDS, where);
        String streamId = text(node, "streamId", where);
        EventEnvelope envelope = envelope(line, node, streamId, "stream " + streamId + ", ");
        requireCanonical(line, BackupFormat.envelopeLine(envelope), where(line, envelope));
        return envelope;
    }

    /** Reads a version 1 envelope line, of the manifest's one stream. */
    private EventEnvelope envelopeV1(int line, String streamId) {
        String where = "line " + (line + 1) + " (an envelope)";
        JsonNode node = object(line, where);
        requireFields(node, BackupFormat.ENVELOPE_FIELDS_V1, where);
        EventEnvelope envelope = envelope(line, node, streamId, "");
        requireCanonical(line, BackupFormat.envelopeLineV1(envelope), where(line, envelope));
        return envelope;
    }

    private EventEnvelope envelope(int line, JsonNode node, String streamId, String stream) {
        String where = "line " + (line + 1) + " (an envelope)";
        long sequence = number(node, "sequence", where);
        String eventId = text(node, "eventId", where);
        where = "line " + (line + 1) + " (" + stream + "envelope sequence " + sequence + ", event id " + eventId + ")";
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
        try {
            EventData event = new EventData(UUID.fromString(eventId), text(node, "type", where), (int) schemaVersion,
                    payload, text(node, "actor", where), instant(node, "recordedAt", where),
                    text(node, "previousHash", where), text(node, "hash", where), text(node, "hashAlgorithm", where));
            return new EventEnvelope(streamId, sequence, number(node, "globalPosition", where), event);
        } catch (IllegalArgumentException e) {
            throw fault(where + ": " + e.getMessage(), e);
        }
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
