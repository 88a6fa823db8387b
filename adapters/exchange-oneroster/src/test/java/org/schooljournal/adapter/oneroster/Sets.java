package org.schooljournal.adapter.oneroster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Compares data sets with their dateLastModified aside. */
final class Sets {

    private Sets() {
    }

    /** Returns each file's rows, without the line numbers and dateLastModified, by file name. */
    static Map<String, List<List<String>>> withoutTimes(DataSet set) {
        Map<String, List<List<String>>> files = new TreeMap<>();
        for (Table table : set.tables().values()) {
            int modified = table.header().indexOf("dateLastModified");
            List<List<String>> rows = new ArrayList<>();
            rows.add(table.header());
            for (Table.Row row : table.rows()) {
                List<String> values = new ArrayList<>(row.values());
                values.set(modified, "");
                rows.add(values);
            }
            files.put(table.file().entryName(), rows);
        }
        return files;
    }
}
