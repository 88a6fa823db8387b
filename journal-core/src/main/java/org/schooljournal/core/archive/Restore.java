package org.schooljournal.core.archive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.schooljournal.core.log.SchoolStreams;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.storage.ConcurrencyConflictException;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;

/**
 * Restores every stream of a school from a file written by {@link Backup} (ARC-5) into a store,
 * which may hold other schools but no stream of this one: neither its own stream
 * {@code school-<id>} nor any stream under {@code school-<id>/}.
 *
 * <p>The whole file is checked before the first append (docs/backup-format.md, "Restore"): a
 * truncated file, any byte changed, a count that does not match or a chain that does not verify is
 * refused with INTEGRITY and nothing is imported; so is a store holding any stream of the school,
 * with CONFLICT. The streams are then appended in the file's order — the school's own stream
 * first, so that a journal never stands in the store without its school — in batches, with their
 * original event ids, sequences, types, payloads, actors, times of recording and hashes; the store
 * gives them new positions, as it does to every append. Finally every stream is walked
 * again in the store and its head compared with the manifest's.
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
     * @return the integrity of the restored school, as walked in the store
     * @throws JournalException see {@link #into(EventStore, Path, int)}
     */
    public static IntegrityReport into(EventStore store, Path source) {
        return into(store, source, DEFAULT_BATCH);
    }

    /**
     * Restores the school in the file into the store.
     *
     * @param store the store; it may hold other schools' streams, none of this school's
     * @param source the backup file, of format version 2 or 1
     * @param batchSize how many envelopes one append carries, 1 or more
     * @return the integrity of the restored school, as walked in the store
     * @throws JournalException INTEGRITY if the file does not check (nothing imported) or an
     *     imported stream does not verify in the store; CONFLICT if any stream of the school already
     *     holds events (nothing imported) or a stream gets events from elsewhere during the
     *     restore; NOT_FOUND if there is no such file; STORAGE if the file cannot be read or the
     *     store fails
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
        String what = "restore of school " + manifest.schoolId() + " from " + source;
        requireNoStreamOfTheSchool(store, manifest, what);
        Progress progress = new Progress(manifest);
        for (BackupManifest.StreamEntry stream : manifest.streams()) {
            List<EventEnvelope> envelopes = backup.envelopes(stream.streamId());
            int imported = 0;
            while (imported < envelopes.size()) {
                List<EventData> batch = envelopes.subList(imported, Math.min(envelopes.size(), imported + batchSize))
                        .stream().map(EventEnvelope::event).toList();
                List<EventEnvelope> stored;
                try {
                    stored = store.append(stream.streamId(), imported, batch);
                } catch (ConcurrencyConflictException e) {
                    throw new JournalException(ErrorCode.CONFLICT, what + " stopped: stream " + stream.streamId()
                            + " got events from elsewhere " + progress, e);
                } catch (RuntimeException e) {
                    ErrorCode code = e instanceof JournalException j ? j.code() : ErrorCode.STORAGE;
                    throw new JournalException(code, what + " stopped: the store failed on stream "
                            + stream.streamId() + " " + progress + ": " + e.getMessage(), e);
                }
                progress.add(stream.streamId(), batch.size());
                for (int i = 0; i < batch.size(); i++) {
                    EventEnvelope envelope = stored.size() == batch.size() ? stored.get(i) : null;
                    if (envelope == null || envelope.sequence() != imported + i + 1L
                            || !envelope.event().equals(batch.get(i))) {
                        throw new JournalException(ErrorCode.INTEGRITY, what + ": the store did not keep envelope "
                                + (imported + i + 1) + " of stream " + stream.streamId() + " (event id "
                                + batch.get(i).eventId() + ") as appended; " + progress);
                    }
                }
                imported += batch.size();
            }
        }
        return verifyImported(store, manifest, what);
    }

    /** Refuses, with CONFLICT, a store holding any stream of the school: in the file or not. */
    private static void requireNoStreamOfTheSchool(EventStore store, BackupManifest manifest, String what) {
        String schoolStream = SchoolStreams.of(manifest.schoolId());
        Set<String> candidates = new LinkedHashSet<>();
        candidates.add(schoolStream);
        manifest.streams().forEach(s -> candidates.add(s.streamId()));
        store.streamIds(schoolStream + "/").stream().filter(id -> id.startsWith(schoolStream + "/"))
                .forEach(candidates::add);
        Map<String, Long> held = new LinkedHashMap<>();
        for (String stream : candidates) {
            long version = store.version(stream);
            if (version != 0) {
                held.put(stream, version);
            }
        }
        if (!held.isEmpty()) {
            throw new JournalException(ErrorCode.CONFLICT, what + " refused, nothing was imported: the store already"
                    + " holds " + held.size() + (held.size() == 1 ? " stream" : " streams") + " of the school ("
                    + held.entrySet().stream().map(e -> e.getKey() + " with " + e.getValue() + " events")
                            .collect(Collectors.joining(", "))
                    + "); a backup is restored only into a store holding no stream of its school");
        }
    }

    /** Walks the school in the store and requires each stream of the file with the manifest's head. */
    private static IntegrityReport verifyImported(EventStore store, BackupManifest manifest, String what) {
        IntegrityReport report = IntegrityCheck.of(store).school(manifest.schoolId());
        List<String> problems = new ArrayList<>();
        for (BackupManifest.StreamEntry expected : manifest.streams()) {
            StreamIntegrity found = report.stream(expected.streamId()).orElse(null);
            if (found == null) {
                problems.add("stream " + expected.streamId() + " is missing");
                continue;
            }
            List<EventEnvelope> head = store.read(expected.streamId(), expected.lastSequence(), 1);
            if (!found.verified() || found.checked() < expected.envelopeCount() || head.isEmpty()
                    || !head.get(0).event().hash().equals(expected.headHash())) {
                problems.add(found.describe() + " (expected head " + expected.lastSequence() + " with hash "
                        + expected.headHash() + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new JournalException(ErrorCode.INTEGRITY, what + ": the imported school does not verify in the"
                    + " store: " + String.join("; ", problems));
        }
        return report;
    }

    /** How much was imported, per stream, for the messages of a restore that stops midway. */
    private static final class Progress {

        private final long total;
        private final Map<String, Long> imported = new LinkedHashMap<>();
        private final Map<String, Long> counts = new LinkedHashMap<>();
        private long done;

        Progress(BackupManifest manifest) {
            this.total = manifest.envelopeCount();
            manifest.streams().forEach(s -> counts.put(s.streamId(), s.envelopeCount()));
        }

        void add(String stream, long count) {
            imported.merge(stream, count, Long::sum);
            done += count;
        }

        @Override
        public String toString() {
            if (done == 0) {
                return "before the first append; nothing was imported";
            }
            return "after " + done + " of " + total + " envelopes were imported; in the store: "
                    + imported.entrySet().stream().map(e -> "stream " + e.getKey() + " envelopes 1 to " + e.getValue()
                            + (e.getValue().equals(counts.get(e.getKey())) ? " (whole)" : ""))
                            .collect(Collectors.joining(", "))
                    + ", each a verifiable prefix of its stream in the backup";
        }
    }
}
