package org.schooljournal.core.archive;

import java.nio.file.Path;
import java.util.Objects;
import org.schooljournal.core.log.Log;
import org.schooljournal.core.log.SchoolStreams;

/**
 * The archive facet of the engine (ARC-4, ARC-5, ARC-6): checks the integrity of a school's whole
 * log — its own stream and every journal's and diary's — and backs it up to one portable file, or
 * restores it from one (format in docs/backup-format.md).
 *
 * <p>A host facet, like {@code engine.host()}: every method is for the host's own processes — a
 * nightly backup, a scheduled integrity check — and checks no reader, since what it reads and
 * writes is every student's and guardian's personal data (PD-2). A host shows its results to a
 * person only after checking their right.
 *
 * <p>This class is thread-safe. The engine makes it; reach it with {@code engine.archive()}.
 */
public final class Archive {

    private final Log log;

    /** Creates the facet. */
    @SuppressWarnings("exports") // the engine wires it: no one outside the module holds a log type
    public Archive(Log log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * For the host's own processes: walks the hash chain of the school's own stream and names the first envelope that does not
     * verify (ARC-4); {@link #integrity} checks its journals' and diaries' chains too.
     */
    public ChainReport verify(String schoolId) {
        return new ChainVerifier(log.store()).verify(SchoolStreams.of(schoolId));
    }

    /**
     * For the host's own processes: checks the school's whole log, its own stream and every other (ARC-4, ARC-6): per stream
     * the count, the head hash, and the first envelope that does not verify, if any.
     *
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school has no log
     */
    public IntegrityReport integrity(String schoolId) {
        return IntegrityCheck.of(log.store()).school(schoolId);
    }

    /**
     * For the host's own processes: exports the school's whole log to one portable file on any path, external media included
     * (ARC-5; format in docs/backup-format.md).
     *
     * @throws org.schooljournal.spi.JournalException INTEGRITY if the chain does not verify,
     *     VALIDATION if the target exists
     */
    public BackupManifest backup(String schoolId, Path target) {
        return Backup.export(log.store(), schoolId, target, log.clock());
    }

    /**
     * For the host's own processes: imports a backup into the store, where no stream of the school may hold events; the whole
     * file is checked before anything is appended (ARC-5).
     *
     * @throws org.schooljournal.spi.JournalException INTEGRITY if the file is truncated or
     *     altered, CONFLICT if a stream of the school holds events
     */
    public IntegrityReport restore(Path source) {
        Objects.requireNonNull(source, "source");
        return Restore.into(log.store(), source);
    }
}
