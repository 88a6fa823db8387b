package org.schooljournal.adapter.xlsx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The type of a table's column: which Java values its cells hold and how a workbook shows them.
 * A cell of any type may be empty ({@code null}).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ColumnType {
    /** Text: a {@link String} of at most {@value Table#MAX_TEXT} characters of XML 1.0. */
    TEXT(String.class, null, 12),
    /** A whole number: a {@link Long} of at most 2<sup>53</sup> in magnitude, which a workbook's number holds exactly. */
    INTEGER(Long.class, "0", 8),
    /** A decimal number: a {@link BigDecimal} of at most 15 significant digits, as many as a workbook keeps. */
    DECIMAL(BigDecimal.class, null, 8),
    /**
     * A percentage: a {@link BigDecimal} in percent ({@code 75.0} is 75 %), of at most 15
     * significant digits; the workbook holds the fraction ({@code 0.75}) in a percent format.
     */
    PERCENT(BigDecimal.class, "0.0%", 9),
    /** A date: a {@link LocalDate} from 1 March 1900, shown as {@code 31.12.2026}. */
    DATE(LocalDate.class, "dd.mm.yyyy", 11),
    /** A date and time to the second: a {@link LocalDateTime} from 1 March 1900, shown as {@code 31.12.2026 08:30}. */
    DATE_TIME(LocalDateTime.class, "dd.mm.yyyy hh:mm", 17),
    /**
     * A mark (отметка): a {@link String} as the journal writes it, which a workbook holds as a
     * number when it is a whole number («5», so that a filter or an average reads it) and as text
     * otherwise («осв», «н/а», «зач»).
     */
    MARK(String.class, null, 7);

    private final Class<?> valueType;
    private final String format;
    private final int minWidth;

    ColumnType(Class<?> valueType, String format, int minWidth) {
        this.valueType = valueType;
        this.format = format;
        this.minWidth = minWidth;
    }

    /** Returns the Java type of this column's cells. */
    public Class<?> valueType() {
        return valueType;
    }

    /** Returns the workbook's number format of this column's cells, or {@code null} for the general one. */
    String format() {
        return format;
    }

    /** Returns the narrowest width of the column, in characters. */
    int minWidth() {
        return minWidth;
    }
}
