package org.schooljournal.adapter.oneroster;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The structural check of a data set against the OneRoster 1.2 CSV binding (EXC-1, EXC-3): the
 * manifest's versions and modes; every file the manifest names {@code bulk} or {@code delta} present
 * and every file present named so; each file's header in the binding's order, every column there,
 * extensions only as trailing {@code metadata.*} columns; a file named present holding at least one
 * row; in each row a value for every required column, status and dateLastModified blank in a bulk
 * file and given in a delta one, no line break in any value, dates, date-times (in UTC), years and
 * numbers that parse, enumerations' values (and {@code ext:} terms where the vocabulary may be
 * extended), sourcedIds unique in their file, and every reference to another file's row resolving
 * — the gradebook's too (a line item's class, category and academic session; a result's line item,
 * student and class; a score scale's org, course and class), a result's student being a user with
 * the role student. In a delta file a row {@code tobedeleted} need give nothing but its sourcedId.
 * The import runs it before anything else, letting a delta file's references name what the school
 * holds already; the tests run it on every export. The rules are those of 1EdTech's "OneRoster: CSV
 * Binding" 1.2, §3 (see {@link OneRosterFile}).
 *
 * <p>A line break inside a field is refused, naming its file, line and column: RFC 4180 allows one in
 * a quoted field, but the binding does not ("carriage-returns are not permitted within a field",
 * §3), and nothing the school holds may contain one.
 *
 * <p>Not checked, so that another system's file is read as liberally as the rest: the binding's
 * alphabet for a sourcedId ({@code 0-9 a-z A-Z . - _ / @}). The export keeps it ({@link SourcedIds}),
 * save a person's id, which is the host's own.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BindingCheck {

    /** The columns the binding requires in a delta file and forbids in a bulk one ("Yes for Delta", §3). */
    private static final Set<String> DELTA_ONLY = Set.of("status", "dateLastModified");

    /** The prefix of a proprietary term of an extensible vocabulary (§4.1.2). */
    private static final String EXTENSION = "ext:";

    private static final String UTC_RULE = "must be an ISO 8601 date-time in UTC, such as 2026-09-01T05:00:00Z";

    private BindingCheck() {
    }

    /** Returns every fault of the data set, in the order of the files and lines; empty if it keeps the binding. */
    public static List<RowError> check(DataSet set) {
        return check(set, new DataSet(Map.of(), Map.of(), List.of()));
    }

    /**
     * Returns every fault of a data set to be imported into a school that holds {@code held}: a
     * reference may name a row of the set or of {@code held} (a delta file names what the school
     * holds already).
     */
    static List<RowError> check(DataSet set, DataSet held) {
        List<RowError> errors = new ArrayList<>(set.faults());
        Map<OneRosterFile, String> modes = manifest(set, errors);
        Map<OneRosterFile, Set<String>> ids = new EnumMap<>(OneRosterFile.class);
        for (DataSet source : List.of(set, held)) {
            for (Table table : source.tables().values()) {
                Set<String> seen = ids.computeIfAbsent(table.file(), file -> new HashSet<>());
                for (Table.Row row : table.rows()) {
                    seen.add(table.value(row, "sourcedId"));
                }
            }
        }
        for (Table table : set.tables().values()) {
            String mode = modes.getOrDefault(table.file(), "absent");
            if (header(table, errors)) {
                rows(table, mode, ids, errors);
            }
        }
        set.table(OneRosterFile.RESULTS).ifPresent(results -> students(results, set, errors));
        return List.copyOf(errors);
    }

    /**
     * Checks that a result's student is a user with the role student in roles.csv (§3.16: "a record
     * … in the users.csv file with type of 'student'"); a studentSourcedId that names no user is
     * already a fault of its reference.
     */
    private static void students(Table results, DataSet set, List<RowError> errors) {
        Set<String> students = new HashSet<>();
        Set<String> users = new HashSet<>();
        set.table(OneRosterFile.ROLES).ifPresent(roles -> roles.rows().stream()
                .filter(row -> roles.value(row, "role").equals("student"))
                .forEach(row -> students.add(roles.value(row, "userSourcedId"))));
        set.table(OneRosterFile.USERS).ifPresent(table -> table.rows()
                .forEach(row -> users.add(table.value(row, "sourcedId"))));
        for (Table.Row row : results.rows()) {
            String student = results.value(row, "studentSourcedId");
            if (users.contains(student) && !students.contains(student)) {
                errors.add(new RowError(results.file().entryName(), row.line(), "studentSourcedId", student,
                        "must name a student: a user with the role student in roles.csv"));
            }
        }
    }

    private static Map<OneRosterFile, String> manifest(DataSet set, List<RowError> errors) {
        Map<String, String> manifest = set.manifest();
        expect(manifest, "manifest.version", "1.0", errors);
        expect(manifest, "oneroster.version", "1.2", errors);
        Map<OneRosterFile, String> modes = new EnumMap<>(OneRosterFile.class);
        for (String name : OneRosterFile.manifestFiles()) {
            String property = "file." + name;
            String mode = manifest.getOrDefault(property, "");
            if (!OneRosterFile.MODES.contains(mode)) {
                errors.add(new RowError(DataSet.MANIFEST, 0, "value", mode,
                        "the property " + property + " must be one of " + OneRosterFile.MODES));
                continue;
            }
            OneRosterFile file = OneRosterFile.named(name).orElseThrow();
            modes.put(file, mode);
            boolean present = set.tables().containsKey(file);
            if (mode.equals("absent") && present) {
                errors.add(new RowError(file.entryName(), 0, "", mode,
                        "is in the zip, but the manifest's " + property + " is absent"));
            } else if (!mode.equals("absent") && !present && set.faults().stream()
                    .noneMatch(fault -> fault.file().equals(file.entryName()))) {
                errors.add(new RowError(file.entryName(), 0, "", mode,
                        "is missing from the zip, but the manifest's " + property + " is " + mode));
            }
        }
        return modes;
    }

    private static void expect(Map<String, String> manifest, String property, String value, List<RowError> errors) {
        String found = manifest.getOrDefault(property, "");
        if (!found.equals(value)) {
            errors.add(new RowError(DataSet.MANIFEST, 0, "value", found, "the property " + property + " must be " + value));
        }
    }

    /** Checks the header row; returns whether the rows can be read by it. */
    private static boolean header(Table table, List<RowError> errors) {
        List<String> expected = table.file().headers();
        List<String> found = table.header();
        String file = table.file().entryName();
        for (int i = 0; i < expected.size(); i++) {
            String at = i < found.size() ? found.get(i) : "";
            if (!at.equals(expected.get(i))) {
                String rule = found.contains(expected.get(i))
                        ? "column " + (i + 1) + " must be " + expected.get(i) + " (the binding's order: "
                                + String.join(",", expected) + ")"
                        : "the column " + expected.get(i) + " is missing; column " + (i + 1) + " must be it (the"
                                + " binding's order: " + String.join(",", expected) + ")";
                errors.add(new RowError(file, 1, expected.get(i), at, rule));
                return false;
            }
        }
        for (String extra : found.subList(expected.size(), found.size())) {
            if (!extra.startsWith("metadata.")) {
                errors.add(new RowError(file, 1, extra, extra,
                        "is not a column of " + file + "; an extension's header must start metadata."));
                return false;
            }
        }
        return true;
    }

    private static void rows(Table table, String mode, Map<OneRosterFile, Set<String>> ids, List<RowError> errors) {
        String file = table.file().entryName();
        if (table.rows().isEmpty() && !mode.equals("absent")) {
            errors.add(new RowError(file, 1, "", "", "holds its header only; a file the manifest names " + mode
                    + " must hold at least one row, or the manifest must name it absent"));
        }
        Set<String> seen = new TreeSet<>();
        for (Table.Row row : table.rows()) {
            boolean deleted = table.value(row, "status").equals("tobedeleted");
            for (int i = 0; i < table.header().size(); i++) {
                String header = table.header().get(i);
                String value = row.values().get(i);
                if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                    errors.add(new RowError(file, row.line(), header, value,
                            "must not hold a line break (CR or LF): every value is one line"));
                    continue;
                }
                table.file().column(header).flatMap(column -> fault(column, value, mode, deleted, ids))
                        .ifPresent(rule -> errors.add(new RowError(file, row.line(), header, value, rule)));
            }
            String id = table.value(row, "sourcedId");
            if (!id.isBlank() && !seen.add(id)) {
                errors.add(new RowError(file, row.line(), "sourcedId", id, "must be unique in " + file
                        + "; an earlier row has it"));
            }
        }
    }

    /** Returns the rule a value breaks; a row to be deleted need give its sourcedId only. */
    private static Optional<String> fault(Column column, String value, String mode, boolean deleted,
            Map<OneRosterFile, Set<String>> ids) {
        if (DELTA_ONLY.contains(column.name())) {
            if (mode.equals("bulk") && !value.isEmpty()) {
                return Optional.of("must be blank in a bulk file (the binding's \"Yes for Delta\": status and"
                        + " dateLastModified are given in a delta file only)"
                        + (value.equals("tobedeleted") ? "; only a delta file deletes" : ""));
            }
            if (mode.equals("delta") && value.isBlank()) {
                return Optional.of("must not be blank in a delta file (the binding's \"Yes for Delta\")");
            }
        }
        if (value.isBlank()) {
            boolean required = column.required() && (!deleted || column.name().equals("sourcedId"));
            return required ? Optional.of("must not be blank") : Optional.empty();
        }
        switch (column.kind()) {
            case DATE:
                return parses(() -> LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE), "must be a date YYYY-MM-DD");
            case DATE_TIME:
                return parses(() -> OffsetDateTime.parse(value), UTC_RULE)
                        .or(() -> value.endsWith("Z") ? Optional.empty() : Optional.of(UTC_RULE));
            case YEAR:
                return value.matches("\\d{4}") ? Optional.empty() : Optional.of("must be a year YYYY");
            case FLOAT:
                return value.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?") ? Optional.empty()
                        : Optional.of("must be a number, such as 4 or 4.5");
            case INTEGER:
                return value.matches("[+-]?\\d{1,9}") ? Optional.empty() : Optional.of("must be a whole number");
            case ENUMERATION:
                return column.values().contains(value) ? Optional.empty()
                        : Optional.of("must be one of " + new TreeSet<>(column.values()));
            case VOCABULARY:
                return column.values().contains(value) || value.length() > EXTENSION.length() && value.startsWith(EXTENSION)
                        ? Optional.empty()
                        : Optional.of("must be one of " + new TreeSet<>(column.values()) + " or a proprietary term"
                                + " starting " + EXTENSION);
            case REFERENCE:
                return resolves(column, List.of(value), ids);
            case REFERENCES:
                return resolves(column, Column.split(value), ids);
            default:
                return Optional.empty();
        }
    }

    private static Optional<String> parses(Runnable parse, String rule) {
        try {
            parse.run();
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of(rule);
        }
    }

    private static Optional<String> resolves(Column column, List<String> values, Map<OneRosterFile, Set<String>> ids) {
        OneRosterFile target = OneRosterFile.named(column.target()).orElseThrow();
        Set<String> known = ids.getOrDefault(target, Set.of());
        for (String value : values) {
            if (!known.contains(value)) {
                return Optional.of("must name a sourcedId of " + target.entryName() + "; " + value + " is none");
            }
        }
        return Optional.empty();
    }
}
