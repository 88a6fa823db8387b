/**
 * The reports as XLSX workbooks (REP-10: export for analysis and reporting): every report of
 * {@link org.schooljournal.core.reports} written as a sheet a deputy head can filter — a Russian
 * header row (from {@code workbooks.properties}, UTF-8), the pane frozen under it, an autofilter
 * over the table, numbers as numbers, dates as dates, percentages as numbers in a percent format,
 * and column widths fitted to the content.
 *
 * <p>The package has three parts. {@link org.schooljournal.adapter.xlsx.Table} is the tiny table
 * model: typed {@link org.schooljournal.adapter.xlsx.Column columns} and rows of cells, checked when
 * it is made, so that writing never loses or alters a value. A
 * {@link org.schooljournal.adapter.xlsx.TableForm} maps one report to a table — one small class per
 * report: the summary sheet (REP-8, MRK-12), the missed lessons (ATT-3), the lesson statistics
 * (MRK-14), the set-up report (YR-11), and the control reports — the success rate and quality
 * (REP-1), the control works (REP-2), missed lessons and unsatisfactory marks with their topics
 * (REP-3, REP-4), the control of the journals (REP-5, ARC-7), the curricula's fulfilment (REP-6)
 * and the analysis of results (REP-9). A report of several parts is several tables, the sheets of
 * one workbook ({@link org.schooljournal.adapter.xlsx.TableForm#tables}). {@link org.schooljournal.adapter.xlsx.WorkbookWriter}
 * writes tables as sheets with dhatim fastexcel, a streaming writer.
 *
 * <p>Adding a report: write a {@code TableForm<TheReport>} whose {@code table} names its columns
 * from the bundle and adds one row per line of the report, add its headers to
 * {@code workbooks.properties}, and test it as {@code SummarySheetFormTest} does (read back with
 * Apache POI, cell by cell).
 */
package org.schooljournal.adapter.xlsx;
