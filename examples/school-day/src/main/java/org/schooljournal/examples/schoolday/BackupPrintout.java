package org.schooljournal.examples.schoolday;

import java.io.PrintStream;
import java.nio.file.Path;
import org.schooljournal.core.archive.BackupManifest;

/**
 * Prints the manifest of a backup just made (ARC-5): what the file holds — a line per chain of
 * records of the school, its own and each class journal's, with its records and the hash of the
 * last — and how to check it.
 */
final class BackupPrintout {

    private final RussianText russian;
    private final PrintStream out;

    BackupPrintout(RussianText russian, PrintStream out) {
        this.russian = russian;
        this.out = out;
    }

    /** Prints the manifest of the backup written to the file. */
    void print(BackupManifest manifest, Path file) {
        out.println(russian.text("backup.made", manifest.schoolId(), file));
        out.println(russian.text("backup.format", manifest.format(), manifest.formatVersion(),
                russian.instant(manifest.createdAt())));
        out.println(russian.text("backup.total", manifest.envelopeCount(), manifest.streams().size()));
        for (BackupManifest.StreamEntry stream : manifest.streams()) {
            out.println(russian.text("backup.stream", stream.streamId(), stream.envelopeCount(),
                    stream.firstSequence(), stream.lastSequence(), stream.hashAlgorithm(), stream.headHash()));
        }
        out.println(russian.text("backup.digest", manifest.digestAlgorithm(), manifest.envelopeDigest()));
    }
}
