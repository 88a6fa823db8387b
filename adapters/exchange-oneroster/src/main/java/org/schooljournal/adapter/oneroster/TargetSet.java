package org.schooljournal.adapter.oneroster;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The data set a school is to hold after an import (EXC-3), file by file as the manifest names it:
 * a {@code bulk} file's rows as they are; the rows the school holds with a {@code delta} file's rows
 * merged in by sourcedId — an {@code active} row adds a row or replaces the one of its sourcedId,
 * a {@code tobedeleted} row removes it or ends it — and, for a file the manifest names
 * {@code absent}, the rows the school holds. A row the school holds keeps line 0; a row of the
 * set keeps its line, so that a fault names it.
 *
 * <p>A deleted enrollment whose sourcedId the school does not hold — another system's — stands for
 * the one enrollment the school holds of the same user, class and role (and beginDate, if given).
 * What a deletion does, where the engine has a command for it: a pupil's enrollment in a
 * homeroom class ends on the row's endDate (or the day of its dateLastModified), which withdraws or
 * transfers the pupil; a teacher's enrollment goes when another teacher's enrollment in the class
 * takes its place; a guardian's user is unlinked from every pupil; a role goes with no effect of
 * its own. Every other deletion is a fault naming the rule (docs/exchange.md, "Import: bulk and
 * delta").
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param target the tables the school is to hold, one for each file an import reads
 * @param bulk the files the manifest names {@code bulk}: what the school holds and they leave out is reported
 * @param deletedGuardians the row deleting each guardian's user, by the guardian's sourcedId
 * @param faults the deletions and changes refused
 */
record TargetSet(DataSet target, Set<OneRosterFile> bulk, Map<String, RowError> deletedGuardians,
        List<RowError> faults) {

    private static final Set<String> GUARDIAN_ROLES = Set.of("guardian", "parent", "relative");

    /**
     * The files an import reads (orgs for its refusals only), classes before enrollments, whose
     * deletions look up their class; the others, such as the gradebook's, are not imported.
     */
    private static final List<OneRosterFile> READ = List.of(OneRosterFile.ACADEMIC_SESSIONS, OneRosterFile.CLASSES,
            OneRosterFile.COURSES, OneRosterFile.DEMOGRAPHICS, OneRosterFile.ENROLLMENTS, OneRosterFile.ORGS,
            OneRosterFile.ROLES, OneRosterFile.USERS);

    TargetSet {
        bulk = Collections.unmodifiableSet(bulk.isEmpty() ? EnumSet.noneOf(OneRosterFile.class) : EnumSet.copyOf(bulk));
        deletedGuardians = Collections.unmodifiableMap(new LinkedHashMap<>(deletedGuardians));
        faults = List.copyOf(faults);
    }

    /** Returns the manifest's mode of the file: bulk, delta or absent. */
    static String mode(DataSet set, OneRosterFile file) {
        return set.manifest().getOrDefault("file." + file.fileName(), "absent");
    }

    /** Returns whether the set can be imported without what the school holds: every file an import reads bulk. */
    static boolean wholeSet(DataSet set) {
        return READ.stream().allMatch(file -> mode(set, file).equals("bulk"));
    }

    /**
     * Returns the target of a checked set imported into a school holding {@code held}, whose days
     * are those of {@code zone} (a deleted enrollment without endDate ends on its dateLastModified's
     * day there).
     */
    static TargetSet of(DataSet set, DataSet held, ZoneId zone) {
        Merge merge = new Merge(set, held, zone);
        Map<OneRosterFile, Table> tables = new EnumMap<>(OneRosterFile.class);
        Set<OneRosterFile> bulk = EnumSet.noneOf(OneRosterFile.class);
        for (OneRosterFile file : READ) {
            Table holds = held.table(file).map(TargetSet::asHeld).orElseGet(() -> new Table(file, file.headers(), List.of()));
            Table given = set.table(file).orElse(null);
            String mode = mode(set, file);
            if (given != null && mode.equals("bulk")) {
                tables.put(file, given);
                bulk.add(file);
            } else if (given != null && mode.equals("delta")) {
                tables.put(file, merge.merge(holds, given, tables));
            } else {
                tables.put(file, holds);
            }
        }
        return new TargetSet(new DataSet(set.manifest(), tables, List.of()), bulk, merge.deletedGuardians, merge.faults);
    }

    /** Returns the table with every row at line 0: rows the school holds. */
    private static Table asHeld(Table table) {
        return new Table(table.file(), table.header(), table.rows().stream()
                .map(row -> new Table.Row(0, row.values())).toList());
    }

    /** One merge of a delta set into what the school holds. */
    private static final class Merge {

        private final DataSet set;
        private final DataSet held;
        private final ZoneId zone;
        private final Map<String, RowError> deletedGuardians = new LinkedHashMap<>();
        private final List<RowError> faults = new ArrayList<>();

        Merge(DataSet set, DataSet held, ZoneId zone) {
            this.set = set;
            this.held = held;
            this.zone = zone;
        }

        Table merge(Table holds, Table delta, Map<OneRosterFile, Table> merged) {
            OneRosterFile file = holds.file();
            List<String> header = new ArrayList<>(new LinkedHashSet<>(concat(holds.header(), delta.header())));
            Map<String, Table.Row> rows = new LinkedHashMap<>();
            for (Table.Row row : holds.rows()) {
                rows.put(holds.value(row, "sourcedId"), reorder(holds, row, header, null));
            }
            Set<String> teachersGone = new LinkedHashSet<>();
            Map<String, Table.Row> deletions = new LinkedHashMap<>();
            for (Table.Row row : delta.rows()) {
                String id = delta.value(row, "sourcedId");
                Table.Row current = rows.get(id);
                if (delta.value(row, "status").equals("active")) {
                    if (file == OneRosterFile.CLASSES && current != null) {
                        sameCode(delta, row, new Table(file, header, List.of(current)), current);
                    }
                    rows.put(id, reorder(delta, row, header, current));
                    continue;
                }
                String key = id;
                if (current == null && file == OneRosterFile.ENROLLMENTS) {
                    List<String> same = sameEnrollments(delta, row, header, rows, merged.get(OneRosterFile.CLASSES));
                    if (same.size() > 1) {
                        faults.add(fault(delta, row, "sourcedId", "names no row the school holds, and its user, class"
                                + " and role match " + same.size() + " enrollments the school holds: give its beginDate"));
                        continue;
                    }
                    key = same.isEmpty() ? id : same.get(0);
                    current = rows.get(key);
                }
                if (current == null) {
                    faults.add(fault(delta, row, "sourcedId", "names no row the school holds: nothing to delete"));
                    continue;
                }
                Table now = new Table(file, header, List.of(current));
                switch (file) {
                    case ENROLLMENTS -> endEnrollment(delta, row, key, now, current, merged, rows, teachersGone,
                            deletions);
                    case USERS -> deleteUser(delta, row, id, rows);
                    case ROLES -> rows.remove(id);
                    default -> faults.add(fault(delta, row, "sourcedId", refusal(file)));
                }
            }
            Table result = new Table(file, header, List.copyOf(rows.values()));
            for (String classId : teachersGone) {
                boolean taught = result.rows().stream().anyMatch(r -> result.value(r, "classSourcedId").equals(classId)
                        && result.value(r, "role").equals("teacher"));
                if (!taught) {
                    Table.Row deletion = deletions.get(classId);
                    faults.add(fault(delta, deletion, "sourcedId", "a class keeps its teacher: the engine has no"
                            + " command that ends a teaching assignment or leaves a class without its homeroom teacher;"
                            + " name the teacher who takes over with an active enrollment of role teacher in "
                            + classId));
                }
            }
            return result;
        }

        private void sameCode(Table delta, Table.Row row, Table now, Table.Row current) {
            String before = code(now, current);
            String after = code(delta, row);
            if (!before.equals(after)) {
                String column = delta.value(row, "classCode").isBlank() ? "title" : "classCode";
                faults.add(fault(delta, row, column, "a class's code cannot be changed by import: the engine has no"
                        + " command that renames a class or a group (its code is its identifier, " + before + ")"));
            }
        }

        private static String code(Table table, Table.Row row) {
            String code = table.value(row, "classCode");
            return code.isBlank() ? table.value(row, "title") : code;
        }

        /**
         * Returns the keys of the enrollments the school holds that a deleted row of another
         * system's sourcedId stands for: the same user, class (by its type, code and course) and role,
         * and the same beginDate if the row gives one.
         */
        private static List<String> sameEnrollments(Table delta, Table.Row row, List<String> header,
                Map<String, Table.Row> rows, Table classes) {
            String user = delta.value(row, "userSourcedId");
            Optional<String> code = classKey(classes, delta.value(row, "classSourcedId"));
            if (user.isBlank() || code.isEmpty()) {
                return List.of();
            }
            String role = delta.value(row, "role");
            String begin = delta.value(row, "beginDate");
            Table held = new Table(OneRosterFile.ENROLLMENTS, header, List.of());
            return rows.entrySet().stream().filter(entry -> {
                Table.Row at = entry.getValue();
                return held.value(at, "userSourcedId").equals(user)
                        && classKey(classes, held.value(at, "classSourcedId")).equals(code)
                        && (role.isBlank() || held.value(at, "role").equals(role))
                        && (begin.isBlank() || held.value(at, "beginDate").equals(begin));
            }).map(Map.Entry::getKey).toList();
        }

        /** Returns a class's type, code and course: a homeroom class and its journals share the code. */
        private static Optional<String> classKey(Table classes, String classId) {
            return classes.rows().stream().filter(c -> classes.value(c, "sourcedId").equals(classId)).findFirst()
                    .map(c -> classes.value(c, "classType") + " " + code(classes, c)
                            + " " + classes.value(c, "courseSourcedId"));
        }

        private void endEnrollment(Table delta, Table.Row row, String id, Table now, Table.Row current,
                Map<OneRosterFile, Table> merged, Map<String, Table.Row> rows, Set<String> teachersGone,
                Map<String, Table.Row> deletions) {
            String classId = now.value(current, "classSourcedId");
            String role = now.value(current, "role");
            if (role.equals("teacher")) {
                rows.remove(id);
                teachersGone.add(classId);
                deletions.putIfAbsent(classId, row);
                return;
            }
            if (!role.equals("student")) {
                rows.remove(id);
                return;
            }
            Table classes = merged.get(OneRosterFile.CLASSES);
            boolean homeroom = classes.rows().stream().anyMatch(c -> classes.value(c, "sourcedId").equals(classId)
                    && classes.value(c, "classType").equals("homeroom"));
            if (!homeroom) {
                faults.add(fault(delta, row, "sourcedId", "a pupil's enrollment in a scheduled class follows their"
                        + " homeroom class or group (the engine records no other membership); end the pupil's"
                        + " enrollment in their homeroom class instead"));
                return;
            }
            if (!now.value(current, "endDate").isBlank()) {
                return;
            }
            String end = delta.value(row, "endDate");
            String modified = delta.value(row, "dateLastModified");
            if (end.isBlank() && modified.isBlank()) {
                faults.add(fault(delta, row, "endDate", "a pupil's enrollment deleted must give the day it ends:"
                        + " its endDate, or its dateLastModified"));
                return;
            }
            String day = end.isBlank() ? OffsetDateTime.parse(modified).atZoneSameInstant(zone).toLocalDate().toString() : end;
            List<String> values = new ArrayList<>(current.values());
            values.set(now.header().indexOf("endDate"), day);
            String reason = delta.value(row, "metadata.journal.withdrawalReason");
            int reasonAt = now.header().indexOf("metadata.journal.withdrawalReason");
            if (!reason.isBlank() && reasonAt >= 0) {
                values.set(reasonAt, reason);
            }
            rows.put(id, new Table.Row(row.line(), values));
        }

        private void deleteUser(Table delta, Table.Row row, String id, Map<String, Table.Row> rows) {
            Set<String> roles = rolesOf(id);
            if (!roles.isEmpty() && GUARDIAN_ROLES.containsAll(roles)) {
                rows.remove(id);
                deletedGuardians.put(id, new RowError(delta.file().entryName(), row.line(), "sourcedId", id, ""));
            } else if (roles.contains("student")) {
                faults.add(fault(delta, row, "sourcedId", "a pupil is not deleted (the regulation keeps their"
                        + " records): withdraw them by ending their enrollment in their homeroom class"));
            } else {
                faults.add(fault(delta, row, "sourcedId", "a staff member cannot be dismissed by import: the engine"
                        + " has no command that dismisses staff; give their classes and journals to other teachers"
                        + " with active enrollments, and have the system administrator revoke their roles (ACC-5)"));
            }
        }

        private Set<String> rolesOf(String userId) {
            Set<String> roles = new HashSet<>();
            for (DataSet source : List.of(held, set)) {
                source.table(OneRosterFile.ROLES).ifPresent(table -> table.rows().stream()
                        .filter(row -> table.value(row, "userSourcedId").equals(userId))
                        .forEach(row -> roles.add(table.value(row, "role"))));
            }
            return roles;
        }

        private static String refusal(OneRosterFile file) {
            return switch (file) {
                case CLASSES -> "a class cannot be deleted by import: the engine has no command that closes a class"
                        + " or a group, and its journals' records are kept (the regulation's terms of storage)";
                case COURSES -> "a course cannot be deleted by import: the engine has no command that removes a"
                        + " subject, and its journals' records are kept";
                case ACADEMIC_SESSIONS -> "an academic session cannot be deleted by import: the school's year and"
                        + " study periods are kept";
                case DEMOGRAPHICS -> "a pupil's date of birth cannot be deleted: the engine holds one for every pupil";
                default -> "an organisation cannot be deleted by import: the set is of one school";
            };
        }

        private static RowError fault(Table table, Table.Row row, String column, String rule) {
            return new RowError(table.file().entryName(), row.line(), column, table.value(row, column), rule);
        }

        /** Returns the row's values in the header's order, a column the table lacks kept from {@code base}. */
        private static Table.Row reorder(Table table, Table.Row row, List<String> header, Table.Row base) {
            List<String> values = new ArrayList<>(header.size());
            for (int i = 0; i < header.size(); i++) {
                String column = header.get(i);
                boolean given = table.header().contains(column);
                values.add(given || base == null ? table.value(row, column) : base.values().get(i));
            }
            return new Table.Row(row.line(), values);
        }

        private static List<String> concat(List<String> first, List<String> second) {
            List<String> all = new ArrayList<>(first);
            all.addAll(second);
            return all;
        }
    }
}
