package org.schooljournal.adapter.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.BorderSide;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes tables as the sheets of an XLSX workbook a deputy head can filter (REP-10): the header
 * row in bold, the pane frozen under it, an autofilter over the header and the rows, each cell by
 * its column's type — text as text, numbers as numbers, a mark as a number when it is a whole
 * number, dates and times as date-formatted numbers, percentages as fractions in a percent format
 * — and each column as wide as its longest value (at most {@value #MAX_WIDTH} characters). Rows
 * are streamed to the output as they are written (dhatim fastexcel), every {@value #FLUSH_ROWS}.
 *
 * <p>This class is immutable and thread-safe; it never closes the output stream.
 */
public final class WorkbookWriter {

    /** The widest column, in characters; a longer text is whole in its cell and cut off on screen. */
    static final int MAX_WIDTH = 60;
    private static final int FLUSH_ROWS = 1_000;
    private static final String APPLICATION = "School Journal";
    private static final String APPLICATION_VERSION = "1.0";
    private static final Pattern ESCAPE_LIKE = Pattern.compile("_(?=x[0-9A-Fa-f]{4}_)");

    private WorkbookWriter() {
    }

    /**
     * Writes the tables as the sheets of one workbook, in their order.
     *
     * @throws IllegalArgumentException if there is no table, or two sheets share a name (ignoring case, as a workbook does)
     * @throws IOException if the output fails
     */
    public static void write(List<Table> tables, OutputStream out) throws IOException {
        Objects.requireNonNull(tables, "tables");
        Objects.requireNonNull(out, "out");
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("tables must not be empty: a workbook has at least one sheet");
        }
        Set<String> names = new HashSet<>();
        for (Table table : tables) {
            if (!names.add(table.sheetName().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("sheetName '" + table.sheetName()
                        + "' is used twice, and the sheets of a workbook have names of their own, whatever the case");
            }
        }
        Workbook workbook = new Workbook(new NonClosing(out), APPLICATION, APPLICATION_VERSION);
        for (Table table : tables) {
            writeSheet(workbook.newWorksheet(table.sheetName()), table);
        }
        workbook.finish();
    }

    private static void writeSheet(Worksheet sheet, Table table) throws IOException {
        List<Column> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            sheet.width(c, width(table, c));
        }
        sheet.freezePane(0, 1);
        sheet.setAutoFilter(0, 0, table.rows().size(), columns.size() - 1);
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, literal(columns.get(c).header()));
            sheet.style(0, c).bold().wrapText(true).verticalAlignment("top").fillColor("DDEBF7")
                    .borderStyle(BorderSide.BOTTOM, BorderStyle.THIN).set();
        }
        for (int r = 0; r < table.rows().size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                Object value = table.cell(r, c);
                if (value != null) {
                    writeCell(sheet, r + 1, c, columns.get(c).type(), value);
                }
            }
            if ((r + 1) % FLUSH_ROWS == 0) {
                sheet.flush();
            }
        }
        sheet.finish();
    }

    private static void writeCell(Worksheet sheet, int row, int column, ColumnType type, Object value) {
        switch (type) {
            case TEXT -> sheet.value(row, column, literal((String) value));
            case MARK -> {
                String mark = (String) value;
                if (isWholeNumber(mark)) {
                    sheet.value(row, column, Long.valueOf(mark));
                } else {
                    sheet.value(row, column, literal(mark));
                }
            }
            case INTEGER, DECIMAL -> sheet.value(row, column, (Number) value);
            case PERCENT -> sheet.value(row, column, ((BigDecimal) value).movePointLeft(2));
            case DATE -> sheet.value(row, column, (LocalDate) value);
            case DATE_TIME -> sheet.value(row, column, (LocalDateTime) value);
        }
        if (type.format() != null) {
            sheet.style(row, column).format(type.format()).set();
        }
    }

    /**
     * Returns a text as a workbook's string keeps it literally: a workbook reads {@code _xHHHH_} as
     * the character of that code (ECMA-376, ST_Xstring), so each underscore that starts such a
     * sequence in the text is itself written as one, {@code _x005F_}.
     */
    static String literal(String text) {
        return text.indexOf("_x") < 0 ? text : ESCAPE_LIKE.matcher(text).replaceAll("_x005F_");
    }

    /** Returns whether a mark is a whole number as a workbook keeps it: digits only, no leading zero, at most 15. */
    static boolean isWholeNumber(String mark) {
        return mark.length() <= Table.MAX_DIGITS && mark.chars().allMatch(ch -> ch >= '0' && ch <= '9')
                && (mark.length() == 1 || mark.charAt(0) != '0');
    }

    private static double width(Table table, int column) {
        Column header = table.columns().get(column);
        int widest = Math.max(header.type().minWidth(), Math.min(longestWord(header.header()), MAX_WIDTH));
        if (header.type() == ColumnType.TEXT || header.type() == ColumnType.MARK) {
            for (List<Object> row : table.rows()) {
                Object value = row.get(column);
                if (value != null) {
                    widest = Math.max(widest, Math.min(((String) value).length(), MAX_WIDTH));
                }
            }
        } else if (header.type() == ColumnType.INTEGER || header.type() == ColumnType.DECIMAL) {
            for (List<Object> row : table.rows()) {
                Object value = row.get(column);
                if (value != null) {
                    widest = Math.max(widest, Math.min(value.toString().length(), MAX_WIDTH));
                }
            }
        }
        return widest + 2;
    }

    private static int longestWord(String header) {
        int longest = 0;
        for (String word : header.split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return Math.max(longest, Math.min(header.length(), 16));
    }

    /** An output the workbook may close without closing the caller's. */
    private static final class NonClosing extends java.io.FilterOutputStream {

        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
