package org.schooljournal.adapter.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * How one report becomes a table (REP-10): its columns, with headers from the bundle, and one row
 * per line of the report. A report of several parts (the control of the journals: its journals,
 * late entries and pupils with few marks) becomes several tables, the sheets of one workbook. Each
 * report has one small form; a form holds no state of a report.
 *
 * @param <R> the report
 */
public interface TableForm<R> {

    /** Returns the report as a table: its first or only part. */
    Table table(R report);

    /**
     * Returns the report as tables, one per part, in the order of the workbook's sheets; the first
     * is {@link #table}. A report of one part is one table.
     */
    default List<Table> tables(R report) {
        return List.of(table(report));
    }

    /**
     * Writes the report as a workbook of a sheet per table.
     *
     * @throws IOException if the output fails
     */
    default void write(R report, OutputStream out) throws IOException {
        WorkbookWriter.write(tables(report), out);
    }
}
