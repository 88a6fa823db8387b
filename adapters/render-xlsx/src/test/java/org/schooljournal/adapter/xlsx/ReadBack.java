package org.schooljournal.adapter.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a written workbook back with Apache POI, an independent reader, and checks it against the
 * table it was written from: cell by cell, by type (a number where the table has one, a
 * date-formatted number for a date, a percent format for a percentage), the header row, the pane
 * frozen under it and the autofilter over the table.
 */
final class ReadBack {

    private ReadBack() {
    }

    /** Returns the workbook of one table, as bytes. */
    static byte[] written(List<Table> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            WorkbookWriter.write(tables, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Returns the workbook read by POI. */
    static XSSFWorkbook read(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the table, reads it back and checks that the sheet equals it. */
    static XSSFSheet roundTrip(Table table) {
        XSSFSheet sheet = read(written(List.of(table))).getSheetAt(0);
        assertEquals(sheet, table);
        return sheet;
    }

    /** Checks that a sheet read back equals the table it was written from. */
    static void assertEquals(XSSFSheet sheet, Table table) {
        assertThat(sheet.getSheetName()).isEqualTo(table.sheetName());
        XSSFRow header = sheet.getRow(0);
        for (int c = 0; c < table.columns().size(); c++) {
            XSSFCell cell = header.getCell(c);
            assertThat(cell.getCellType()).as("header %d", c).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).as("header %d", c).isEqualTo(table.columns().get(c).header());
            assertThat(cell.getCellStyle().getFont().getBold()).as("header %d bold", c).isTrue();
        }
        assertThat(header.getLastCellNum()).isEqualTo((short) table.columns().size());
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane).as("frozen pane").isNotNull();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).as("frozen under the header").isEqualTo((short) 1);
        assertThat(pane.getVerticalSplitPosition()).isZero();
        assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as("autofilter").isTrue();
        assertThat(CellRangeAddress.valueOf(sheet.getCTWorksheet().getAutoFilter().getRef()))
                .hasToString(new CellRangeAddress(0, table.rows().size(), 0, table.columns().size() - 1).toString());
        assertThat(sheet.getLastRowNum()).as("no row beyond the table").isLessThanOrEqualTo(table.rows().size());
        for (int r = 0; r < table.rows().size(); r++) {
            XSSFRow row = sheet.getRow(r + 1);
            for (int c = 0; c < table.columns().size(); c++) {
                assertCell(row == null ? null : row.getCell(c), table.columns().get(c).type(), table.cell(r, c),
                        "row " + (r + 1) + ", column " + c);
            }
        }
        for (int c = 0; c < table.columns().size(); c++) {
            assertThat(sheet.getColumnWidth(c) / 256).as("width of column %d", c)
                    .isBetween(4, WorkbookWriter.MAX_WIDTH + 2);
        }
    }

    /** Checks that a cell read back holds a value of a column's type, as a reader of the workbook sees it. */
    static void assertCell(XSSFCell cell, ColumnType type, Object expected, String where) {
        if (expected == null) {
            assertThat(cell == null || cell.getCellType() == CellType.BLANK).as(where + " empty").isTrue();
            return;
        }
        assertThat(cell).as(where).isNotNull();
        switch (type) {
            case TEXT -> assertText(cell, (String) expected, where);
            case MARK -> {
                String mark = (String) expected;
                if (WorkbookWriter.isWholeNumber(mark)) {
                    assertNumber(cell, Double.parseDouble(mark), where);
                } else {
                    assertText(cell, mark, where);
                }
            }
            case INTEGER -> assertNumber(cell, ((Long) expected).doubleValue(), where);
            case DECIMAL -> assertNumber(cell, ((BigDecimal) expected).doubleValue(), where);
            case PERCENT -> {
                assertNumber(cell, ((BigDecimal) expected).movePointLeft(2).doubleValue(), where);
                assertThat(cell.getCellStyle().getDataFormatString()).as(where + " format").contains("%");
            }
            case DATE -> {
                assertDate(cell, where);
                assertThat(cell.getLocalDateTimeCellValue()).as(where)
                        .isEqualTo(((LocalDate) expected).atStartOfDay());
            }
            case DATE_TIME -> {
                assertDate(cell, where);
                assertThat(cell.getLocalDateTimeCellValue()).as(where).isEqualTo((LocalDateTime) expected);
            }
        }
    }

    private static void assertText(XSSFCell cell, String expected, String where) {
        assertThat(cell.getCellType()).as(where + " type").isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).as(where).isEqualTo(expected);
    }

    private static void assertNumber(XSSFCell cell, double expected, String where) {
        assertThat(cell.getCellType()).as(where + " type").isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).as(where).isEqualTo(expected);
    }

    private static void assertDate(XSSFCell cell, String where) {
        assertThat(cell.getCellType()).as(where + " type").isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).as(where + " date-formatted").isTrue();
    }

    /** Returns a cell's value as a reader sees it: text, a number, or a date and time; {@code null} when empty. */
    static Object value(XSSFCell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.STRING) {
            return cell.getStringCellValue();
        }
        return DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue() : cell.getNumericCellValue();
    }
}
