package org.schooljournal.adapter.pdf;

import static org.schooljournal.adapter.pdf.FormTexts.text;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.schooljournal.core.journal.AbsenceCode;
import org.schooljournal.core.reports.AttendanceReport;

/**
 * The printed control report of a class's missed lessons and days (ATT-3): a table of the students
 * with their lessons missed by absence code («н», «б», «ну»), in all and the days missed, a line of
 * totals, and a bar chart of the lessons each student missed. Portrait A4, PDF/A-2b. One control
 * report, one such renderer: each report gets a class like this one, built on {@link PdfForm}'s
 * tables and {@link BarChart}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class AttendanceReportPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private AttendanceReportPdf() {
    }

    /**
     * Writes the report as a PDF/A-2b document; the stream is left open.
     *
     * @throws java.io.UncheckedIOException if the stream cannot be written
     */
    public static void write(AttendanceReport report, SchoolHeader header, OutputStream out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(out, "out");
        String title = text("attendance.title");
        try (PdfForm form = new PdfForm(header, title, false)) {
            form.heading(title, 14);
            form.paragraph(text("attendance.class", report.classCode(), report.from().format(DATE),
                    report.to().format(DATE)), PdfForm.TEXT_SIZE + 1);
            form.space(6);
            List<List<String>> rows = new ArrayList<>();
            List<BarChart.Bar> bars = new ArrayList<>();
            for (AttendanceReport.Row row : report.rows()) {
                List<String> cells = new ArrayList<>(List.of(String.valueOf(row.number()), row.student().fullName()));
                for (AbsenceCode code : AbsenceCode.values()) {
                    cells.add(String.valueOf(row.lessonsByCode().getOrDefault(code, 0)));
                }
                cells.add(String.valueOf(row.lessonsMissed()));
                cells.add(String.valueOf(row.daysMissed()));
                rows.add(cells);
                bars.add(new BarChart.Bar(row.student().fullName(), BigDecimal.valueOf(row.lessonsMissed()),
                        String.valueOf(row.lessonsMissed())));
            }
            List<String> totals = new ArrayList<>(List.of("", text("attendance.total")));
            for (AbsenceCode code : AbsenceCode.values()) {
                totals.add(String.valueOf(report.rows().stream()
                        .mapToInt(row -> row.lessonsByCode().getOrDefault(code, 0)).sum()));
            }
            totals.add(String.valueOf(report.lessonsMissed()));
            totals.add(String.valueOf(report.daysMissed()));
            rows.add(totals);
            form.table(new float[] {2, 16, 3, 3, 3, 5, 4}, List.of(text("attendance.columns").split("\\|")), rows,
                    PdfForm.TEXT_SIZE);
            new BarChart(text("attendance.chart"), bars).draw(form);
            form.write(out);
        }
    }
}
