package org.schooljournal.adapter.oneroster;

import java.util.List;
import java.util.Objects;

/**
 * What an import did (EXC-3): how many of the engine's commands it applied (none for a repeat of a
 * data set the school holds already), the values of the rows' extension columns
 * ({@code metadata.*}) this adapter does not read, kept aside for the host, never lost, and what
 * the school holds that a bulk file leaves out — kept, not deleted, unless the host asked
 * ({@link OneRosterImport.Options#withdrawAbsent}).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param applied the number of commands applied
 * @param extensions the values of the extension columns not read, in the order of files and rows
 * @param absent what the school holds and a bulk file leaves out, in the order of files and sourcedIds
 */
public record ImportReport(int applied, List<Extension> extensions, List<Absent> absent) {

    /** Checks the report. */
    public ImportReport {
        extensions = List.copyOf(extensions);
        absent = List.copyOf(absent);
    }

    /**
     * A row the school holds that a bulk file leaves out: a member of staff, a pupil in a class now,
     * a guardian, a class or a subject. The binding says a bulk file replaces the set; this adapter
     * keeps what the engine's records hold and reports it.
     *
     * @param file the bulk file's name in the zip
     * @param sourcedId the sourcedId the school's export gives the row
     */
    public record Absent(String file, String sourcedId) {

        /** Checks the row. */
        public Absent {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(sourcedId, "sourcedId");
        }
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
