/**
 * A school's year as a OneRoster 1.2 CSV data set, both ways (EXC-1, EXC-3, REP-10; the mapping, a
 * worked sample and the import's rules are in docs/exchange.md).
 *
 * <p>{@link org.schooljournal.adapter.oneroster.OneRosterFile} is the one place that knows the
 * binding: each file's columns in the binding's order and its enumerations.
 * {@link org.schooljournal.adapter.oneroster.DataSet} is a set of files read from or written to its
 * zip, the only class that knows FastCSV. {@link org.schooljournal.adapter.oneroster.OneRosterExport}
 * maps a school's state to a bulk data set, and its journals' marks to the gradebook's files
 * ({@code Gradebook}: categories, line items, results, score scales; REP-10); {@link org.schooljournal.adapter.oneroster.BindingCheck}
 * checks a data set against the binding; {@link org.schooljournal.adapter.oneroster.OneRosterImport}
 * checks a bulk or delta set, makes the set the school is to hold ({@code TargetSet}: a bulk file's
 * rows, or a delta file's merged by sourcedId into the school's own), plans what differs into the
 * engine's commands ({@code ImportPlan}), tries them on a scratch copy of the school and only then
 * applies them — all or nothing, every fault named by file, line, column, value and rule
 * ({@link org.schooljournal.adapter.oneroster.RowError}).
 *
 * <p>Uses journal-core's exported API only (DESIGN.md: adapters that translate domain data never
 * reach the engine's internals).
 */
package org.schooljournal.adapter.oneroster;
