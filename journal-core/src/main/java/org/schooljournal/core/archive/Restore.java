package org.schooljournal.core.archive;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.storage.ConcurrencyConflictException;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;

/**
 * Restores a school's stream from a file written by {@link Backup} (ARC-5) into a store, which may
 * hold other schools but must not hold this school's stream.
 *
 * <p>The whole file is checked before the first append (docs/backup-format.md, "Checks"): a
 * truncated file, any byte changed, a count that does not match or a chain that does not verify is
 * refused with INTEGRITY and nothing is imported. The envelopes are then appended in batches with
 * their original event ids, sequences, types, payloads, actors, times of recording and hashes; the
 * store gives them new global positions, as it does to every append. Finally the imported stream's
 * chain is walked again in the store and its head compared with the manifest's.
 *
 * <pre>{@code
 * IntegrityReport restored = Restore.into(newStore, Path.of("/mnt/usb/86-001-2026-06-30.jsonl"));
 * }</pre>
 *
 * <p>This class is stateless and thread-safe; do not run commands on the school while it is being
 * restored (a command appending in between stops the restore with CONFLICT).
 */
public final class Restore {

    /** How many envelopes one append carries, unless told otherwise. */
    public static final int DEFAULT_BATCH = 1_000;

    private Restore() {
    }

    /**
     * Restores the school in the file into the store, {@value #DEFAULT_BATCH} envelopes per append.
     *
     * @return the integrity of the restored stream, as walked in the store
     * @throws JournalException see {@link #into(EventStore, Path, int)}
     */
    public static IntegrityReport into(EventStore store, Path source) {
        return into(store, source, DEFAULT_BATCH);
    }

    /**
     * Restores the school in the file into the store.
     *
     * @param store the store; it may hold other streams, not the school's
     * @param source the backup file
     * @param batchSize how many envelopes one append carries, 1 or more
     * @return the integrity of the restored stream, as walked in the store
     * @throws JournalException INTEGRITY if the file does not check (nothing imported) or the
     *     imported stream does not verify in the store; CONFLICT if the school's stream already
     *     holds events (nothing imported) or gets events from elsewhere during the restore;
     *     NOT_FOUND if there is no such file; STORAGE if the file cannot be read or the store fails
     * @throws IllegalArgumentException if the batch size is below 1
     */
    public static IntegrityReport into(EventStore store, Path source, int batchSize) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(source, "source");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
        }
        BackupReader.Verified backup;
        try {
            backup = BackupReader.read(source);
        } catch (JournalException e) {
            throw new JournalException(e.code(), "restore refused, nothing was imported: " + e.getMessage(), e);
        }
        BackupManifest manifest = backup.manifest();
        String stream = manifest.streamId();
        String what = "restore of school " + manifest.schoolId() + " from " + source;
        long existing = store.version(stream);
        if (existing != 0) {
            throw new JournalException(ErrorCode.CONFLICT, what + " refused, nothing was imported: stream " + stream
                    + " already holds " + existing + " events; a backup is restored only into an empty stream");
        }
        List<EventEnvelope> envelopes = backup.envelopes();
        int imported = 0;
        while (imported < envelopes.size()) {
            List<EventData> batch = envelopes.subList(imported, Math.min(envelopes.size(), imported + batchSize))
                    .stream().map(EventEnvelope::event).toList();
            List<EventEnvelope> stored;
            try {
                stored = store.append(stream, imported, batch);
            } catch (ConcurrencyConflictException e) {
                throw new JournalException(ErrorCode.CONFLICT, what + " stopped: stream " + stream
                        + " got events from elsewhere " + progress(imported, envelopes.size()), e);
            } catch (RuntimeException e) {
                ErrorCode code = e instanceof JournalException j ? j.code() : ErrorCode.STORAGE;
                throw new JournalException(code, what + " stopped: the store failed " + progress(imported,
                        envelopes.size()) + ": " + e.getMessage(), e);
            }
            for (int i = 0; i < batch.size(); i++) {
                EventEnvelope envelope = stored.size() == batch.size() ? stored.get(i) : null;
                if (envelope == null || envelope.sequence() != imported + i + 1L
                        || !envelope.event().equals(batch.get(i))) {
                    throw new JournalException(ErrorCode.INTEGRITY, what + ": the store did not keep envelope "
                            + (imported + i + 1) + " (event id " + batch.get(i).eventId() + ") as appended; "
                            + progress(imported + batch.size(), envelopes.size()));
                }
            }
            imported += batch.size();
        }
        IntegrityReport report = IntegrityCheck.of(store).school(manifest.schoolId());
        List<EventEnvelope> head = store.read(stream, manifest.lastSequence(), 1);
        if (!report.verified() || report.checked() < manifest.envelopeCount() || head.isEmpty()
                || !head.get(0).event().hash().equals(manifest.headHash())) {
            throw new JournalException(ErrorCode.INTEGRITY, what + ": the imported stream does not verify in the store"
                    + " (expected head " + manifest.lastSequence() + " with hash " + manifest.headHash() + "): "
                    + report.describe());
        }
        return report;
    }

    private static String progress(long imported, long total) {
        return imported == 0 ? "before the first append; nothing was imported"
                : "after " + imported + " of " + total + " envelopes were imported; envelopes 1 to " + imported
                        + " are in the store, a verifiable prefix of the school's stream";
    }
}
