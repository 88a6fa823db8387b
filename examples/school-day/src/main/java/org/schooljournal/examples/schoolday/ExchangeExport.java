package org.schooljournal.examples.schoolday;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.schooljournal.adapter.edfi.EdfiExtract;
import org.schooljournal.adapter.edfi.EdfiFolder;
import org.schooljournal.adapter.oneroster.OneRosterExport;
import org.schooljournal.core.access.Actor;

/**
 * Exports the school in the standard exchange formats (EXC-1, REP-10), as the deputy head would
 * hand it to a regional system: the roster of the year and its marks as a OneRoster 1.2 CSV bulk
 * data set (a zip), and the attendance and period marks as Ed-Fi interchange files and API bodies; then says
 * where they are. The files are written anew on each run.
 */
final class ExchangeExport {

    /** The school's number in the Ed-Fi system that receives it: the host's choice, here the ОКПО-like code. */
    static final long EDFI_SCHOOL_ID = 8_600_101L;

    private final YugraSchool school;
    private final RussianText russian;
    private final PrintStream out;

    ExchangeExport(YugraSchool school, RussianText russian, PrintStream out) {
        this.school = school;
        this.russian = russian;
        this.out = out;
    }

    /** Writes the data sets into the folder, made if missing. */
    void print(Path folder) {
        Actor deputy = Actor.of(YugraSchool.DEPUTY_HEAD);
        out.println(russian.text("exchange.title", folder));
        try {
            Files.createDirectories(folder);
            Path zip = folder.resolve("oneroster-" + YugraSchool.ID + ".zip");
            try (OutputStream stream = Files.newOutputStream(zip)) {
                OneRosterExport.write(school.engine(), deputy, YugraSchool.ID, stream);
            }
            out.println(russian.text("printouts.file", zip.getFileName(), russian.text("exchange.oneroster")));
            for (Path file : EdfiFolder.write(EdfiExtract.of(school.engine(), deputy, YugraSchool.ID, EDFI_SCHOOL_ID),
                    folder.resolve("edfi"))) {
                out.println(russian.text("printouts.file", folder.relativize(file), russian.text("exchange.edfi")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the exchange files into " + folder, e);
        }
    }
}
