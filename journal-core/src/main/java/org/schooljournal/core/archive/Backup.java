package org.schooljournal.core.archive;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;

/**
 * Backs up every stream of one school — its own stream and its journals' — to a single file
 * (ARC-5), in the format of {@code docs/backup-format.md}: the manifest (a line for the school and
 * one per stream with its count, sequences and head hash), one line per envelope with its stream
 * id and every field as stored (the payload in Base64), and a trailer line with the digests of the
 * manifest and of the whole file. {@link Restore} brings such a file back into any store that
 * holds no stream of that school.
 *
 * <pre>{@code
 * BackupManifest made = Backup.export(store, "86-001", Path.of("/mnt/usb/86-001-2026-06-30.jsonl"), clock);
 * BackupManifest found = Backup.verify(Path.of("/mnt/usb/86-001-2026-06-30.jsonl"));  // checks, imports nothing
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Backup {

    /** The format's name, the first field of the manifest and of the trailer. */
    public static final String FORMAT = "school-journal-backup";

    /**
     * The version of the format this library writes: 2, all the school's streams in one file. It
     * reads version 1 too, the one-stream files of earlier releases.
     */
    public static final int FORMAT_VERSION = 2;

    /** The algorithm of the manifest's and the trailer's digests. */
    public static final String DIGEST_ALGORITHM = "SHA-256";

    private static final int PAGE = 1_000;

    private Backup() {
    }

    /**
     * Writes every stream of the school to a new file. The chains are verified first (see {@link
     * IntegrityCheck#school}): a school one of whose streams does not verify is not backed up. The
     * envelopes written are those the verification walked, so commands appending meanwhile are not
     * in the backup. The file is written next to the target
     * under a temporary name, forced to the device, read back and checked like a file to be
     * restored, and only then moved to the target; on any failure no target is left behind.
     *
     * @param store the store holding the school
     * @param schoolId the school
     * @param target the file to create; its directories are created if missing
     * @param clock the clock of the manifest's {@code createdAt}
     * @return the manifest written
     * @throws JournalException NOT_FOUND if the school has no events, INTEGRITY if a stream's chain
     *     does not verify (naming the first envelope that does not and its stream) or the file
     *     written does not check,
     *     VALIDATION if the target exists, STORAGE if the file cannot be written
     */
    public static BackupManifest export(EventStore store, String schoolId, Path target, Clock clock) {
        return export(IntegrityCheck.of(Objects.requireNonNull(store, "store")), schoolId, target, clock);
    }

    /** Writes every stream of the school to a new file, after the check given. */
    static BackupManifest export(IntegrityCheck check, String schoolId, Path target, Clock clock) {
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(clock, "clock");
        EventStore store = check.store();
        IntegrityReport report = check.school(schoolId);
        if (!report.verified()) {
            throw new JournalException(ErrorCode.INTEGRITY, "school " + schoolId + " is not backed up: "
                    + report.describe());
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new JournalException(ErrorCode.VALIDATION, "backup target " + target
                    + " exists; a backup never overwrites a file, choose a new name");
        }
        Path directory = target.toAbsolutePath().getParent();
        Path body = null;
        Path part = null;
        try {
            Files.createDirectories(directory);
            body = Files.createTempFile(directory, "." + target.getFileName(), ".body");
            part = Files.createTempFile(directory, "." + target.getFileName(), ".part");
            MessageDigest envelopeDigest = BackupFormat.digest();
            List<BackupManifest.StreamEntry> streams = writeEnvelopes(store, report, body, envelopeDigest);
            BackupManifest manifest = new BackupManifest(FORMAT, FORMAT_VERSION, schoolId, streams, report.checked(),
                    clock.instant(), DIGEST_ALGORITHM, BackupFormat.hex(envelopeDigest.digest()));
            writeFile(manifest, body, part);
            BackupManifest written = check(part, target);
            if (!written.equals(manifest)) {
                throw new JournalException(ErrorCode.INTEGRITY, "backup " + target + " read back as " + written
                        + " instead of " + manifest);
            }
            move(part, target);
            return manifest;
        } catch (IOException e) {
            throw new JournalException(ErrorCode.STORAGE, "backup of school " + schoolId + " to " + target
                    + " cannot be written: " + e, e);
        } finally {
            deleteQuietly(body);
            deleteQuietly(part);
        }
    }

    /**
     * Checks a backup file as {@link Restore} checks it, and imports nothing: for a backup kept on
     * external media, at any time of the retention period (ARC-4). Reads format version 2 and the
     * one-stream files of version 1.
     *
     * @return the file's manifest, every stream of the file in it
     * @throws JournalException INTEGRITY naming what is wrong and where, NOT_FOUND if there is no
     *     such file, STORAGE if it cannot be read
     */
    public static BackupManifest verify(Path source) {
        return BackupReader.read(Objects.requireNonNull(source, "source")).manifest();
    }

    /**
     * Writes the verified envelopes of every stream as lines, stream after stream in the report's
     * order, digesting them; returns each stream's entry of the manifest.
     */
    private static List<BackupManifest.StreamEntry> writeEnvelopes(EventStore store, IntegrityReport report,
            Path body, MessageDigest digest) throws IOException {
        List<BackupManifest.StreamEntry> streams = new ArrayList<>(report.streams().size());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(body))) {
            for (StreamIntegrity stream : report.streams()) {
                EventEnvelope last = writeStream(store, stream, out, digest);
                if (!last.event().hash().equals(stream.headHash())) {
                    throw new JournalException(ErrorCode.INTEGRITY, "stream " + stream.streamId() + " of school "
                            + report.schoolId() + " changed while it was backed up: envelope " + last.sequence()
                            + " has hash " + last.event().hash() + ", the integrity check read "
                            + stream.headHash());
                }
                streams.add(new BackupManifest.StreamEntry(stream.streamId(), stream.checked(), 1, stream.checked(),
                        last.event().hash(), last.event().hashAlgorithm()));
            }
        }
        return streams;
    }

    /** Writes envelopes 1 to the checked count of one stream; returns the last. */
    private static EventEnvelope writeStream(EventStore store, StreamIntegrity stream, OutputStream out,
            MessageDigest digest) throws IOException {
        EventEnvelope last = null;
        long next = 1;
        while (next <= stream.checked()) {
            List<EventEnvelope> page = store.read(stream.streamId(), next,
                    (int) Math.min(PAGE, stream.checked() - next + 1));
            if (page.isEmpty()) {
                throw new JournalException(ErrorCode.STORAGE, "stream " + stream.streamId() + " ended at envelope "
                        + (next - 1) + " while it was backed up; it had " + stream.checked());
            }
            for (EventEnvelope envelope : page) {
                byte[] line = BackupFormat.envelopeLine(envelope);
                out.write(line);
                digest.update(line);
                last = envelope;
                next++;
            }
        }
        return Objects.requireNonNull(last, "last");
    }

    /** Writes the manifest, the envelope lines and the trailer, and forces them to the device. */
    private static void writeFile(BackupManifest manifest, Path body, Path part) throws IOException {
        MessageDigest fileDigest = BackupFormat.digest();
        byte[] manifestLine = BackupFormat.manifestLines(manifest);
        MessageDigest manifestDigest = BackupFormat.digest();
        manifestDigest.update(manifestLine);
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
            out.write(manifestLine);
            fileDigest.update(manifestLine);
            try (InputStream in = Files.newInputStream(body)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    fileDigest.update(buffer, 0, n);
                }
            }
            out.write(BackupFormat.trailerLine(BackupFormat.hex(manifestDigest.digest()),
                    BackupFormat.hex(fileDigest.digest())));
            out.flush();
            channel.force(true);
        }
    }

    private static BackupManifest check(Path part, Path target) {
        try {
            return BackupReader.read(part).manifest();
        } catch (JournalException e) {
            throw new JournalException(ErrorCode.INTEGRITY, "backup " + target
                    + " was not written: the file read back does not check: " + e.getMessage(), e);
        }
    }

    private static void move(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file left behind is named .<target>…; it holds nothing a reader trusts
            }
        }
    }
}
