package org.schooljournal.adapter.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * How one report becomes a table (REP-10): its columns, with headers from the bundle, and one row
 * per line of the report. Each report has one small form; a form holds no state of a report.
 *
 * @param <R> the report
 */
public interface TableForm<R> {

    /** Returns the report as a table. */
    Table table(R report);

    /**
     * Writes the report as a workbook of one sheet.
     *
     * @throws IOException if the output fails
     */
    default void write(R report, OutputStream out) throws IOException {
        WorkbookWriter.write(List.of(table(report)), out);
    }
}
