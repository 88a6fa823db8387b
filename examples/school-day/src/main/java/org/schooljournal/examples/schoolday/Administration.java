package org.schooljournal.examples.schoolday;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.ToIntFunction;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.archive.BackupManifest;
import org.schooljournal.core.archive.IntegrityReport;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

/**
 * The administrator's commands on the example's database: {@code verify} checks the integrity of
 * the school's log (ARC-4, ARC-6); {@code backup} checks it too and, when it is intact, copies it
 * to a file (ARC-5). Each returns the process's exit code: {@link SchoolDay#OK},
 * {@link SchoolDay#BROKEN} when the log does not verify, {@link SchoolDay#CANNOT} when there is
 * no database, no school in it, or the backup cannot be written.
 *
 * <p>Neither creates a database: a missing one is reported. Neither reads the school's state,
 * which a changed record might not even decode into; they walk the log's hash chain only.
 */
final class Administration {

    private final JournalStorage storage;
    private final Clock clock;
    private final RussianText russian;
    private final PrintStream out;

    /**
     * @param storage the database, not in memory
     * @param clock the clock of a backup's time of creation
     */
    Administration(JournalStorage storage, Clock clock, RussianText russian, PrintStream out) {
        this.storage = storage;
        this.clock = clock;
        this.russian = russian;
        this.out = out;
    }

    /** Checks the school's log and prints the report. */
    int verify() {
        return withEngine(engine -> check(engine).verified() ? SchoolDay.OK : SchoolDay.BROKEN);
    }

    /** Checks the school's log and, when it is intact, backs it up to the file, which must not exist. */
    int backup(Path file) {
        return withEngine(engine -> {
            if (!check(engine).verified()) {
                out.println(russian.text("backup.refused.broken"));
                return SchoolDay.BROKEN;
            }
            out.println();
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                out.println(russian.text("backup.refused.exists", file));
                return SchoolDay.CANNOT;
            }
            try {
                BackupManifest manifest = engine.archive().backup(YugraSchool.ID, file);
                new BackupPrintout(russian, out).print(manifest, file);
                return SchoolDay.OK;
            } catch (JournalException e) {
                out.println(russian.text("backup.refused", e.code(), e.getMessage()));
                return e.code() == ErrorCode.INTEGRITY ? SchoolDay.BROKEN : SchoolDay.CANNOT;
            }
        });
    }

    private IntegrityReport check(JournalEngine engine) {
        IntegrityReport report = engine.archive().verify(YugraSchool.ID);
        new IntegrityPrintout(russian, out).print(report, storage);
        return report;
    }

    private int withEngine(ToIntFunction<JournalEngine> task) {
        if (!storage.exists()) {
            out.println(russian.text("database.missing", storage));
            return SchoolDay.CANNOT;
        }
        try (JournalEngine engine = storage.open(clock)) {
            return task.applyAsInt(engine);
        } catch (JournalException e) {
            if (e.code() != ErrorCode.NOT_FOUND) {
                throw e;
            }
            out.println(russian.text("school.missing", YugraSchool.ID, storage));
            return SchoolDay.CANNOT;
        }
    }
}
