package org.schooljournal.core.archive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

/**
 * The manifest of a checkpoint (ARC-4, ARC-6): a small file a host keeps away from the store — on
 * other media, with another custodian, printed — as a witness of every stream's head at the
 * checkpoint, so that the school can be verified against it later
 * ({@code engine.archive().verify(schoolId, CheckpointManifest.read(path))}), also when the
 * store and its log were rewritten together. Format {@value #FORMAT}, version
 * {@value #FORMAT_VERSION}, described in docs/integrity.md: JSON Lines in the canonical form of the
 * backup file (docs/backup-format.md), so that a checkpoint has exactly one manifest, whose bytes
 * a signature can cover.
 *
 * <pre>{@code
 * Checkpoint checkpoint = engine.archive().checkpoint("86-001");
 * CheckpointManifest.write(checkpoint, Path.of("/mnt/witness/86-001-2026-10-12.jsonl"));
 * …
 * IntegrityReport report = engine.archive().verify("86-001", CheckpointManifest.read(Path.of(…)));
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CheckpointManifest {

    /** The format's name, the first field of the first line and of the trailer. */
    public static final String FORMAT = "school-journal-checkpoint";
    /** The format's version this library writes and reads. */
    public static final int FORMAT_VERSION = 1;

    static final List<String> HEAD_FIELDS = List.of("format", "formatVersion", "schoolId", "checkpointSequence",
            "recordedAt", "streamCount", "digestAlgorithm");
    static final List<String> STREAM_FIELDS = List.of("stream", "count", "position", "hash");
    static final List<String> TRAILER_FIELDS = List.of("trailer", "digest");

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private CheckpointManifest() {
    }

    /** Returns the manifest's bytes: its first line, a line per stream, the trailer. */
    public static byte[] toBytes(Checkpoint checkpoint) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(160 * (checkpoint.heads().size() + 2));
        bytes.writeBytes(head(checkpoint.schoolId(), checkpoint.sequence(), checkpoint.recordedAt(),
                checkpoint.heads().size()));
        checkpoint.heads().forEach(head -> bytes.writeBytes(stream(head)));
        bytes.writeBytes(trailer(digest(bytes.toByteArray(), bytes.size())));
        return bytes.toByteArray();
    }

    /**
     * Writes the manifest to a new file.
     *
     * @throws JournalException VALIDATION if the file exists (a manifest never overwrites one),
     *     STORAGE if it cannot be written
     */
    public static void write(Checkpoint checkpoint, Path target) {
        byte[] bytes = toBytes(checkpoint);
        try {
            Path directory = target.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            Files.write(target, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    StandardOpenOption.SYNC);
        } catch (FileAlreadyExistsException e) {
            throw new JournalException(ErrorCode.VALIDATION, "checkpoint manifest " + target
                    + " exists; a manifest never overwrites a file, choose a new name", e);
        } catch (IOException e) {
            throw new JournalException(ErrorCode.STORAGE, "checkpoint manifest " + target + " cannot be written: " + e, e);
        }
    }

    /**
     * Reads and checks a manifest file.
     *
     * @throws JournalException INTEGRITY if it is not a manifest of this format in canonical form
     *     with a matching digest, NOT_FOUND if there is no such file, STORAGE if it cannot be read
     */
    public static Checkpoint read(Path source) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(source);
        } catch (NoSuchFileException e) {
            throw new JournalException(ErrorCode.NOT_FOUND, "checkpoint manifest " + source + " does not exist", e);
        } catch (IOException e) {
            throw new JournalException(ErrorCode.STORAGE, "checkpoint manifest " + source + " cannot be read: " + e, e);
        }
        return parse(bytes, source.toString());
    }

    /**
     * Checks the bytes of a manifest; the name is used in messages.
     *
     * @throws JournalException INTEGRITY if they are not a manifest of this format in canonical
     *     form with a matching digest
     */
    public static Checkpoint parse(byte[] bytes, String name) {
        String where = "checkpoint manifest " + name + ": ";
        List<int[]> lines = lines(bytes, where);
        JsonNode head = object(bytes, lines.get(0), HEAD_FIELDS, where + "line 1");
        if (!FORMAT.equals(head.get("format").asText()) || head.get("formatVersion").asLong() != FORMAT_VERSION) {
            throw fault(where + "line 1 names format " + head.get("format") + " version " + head.get("formatVersion")
                    + "; this library reads " + FORMAT + " version " + FORMAT_VERSION);
        }
        long count = number(head, "streamCount", where + "line 1");
        if (count < 1 || count != lines.size() - 2) {
            throw fault(where + "streamCount is " + count + " but the file has " + (lines.size() - 2)
                    + " stream lines between its first line and its trailer: it was truncated or altered");
        }
        String schoolId = text(head, "schoolId", where + "line 1");
        long sequence = number(head, "checkpointSequence", where + "line 1");
        Instant recordedAt = instant(head, where + "line 1");
        if (!"SHA-256".equals(text(head, "digestAlgorithm", where + "line 1"))) {
            throw fault(where + "line 1: digestAlgorithm must be SHA-256");
        }
        requireCanonical(bytes, lines.get(0), head(schoolId, sequence, recordedAt, (int) count), where + "line 1");
        List<StreamHead> heads = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String at = where + "line " + (i + 1);
            JsonNode line = object(bytes, lines.get(i), STREAM_FIELDS, at);
            StreamHead streamHead;
            try {
                streamHead = new StreamHead(text(line, "stream", at), number(line, "count", at), number(line, "position", at),
                        text(line, "hash", at));
            } catch (IllegalArgumentException e) {
                throw fault(at + ": " + e.getMessage());
            }
            requireCanonical(bytes, lines.get(i), stream(streamHead), at);
            heads.add(streamHead);
        }
        int[] last = lines.get(lines.size() - 1);
        String at = where + "line " + lines.size() + " (the trailer)";
        JsonNode trailer = object(bytes, last, TRAILER_FIELDS, at);
        String digest = digest(bytes, last[0]);
        if (!FORMAT.equals(trailer.get("trailer").asText()) || !digest.equals(text(trailer, "digest", at))) {
            throw fault(at + ": its digest " + trailer.get("digest") + " is not the SHA-256 of the lines before it, "
                    + digest + ": the manifest was altered");
        }
        requireCanonical(bytes, last, trailer(digest), at);
        try {
            return new Checkpoint(schoolId, sequence, recordedAt, heads);
        } catch (IllegalArgumentException e) {
            throw fault(where + e.getMessage());
        }
    }

    private static byte[] head(String schoolId, long sequence, Instant recordedAt, int streams) {
        return BackupFormat.ascii(new BackupFormat.Line()
                .text("format", FORMAT)
                .number("formatVersion", FORMAT_VERSION)
                .text("schoolId", schoolId)
                .number("checkpointSequence", sequence)
                .text("recordedAt", recordedAt.toString())
                .number("streamCount", streams)
                .text("digestAlgorithm", "SHA-256")
                .end());
    }

    private static byte[] stream(StreamHead head) {
        return BackupFormat.ascii(new BackupFormat.Line()
                .text("stream", head.streamId())
                .number("count", head.count())
                .number("position", head.position())
                .text("hash", head.hash())
                .end());
    }

    private static byte[] trailer(String digest) {
        return BackupFormat.ascii(new BackupFormat.Line().text("trailer", FORMAT).text("digest", digest).end());
    }

    private static String digest(byte[] bytes, int length) {
        MessageDigest digest = BackupFormat.digest();
        digest.update(bytes, 0, length);
        return BackupFormat.hex(digest.digest());
    }

    /** Returns each line's start and end (its newline's offset); at least three lines. */
    private static List<int[]> lines(byte[] bytes, String where) {
        if (bytes.length == 0 || bytes[bytes.length - 1] != '\n') {
            throw fault(where + "it is empty or does not end with a newline: it was truncated");
        }
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b == '\n') {
                lines.add(new int[] {start, i});
                start = i + 1;
            } else if (b < 0x20 || b > 0x7e) {
                throw fault(where + "byte offset " + i + " holds 0x" + Integer.toHexString(b)
                        + ", which is not printable ASCII");
            }
        }
        if (lines.size() < 3) {
            throw fault(where + "it has " + lines.size() + " lines; a manifest has a first line, a line per stream"
                    + " and a trailer");
        }
        return lines;
    }

    private static JsonNode object(byte[] bytes, int[] line, List<String> fields, String where) {
        JsonNode node;
        try {
            node = MAPPER.readTree(bytes, line[0], line[1] - line[0]);
        } catch (JsonProcessingException e) {
            throw fault(where + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw fault(where + ": not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw fault(where + ": not a JSON object");
        }
        List<String> actual = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            actual.add(field.getKey());
        }
        if (!actual.equals(fields)) {
            throw fault(where + ": its fields are " + actual + "; expected exactly " + fields + " in this order");
        }
        return node;
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (!value.isTextual()) {
            throw fault(where + ": " + field + " is not a string");
        }
        return value.textValue();
    }

    private static long number(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw fault(where + ": " + field + " is not an integer");
        }
        return value.longValue();
    }

    private static Instant instant(JsonNode node, String where) {
        try {
            return Instant.parse(text(node, "recordedAt", where));
        } catch (DateTimeException e) {
            throw fault(where + ": recordedAt is not an instant");
        }
    }

    private static void requireCanonical(byte[] bytes, int[] line, byte[] canonical, String where) {
        int at = Arrays.mismatch(bytes, line[0], line[1] + 1, canonical, 0, canonical.length);
        if (at >= 0) {
            throw fault(where + ": not in the format's canonical form; it differs at byte offset " + (line[0] + at));
        }
    }

    private static JournalException fault(String detail) {
        return new JournalException(ErrorCode.INTEGRITY, detail);
    }
}
