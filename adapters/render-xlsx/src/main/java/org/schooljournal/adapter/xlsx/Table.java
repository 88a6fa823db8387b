package org.schooljournal.adapter.xlsx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A report as a table, ready to become a sheet of a workbook: the sheet's name, typed columns and
 * rows of cells (REP-10). Every cell is checked against its column's type and against what a
 * workbook can hold when the table is made, so that writing it never drops or alters a value: a
 * text of characters XML 1.0 cannot carry, a whole number beyond 2<sup>53</sup>, a decimal of more
 * than 15 significant digits, a date before 1 March 1900 are refused here, naming the row, the
 * column, the value and the rule. An empty text is an empty cell ({@code null}).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param sheetName the sheet's name: 1 to {@value #MAX_SHEET_NAME} characters, none of {@code []:*?/\}
 * @param columns the columns, at least one
 * @param rows the rows, each with one cell per column; a cell is {@code null} when empty
 */
public record Table(String sheetName, List<Column> columns, List<List<Object>> rows) {

    /** The longest text a cell holds. */
    public static final int MAX_TEXT = 32_767;
    /** The longest name of a sheet. */
    public static final int MAX_SHEET_NAME = 31;
    /** The most rows under the header. */
    public static final int MAX_ROWS = 1_048_575;
    /** The most columns. */
    public static final int MAX_COLUMNS = 16_384;
    /** The greatest whole number a workbook's number holds exactly: 2<sup>53</sup>. */
    public static final long MAX_INTEGER = 1L << 53;
    /** The most significant digits a workbook's number keeps. */
    public static final int MAX_DIGITS = 15;
    /** The earliest date a workbook shows as it is (its calendar counts a 29 February 1900 that never was). */
    public static final LocalDate MIN_DATE = LocalDate.of(1900, 3, 1);
    /** The latest date a workbook shows. */
    public static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);

    private static final String FORBIDDEN_IN_SHEET_NAME = "[]:*?/\\";

    /**
     * Checks the table and copies it, each whole number as a {@link Long} and each empty text as
     * {@code null}.
     *
     * @throws IllegalArgumentException if the sheet's name, the number of columns or rows, a row's
     *     length or a cell breaks a rule above; the message names the row, column and value
     */
    public Table {
        Objects.requireNonNull(sheetName, "sheetName");
        if (sheetName.isBlank() || sheetName.length() > MAX_SHEET_NAME
                || sheetName.chars().anyMatch(c -> FORBIDDEN_IN_SHEET_NAME.indexOf(c) >= 0)
                || sheetName.startsWith("'") || sheetName.endsWith("'")) {
            throw new IllegalArgumentException("sheetName '" + sheetName + "' must have 1 to " + MAX_SHEET_NAME
                    + " characters, none of " + FORBIDDEN_IN_SHEET_NAME + ", and neither start nor end with '");
        }
        requireXmlText("sheetName", sheetName);
        columns = List.copyOf(columns);
        if (columns.isEmpty() || columns.size() > MAX_COLUMNS) {
            throw new IllegalArgumentException("columns of sheet '" + sheetName + "' must number 1 to " + MAX_COLUMNS
                    + ", were " + columns.size());
        }
        if (rows.size() > MAX_ROWS) {
            throw new IllegalArgumentException("rows of sheet '" + sheetName + "' must number at most " + MAX_ROWS
                    + ", were " + rows.size());
        }
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = Objects.requireNonNull(rows.get(r), "row " + (r + 1));
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row " + (r + 1) + " of sheet '" + sheetName + "' has " + row.size()
                        + " cells, and a row must have one per column: " + columns.size());
            }
            Object[] cells = new Object[row.size()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = checked(r, columns.get(c), row.get(c));
            }
            copy.add(Collections.unmodifiableList(Arrays.asList(cells)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    /** Returns a builder of a table for the sheet named so. */
    public static Builder named(String sheetName) {
        return new Builder(sheetName);
    }

    /** Returns the cell in a row and a column, both from 0; {@code null} when empty. */
    public Object cell(int row, int column) {
        return rows.get(row).get(column);
    }

    private static Object checked(int row, Column column, Object value) {
        if (value == null) {
            return null;
        }
        Object cell = value instanceof Integer || value instanceof Short ? Long.valueOf(((Number) value).longValue())
                : value;
        if (!column.type().valueType().isInstance(cell)) {
            throw cellError(row, column, value, "is a " + value.getClass().getSimpleName() + ", and a "
                    + column.type() + " column takes a " + column.type().valueType().getSimpleName());
        }
        switch (column.type()) {
            case TEXT, MARK -> {
                String text = (String) cell;
                if (text.isEmpty()) {
                    return null;
                }
                if (text.length() > MAX_TEXT || !isXmlText(text)) {
                    throw cellError(row, column, shortened(text), "must have at most " + MAX_TEXT
                            + " characters, each one XML 1.0 can carry (no control character but tab and line"
                            + " breaks, no lone surrogate, no U+FFFE or U+FFFF)");
                }
            }
            case INTEGER -> {
                long number = (Long) cell;
                if (number > MAX_INTEGER || number < -MAX_INTEGER) {
                    throw cellError(row, column, cell, "must be at most 2^53 in magnitude, which a workbook holds exactly");
                }
            }
            case DECIMAL, PERCENT -> {
                BigDecimal number = (BigDecimal) cell;
                BigDecimal stripped = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
                int exponent = stripped.precision() - stripped.scale();
                if (stripped.precision() > MAX_DIGITS || exponent > 300 || (stripped.signum() != 0 && exponent < -290)) {
                    throw cellError(row, column, cell, "must have at most " + MAX_DIGITS
                            + " significant digits, as a workbook keeps, and a magnitude from 1e-290 to 1e300");
                }
            }
            case DATE -> {
                LocalDate date = (LocalDate) cell;
                if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
                    throw cellError(row, column, cell, "must be from " + MIN_DATE + " to " + MAX_DATE
                            + ", the dates a workbook shows");
                }
            }
            case DATE_TIME -> {
                LocalDateTime time = (LocalDateTime) cell;
                if (time.toLocalDate().isBefore(MIN_DATE) || time.toLocalDate().isAfter(MAX_DATE) || time.getNano() != 0) {
                    throw cellError(row, column, cell, "must be from " + MIN_DATE + " to " + MAX_DATE
                            + " and in whole seconds, which a workbook keeps");
                }
            }
        }
        return cell;
    }

    private static IllegalArgumentException cellError(int row, Column column, Object value, String rule) {
        return new IllegalArgumentException("row " + (row + 1) + ", column '" + column.header() + "': value '" + value
                + "' " + rule);
    }

    private static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** Checks that a text has only characters XML 1.0 can carry. */
    static void requireXmlText(String field, String text) {
        if (!isXmlText(text)) {
            throw new IllegalArgumentException(field + " '" + shortened(text) + "' has a character XML 1.0 cannot carry"
                    + " (a control character but tab and line breaks, a lone surrogate, U+FFFE or U+FFFF)");
        }
    }

    private static boolean isXmlText(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * Builds a {@link Table}: its columns, then its rows, each checked when the table is built.
     *
     * <p>This class is mutable and not thread-safe; the table it builds is immutable.
     */
    public static final class Builder {

        private final String sheetName;
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(String sheetName) {
            this.sheetName = Objects.requireNonNull(sheetName, "sheetName");
        }

        /** Adds a column. */
        public Builder column(String header, ColumnType type) {
            columns.add(new Column(header, type));
            return this;
        }

        /** Adds a row, one cell per column ({@code null} for an empty cell). */
        public Builder row(List<?> cells) {
            rows.add(new ArrayList<>(cells));
            return this;
        }

        /** Returns the number of columns added so far. */
        public int columnCount() {
            return columns.size();
        }

        /**
         * Returns the table.
         *
         * @throws IllegalArgumentException as {@link Table#Table} does
         */
        public Table build() {
            return new Table(sheetName, columns, rows);
        }
    }
}
