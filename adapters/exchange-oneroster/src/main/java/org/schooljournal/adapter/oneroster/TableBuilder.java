package org.schooljournal.adapter.oneroster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Table} a row at a time from values by header, in the binding's column order, then
 * the file's own {@code metadata.journal.*} columns. Status and dateLastModified are left blank, as a
 * bulk file's are (the consumers of bulk sets, D2L's among them, require it). Not thread-safe: one
 * export's.
 */
final class TableBuilder {

    private final OneRosterFile file;
    private final List<String> header;
    private final Map<String, List<String>> rows = new LinkedHashMap<>();

    TableBuilder(OneRosterFile file, String... metadata) {
        this.file = file;
        List<String> all = new ArrayList<>(file.headers());
        all.addAll(List.of(metadata));
        this.header = List.copyOf(all);
    }

    /** Returns whether a row of that sourcedId was added. */
    boolean has(String sourcedId) {
        return rows.containsKey(sourcedId);
    }

    /** Adds a row, given as header, value, header, value …; a sourcedId given twice keeps the first row. */
    TableBuilder row(String sourcedId, String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        values.put("sourcedId", sourcedId);
        List<String> row = new ArrayList<>(header.size());
        for (String column : header) {
            row.add(values.getOrDefault(column, ""));
        }
        rows.putIfAbsent(sourcedId, row);
        return this;
    }

    Table build() {
        List<Table.Row> built = new ArrayList<>();
        long line = 2;
        for (List<String> row : rows.values()) {
            built.add(new Table.Row(line++, row));
        }
        return new Table(file, header, built);
    }
}
