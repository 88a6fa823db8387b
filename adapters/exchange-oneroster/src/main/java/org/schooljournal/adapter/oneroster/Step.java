package org.schooljournal.adapter.oneroster;

import java.util.Map;
import java.util.Objects;
import org.schooljournal.core.school.SchoolCommand;

/**
 * One command of an import and where it comes from: the row it stands for, and the cell each of
 * the command's fields was read from — perhaps of another file, as a pupil's name is read from
 * users.csv for the enrollment that enrols them — so that a refusal by the engine names the cell
 * (EXC-3).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param command the engine's command
 * @param row the row the command stands for, its column empty
 * @param cells the cell of each of the command's fields, by field name
 */
record Step(SchoolCommand command, RowError row, Map<String, RowError> cells) {

    Step {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(row, "row");
        cells = Map.copyOf(cells);
    }

    /** Returns the fault of the cell the engine refused the command's field for, or of the row. */
    RowError fault(String field, String value, String rule) {
        RowError cell = cells.get(field);
        if (cell == null) {
            return new RowError(row.file(), row.line(), "", value, rule);
        }
        return new RowError(cell.file(), cell.line(), cell.column(), cell.value(), rule);
    }
}
