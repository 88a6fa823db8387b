package org.schooljournal.adapter.oneroster;

import java.util.List;
import java.util.Objects;

/**
 * What an import did (EXC-3): how many of the engine's commands it applied (none for a repeat of a
 * data set the school holds already), and the values of the rows' extension columns
 * ({@code metadata.*}) this adapter does not read, kept aside for the host, never lost.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param applied the number of commands applied
 * @param extensions the values of the extension columns not read, in the order of files and rows
 */
public record ImportReport(int applied, List<Extension> extensions) {

    /** Checks the report. */
    public ImportReport {
        extensions = List.copyOf(extensions);
    }

    /**
     * One value of an extension column.
     *
     * @param file the file's name in the zip
     * @param sourcedId the row's sourcedId
     * @param column the column's header, {@code metadata.…}
     * @param value the value
     */
    public record Extension(String file, String sourcedId, String column, String value) {

        /** Checks the value. */
        public Extension {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(sourcedId, "sourcedId");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(value, "value");
        }
    }
}
