package org.schooljournal.adapter.xlsx;

import java.util.Objects;

/**
 * A column of a {@link Table}: its header as the reader reads it (Russian, from the bundle) and
 * the type of its cells.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param header the header, not blank
 * @param type the type of the column's cells
 */
public record Column(String header, ColumnType type) {

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if the header is blank or longer than {@value Table#MAX_TEXT} characters
     */
    public Column {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(type, "type");
        if (header.isBlank() || header.length() > Table.MAX_TEXT) {
            throw new IllegalArgumentException("header '" + header + "' must not be blank nor longer than "
                    + Table.MAX_TEXT + " characters");
        }
        Table.requireXmlText("header", header);
    }
}
