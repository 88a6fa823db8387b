package org.schooljournal.adapter.xlsx.modulepath;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.schooljournal.core.reports.SetupReport;
import org.schooljournal.adapter.xlsx.SetupReportForm;
import org.schooljournal.adapter.xlsx.WorkbookWriter;

/**
 * A host that writes a workbook, run by {@code ModulePathTest} from the class path while
 * render-xlsx, journal-core and fastexcel are modules on the module path: the form reads its
 * Russian headers from the module's bundle, the writer uses fastexcel. Its package is not the
 * module's: a class path class in the module's package would be hidden by the module.
 */
public final class WriteOnTheModulePath {

    private WriteOnTheModulePath() {
    }

    /**
     * Writes the report of a complete set-up as a workbook and prints the writer's module.
     *
     * @param args the workbook's file
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        SetupReport complete = new SetupReport(List.of(), Optional.empty(), false);
        try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
            WorkbookWriter.write(List.of(new SetupReportForm(ZoneId.of("Asia/Yekaterinburg")).table(complete)), out);
        }
        System.out.println("module: " + WorkbookWriter.class.getModule().getName());
    }
}
