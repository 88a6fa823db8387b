package org.schooljournal.adapter.oneroster;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One column of a file of the OneRoster 1.2 CSV binding: its header, whether a value is required,
 * and what a value must be — free text, a date ({@code YYYY-MM-DD}), a date-time (ISO 8601 in
 * UTC), a year ({@code YYYY}), a number, one of an enumeration (of a vocabulary the binding lets be
 * extended, also a term starting {@code ext:}), or the sourcedId(s) of rows of another file
 * (1EdTech, OneRoster CSV Binding 1.2, §3 "CSV Format": the key to the tables' formats).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the header, exactly as the binding spells it
 * @param required whether every row must give a value
 * @param kind what a value must be
 * @param values the enumeration's values, for {@link Kind#ENUMERATION} and {@link Kind#VOCABULARY};
 *     empty otherwise
 * @param target the file whose sourcedIds the value names, for {@link Kind#REFERENCE} and
 *     {@link Kind#REFERENCES}; empty otherwise
 */
public record Column(String name, boolean required, Kind kind, Set<String> values, String target) {

    /** What a value of a column must be. */
    public enum Kind {
        /** Any text. */
        TEXT,
        /** A calendar date, {@code YYYY-MM-DD}. */
        DATE,
        /** An instant, ISO 8601 in UTC ({@code 2026-09-01T05:00:00Z}): the binding's DateTime. */
        DATE_TIME,
        /** A year, {@code YYYY}. */
        YEAR,
        /** A number, the binding's Float ({@code 4}, {@code 4.5}). */
        FLOAT,
        /** A whole number, the binding's Integer. */
        INTEGER,
        /** One value of an enumeration. */
        ENUMERATION,
        /**
         * One value of an enumeration the binding lets be extended, or a proprietary term starting
         * {@code ext:} (§4.1.2 "Proprietary Vocabulary Terms": classType, role, scoreStatus, sex,
         * source, and the types of academicSessions and orgs).
         */
        VOCABULARY,
        /** The sourcedId of a row of another file. */
        REFERENCE,
        /** A comma-separated list of sourcedIds of rows of another file. */
        REFERENCES,
        /** A comma-separated list of texts. */
        LIST
    }

    /** Checks the column. */
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        values = Set.copyOf(values);
        Objects.requireNonNull(target, "target");
    }

    static Column text(String name, boolean required) {
        return new Column(name, required, Kind.TEXT, Set.of(), "");
    }

    static Column of(String name, boolean required, Kind kind) {
        return new Column(name, required, kind, Set.of(), "");
    }

    static Column enumeration(String name, boolean required, String... values) {
        return new Column(name, required, Kind.ENUMERATION, Set.of(values), "");
    }

    static Column vocabulary(String name, boolean required, String... values) {
        return new Column(name, required, Kind.VOCABULARY, Set.of(values), "");
    }

    static Column reference(String name, boolean required, String targetFile) {
        return new Column(name, required, Kind.REFERENCE, Set.of(), targetFile);
    }

    static Column references(String name, boolean required, String targetFile) {
        return new Column(name, required, Kind.REFERENCES, Set.of(), targetFile);
    }

    /** Splits a list value (a {@link Kind#REFERENCES} or {@link Kind#LIST} column's) at its commas; blank gives none. */
    public static List<String> split(String value) {
        if (value.isBlank()) {
            return List.of();
        }
        return List.of(value.split(",", -1)).stream().map(String::strip).toList();
    }
}
