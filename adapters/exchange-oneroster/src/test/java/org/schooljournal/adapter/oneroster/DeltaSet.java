package org.schooljournal.adapter.oneroster;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A OneRoster delta data set written row by row against a school's export: a row changed (the
 * school's row with some values replaced, status active), a row added, a row to be deleted (its
 * sourcedId and the values given only). Every file given is named {@code delta} in the manifest,
 * every other {@code absent}.
 */
final class DeltaSet {

    private final DataSet held;
    private final Map<OneRosterFile, TableBuilder> files = new EnumMap<>(OneRosterFile.class);

    private DeltaSet(DataSet held) {
        this.held = held;
    }

    /** Returns an empty delta against the school's current export. */
    static DeltaSet against(RosterSchool school) {
        return new DeltaSet(school.dataSet());
    }

    private TableBuilder file(OneRosterFile file) {
        return files.computeIfAbsent(file, f -> {
            List<String> header = held.table(f).map(Table::header).orElse(f.headers());
            return new TableBuilder(f, header.subList(f.headers().size(), header.size()).toArray(String[]::new));
        });
    }

    /** Adds the school's row of that sourcedId, status active, with the values given replaced. */
    DeltaSet change(OneRosterFile file, String sourcedId, String... pairs) {
        Table table = held.table(file).orElseThrow();
        Table.Row row = table.bySourcedId().get(sourcedId);
        if (row == null) {
            throw new IllegalArgumentException(sourcedId + " is not a row of " + file.entryName());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String header : table.header()) {
            values.put(header, table.value(row, header));
        }
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        values.put("status", "active");
        values.put("dateLastModified", "2026-11-16T05:00:00Z");
        return row(file, sourcedId, values);
    }

    /** Adds a new row, status active. */
    DeltaSet add(OneRosterFile file, String sourcedId, String... pairs) {
        Map<String, String> values = pairs(pairs);
        values.put("status", "active");
        values.put("dateLastModified", "2026-11-16T05:00:00Z");
        return row(file, sourcedId, values);
    }

    /** Adds a row to be deleted: its sourcedId, status tobedeleted, and the values given. */
    DeltaSet delete(OneRosterFile file, String sourcedId, String... pairs) {
        Map<String, String> values = pairs(pairs);
        values.put("status", "tobedeleted");
        values.putIfAbsent("dateLastModified", "2026-11-16T05:00:00Z");
        return row(file, sourcedId, values);
    }

    private static Map<String, String> pairs(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return values;
    }

    private DeltaSet row(OneRosterFile file, String sourcedId, Map<String, String> values) {
        List<String> flat = new ArrayList<>();
        values.forEach((header, value) -> {
            flat.add(header);
            flat.add(value);
        });
        file(file).row(sourcedId, flat.toArray(String[]::new));
        return this;
    }

    /** Returns the delta's zip. */
    byte[] zip() {
        Map<OneRosterFile, Table> tables = new EnumMap<>(OneRosterFile.class);
        files.forEach((file, builder) -> tables.put(file, builder.build()));
        Map<String, String> manifest = new LinkedHashMap<>();
        manifest.put("manifest.version", "1.0");
        manifest.put("oneroster.version", "1.2");
        for (String name : OneRosterFile.manifestFiles()) {
            boolean given = OneRosterFile.named(name).map(tables::containsKey).orElse(false);
            manifest.put("file." + name, given ? "delta" : "absent");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new DataSet(manifest, tables, List.of()).write(bytes);
        return bytes.toByteArray();
    }
}
