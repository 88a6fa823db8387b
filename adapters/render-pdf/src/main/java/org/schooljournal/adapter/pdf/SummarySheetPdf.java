package org.schooljournal.adapter.pdf;

import static org.schooljournal.adapter.pdf.FormTexts.text;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.schooljournal.core.reports.SummarySheet;

/**
 * The printed summary sheet of a class's final marks (сводная ведомость, REP-8, MRK-12), kept 25
 * years (ARC-2): for each study period, then the year, a table of the students in alphabetical
 * order against the class's subjects, with each student's mark. Landscape A4, PDF/A-2b.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SummarySheetPdf {

    private static final float SUBJECT_WIDTH = 60;
    private static final float NAMES_WIDTH = 200;

    private SummarySheetPdf() {
    }

    /**
     * Writes the summary sheet as a PDF/A-2b document; the stream is left open.
     *
     * @throws java.io.UncheckedIOException if the stream cannot be written
     */
    public static void write(SummarySheet sheet, SchoolHeader header, OutputStream out) {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(out, "out");
        String title = text("summary.title");
        try (PdfForm form = new PdfForm(header, title, true)) {
            form.heading(title, 14);
            form.paragraph(text("summary.class", sheet.classCode()), PdfForm.TEXT_SIZE + 1);
            form.space(6);
            List<String> columns = new ArrayList<>(List.of(text("summary.number"), text("summary.student")));
            sheet.subjects().forEach(subject -> columns.add(header.subjectName(subject)));
            float[] weights = new float[columns.size()];
            weights[0] = NAMES_WIDTH / 8;
            weights[1] = NAMES_WIDTH - weights[0];
            for (int i = 2; i < weights.length; i++) {
                weights[i] = SUBJECT_WIDTH;
            }
            for (String period : sheet.periods()) {
                form.heading(FormTexts.period(period), 11);
                List<List<String>> rows = new ArrayList<>();
                for (SummarySheet.Row row : sheet.rows()) {
                    List<String> cells = new ArrayList<>(List.of(String.valueOf(row.number()), row.student().fullName()));
                    sheet.subjects().forEach(subject -> cells.add(row.mark(subject, period).orElse("")));
                    rows.add(cells);
                }
                if (rows.isEmpty()) {
                    form.paragraph(text("empty"), PdfForm.TEXT_SIZE);
                } else {
                    form.table(weights, columns, rows, PdfForm.SMALL_SIZE, (weights.length - 2) * SUBJECT_WIDTH + NAMES_WIDTH);
                }
            }
            form.write(out);
        }
    }
}
