/**
 * The printed forms of the regulation as PDF/A-2b documents (ISO 19005-2, level B), in Russian
 * from {@code forms.properties} (UX-1), rendered from journal-core's exported API only (DESIGN.md):
 * the printed class journal for the archive with its corrections and lateness annexes and its
 * closing sheet (ARC-1, {@link org.schooljournal.adapter.pdf.ClassJournalPdf}), the summary sheet
 * (ARC-2, REP-8, {@link org.schooljournal.adapter.pdf.SummarySheetPdf}), the weekly paper extract
 * of the diary for guardians (DRY-4, {@link org.schooljournal.adapter.pdf.DiaryExtractPdf}) and
 * the control reports with their charts, one renderer class per report
 * ({@link org.schooljournal.adapter.pdf.AttendanceReportPdf} for ATT-3,
 * {@link org.schooljournal.adapter.pdf.SuccessRatePdf} for REP-1,
 * {@link org.schooljournal.adapter.pdf.JournalControlPdf} for REP-5). Every page carries the school's
 * details ({@link org.schooljournal.adapter.pdf.SchoolHeader}) and «Лист N из M».
 *
 * <p>The font is Liberation Sans Regular, which Apache PDFBox ships inside its jar
 * ({@code org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf}) under the SIL Open Font
 * License 1.1; this module embeds a subset of it in each document and carries the licence as
 * {@code META-INF/LICENSE-LiberationSans.txt}. docs/reports.md shows a page of each form.
 */
package org.schooljournal.adapter.pdf;
