package org.schooljournal.adapter.oneroster;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One column of a file of the OneRoster 1.2 CSV binding: its header, whether a value is required,
 * and what a value must be — free text, a date ({@code YYYY-MM-DD}), a date-time (ISO 8601), a
 * year ({@code YYYY}), one of an enumeration, or the sourcedId(s) of rows of another file.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the header, exactly as the binding spells it
 * @param required whether every row must give a value
 * @param kind what a value must be
 * @param values the enumeration's values, for {@link Kind#ENUMERATION}; empty otherwise
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
        /** An instant, ISO 8601 with a zone or offset ({@code 2026-09-01T05:00:00Z}). */
        DATE_TIME,
        /** A year, {@code YYYY}. */
        YEAR,
        /** One value of an enumeration. */
        ENUMERATION,
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
