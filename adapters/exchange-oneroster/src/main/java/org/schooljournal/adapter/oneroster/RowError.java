package org.schooljournal.adapter.oneroster;

import java.util.Objects;

/**
 * What is wrong with a data set, where: the file, the line (1 is the header; 0 when the fault is
 * the file's as a whole), the column's header (empty when the fault is the row's or the file's),
 * the value found, and the rule it breaks (EXC-3).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param file the file's name in the zip ({@code users.csv})
 * @param line the line the row starts on, 1 for the header, 0 for the whole file
 * @param column the column's header, or empty
 * @param value the value found, cut to 100 characters with line breaks escaped
 * @param rule the rule the value breaks
 */
public record RowError(String file, long line, String column, String value, String rule) {

    private static final int SHOWN = 100;

    /** Checks the error and cuts its value to one short line. */
    public RowError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(rule, "rule");
        value = shown(value);
    }

    private static String shown(String value) {
        String escaped = value.replace("\r", "\\r").replace("\n", "\\n");
        if (escaped.length() <= SHOWN) {
            return escaped;
        }
        return escaped.substring(0, SHOWN) + "…(" + value.length() + " characters)";
    }

    /** Returns {@code users.csv line 3 column givenName value "" : must not be blank}. */
    @Override
    public String toString() {
        return file + " line " + line + (column.isEmpty() ? "" : " column " + column) + " value \"" + value + "\": "
                + rule;
    }
}
