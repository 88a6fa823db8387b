package org.schooljournal.adapter.oneroster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One CSV file of a data set as read or to be written: its file, its header row as found, and its
 * rows, each with the line it starts on. Columns whose header starts {@code metadata.} are
 * extensions: they are kept with the row ({@link Row#metadata}), never lost (EXC-3).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param file the binding's file
 * @param header the header row as found (or as written: the binding's order)
 * @param rows the rows, in the file's order
 */
public record Table(OneRosterFile file, List<String> header, List<Row> rows) {

    /** Checks the table. */
    public Table {
        Objects.requireNonNull(file, "file");
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * One row: the line it starts on and its values in the header's order.
     *
     * @param line the line the row starts on (the header is line 1)
     * @param values the values, as many as the header has columns
     */
    public record Row(long line, List<String> values) {

        /** Checks the row. */
        public Row {
            values = List.copyOf(values);
        }
    }

    /** Returns the value of the named column in the row, blank if the file has no such column. */
    public String value(Row row, String column) {
        int index = header.indexOf(column);
        return index < 0 || index >= row.values().size() ? "" : row.values().get(index);
    }

    /** Returns the rows by sourcedId (the first of a repeated one). */
    public Map<String, Row> bySourcedId() {
        Map<String, Row> index = new HashMap<>();
        for (Row row : rows) {
            index.putIfAbsent(value(row, "sourcedId"), row);
        }
        return index;
    }

    /** Returns the row's {@code metadata.*} columns that are not the binding's, by header. */
    public Map<String, String> metadata(Row row) {
        Map<String, String> metadata = new TreeMap<>();
        for (int i = 0; i < header.size() && i < row.values().size(); i++) {
            if (header.get(i).startsWith("metadata.")) {
                metadata.put(header.get(i), row.values().get(i));
            }
        }
        return metadata;
    }
}
