/**
 * A school's year as a OneRoster 1.2 CSV data set, and its import (EXC-1, EXC-3, REP-10): see
 * {@link org.schooljournal.adapter.oneroster.OneRosterExport} and
 * {@link org.schooljournal.adapter.oneroster.OneRosterImport}. Uses journal-core's exported API only
 * and FastCSV, a named module ({@code de.siegmar.fastcsv}).
 */
module org.schooljournal.adapter.oneroster {
    requires transitive org.schooljournal.core;
    requires de.siegmar.fastcsv;

    exports org.schooljournal.adapter.oneroster;
}
