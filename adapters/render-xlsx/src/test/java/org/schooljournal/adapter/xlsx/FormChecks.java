package org.schooljournal.adapter.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** What the forms' tests share: a report's table written, read back with POI and checked, and its rows as a reader sees them. */
final class FormChecks {

    private FormChecks() {
    }

    /** Writes the report with its form, reads the workbook back and checks it equals the form's table cell by cell. */
    static <R> XSSFSheet written(TableForm<R> form, R report) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            form.write(report, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        XSSFSheet sheet = ReadBack.read(out.toByteArray()).getSheetAt(0);
        ReadBack.assertEquals(sheet, form.table(report));
        return sheet;
    }

    /**
     * Writes the report with its form, reads the workbook back and checks it has a sheet per table
     * of {@link TableForm#tables}, each equal to its table cell by cell.
     */
    static <R> org.apache.poi.xssf.usermodel.XSSFWorkbook sheets(TableForm<R> form, R report) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            form.write(report, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = ReadBack.read(out.toByteArray());
        List<Table> tables = form.tables(report);
        if (workbook.getNumberOfSheets() != tables.size()) {
            throw new AssertionError("the workbook has " + workbook.getNumberOfSheets() + " sheets, and the form "
                    + tables.size() + " tables");
        }
        for (int i = 0; i < tables.size(); i++) {
            ReadBack.assertEquals(workbook.getSheetAt(i), tables.get(i));
        }
        return workbook;
    }

    /** Returns the headers of a sheet read back. */
    static List<String> headers(XSSFSheet sheet) {
        return row(sheet, 0).stream().map(String.class::cast).toList();
    }

    /** Returns a row of a sheet read back, a cell's value as {@link ReadBack#value} gives it. */
    static List<Object> row(XSSFSheet sheet, int index) {
        XSSFRow row = sheet.getRow(index);
        List<Object> cells = new ArrayList<>();
        for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
            cells.add(row == null ? null : ReadBack.value(row.getCell(c)));
        }
        return cells;
    }
}
