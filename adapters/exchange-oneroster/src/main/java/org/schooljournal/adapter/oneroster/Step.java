package org.schooljournal.adapter.oneroster;

import java.util.Map;
import java.util.Objects;
import org.schooljournal.core.school.SchoolCommand;

/**
 * One command of an import and the row it comes from: its file, its line, and which column each of
 * the command's fields was read from, so that a refusal by the engine names the row's column
 * (EXC-3).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param command the engine's command
 * @param file the file's name in the zip
 * @param line the line of the row
 * @param columns the column of each of the command's fields, by field name
 * @param values the row's value of each column named in {@code columns}
 */
record Step(SchoolCommand command, String file, long line, Map<String, String> columns, Map<String, String> values) {

    Step {
        Objects.requireNonNull(command, "command");
        columns = Map.copyOf(columns);
        values = Map.copyOf(values);
    }

    /** Returns the fault of the row for the engine's refusal of the command's field. */
    RowError fault(String field, String value, String rule) {
        String column = columns.getOrDefault(field, "");
        return new RowError(file, line, column, column.isEmpty() ? value : values.getOrDefault(column, value), rule);
    }
}
