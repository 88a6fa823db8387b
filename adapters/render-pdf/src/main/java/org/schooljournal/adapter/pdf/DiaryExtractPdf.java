package org.schooljournal.adapter.pdf;

import java.io.OutputStream;
import java.util.Objects;
import org.schooljournal.core.diary.DiaryExtract;
import org.schooljournal.core.diary.ExtractBlock;

/**
 * The printed paper extract of a student's diary (выписка, DRY-4) for a guardian without internet
 * or who refused electronic delivery, such as the weekly one: journal-core's renderer-neutral
 * {@link DiaryExtract} laid out on portrait A4 pages — the title, the header lines, each day's
 * heading and table of lessons, the results, notes and teachers, and the signature lines. PDF/A-2b.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class DiaryExtractPdf {

    private DiaryExtractPdf() {
    }

    /**
     * Writes the extract as a PDF/A-2b document; the stream is left open.
     *
     * @throws java.io.UncheckedIOException if the stream cannot be written
     */
    public static void write(DiaryExtract extract, SchoolHeader header, OutputStream out) {
        Objects.requireNonNull(extract, "extract");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(out, "out");
        try (PdfForm form = new PdfForm(header, extract.title(), false)) {
            form.heading(extract.title(), 14);
            extract.headerLines().forEach(line -> form.paragraph(line, PdfForm.TEXT_SIZE));
            for (ExtractBlock block : extract.blocks()) {
                if (block instanceof ExtractBlock.Heading heading) {
                    form.space(4);
                    form.heading(heading.text(), 10.5f);
                } else if (block instanceof ExtractBlock.Paragraph paragraph) {
                    form.paragraph(paragraph.text(), PdfForm.TEXT_SIZE);
                } else if (block instanceof ExtractBlock.Table table) {
                    form.table(weights(table), table.columns(), table.rows(), PdfForm.SMALL_SIZE);
                }
            }
            form.space(12);
            extract.footerLines().forEach(line -> {
                form.paragraph(line, PdfForm.TEXT_SIZE);
                form.space(6);
            });
            form.write(out);
        }
    }

    /** Gives each column a share of the width by the longest text it holds, within bounds. */
    private static float[] weights(ExtractBlock.Table table) {
        float[] weights = new float[table.columns().size()];
        for (int i = 0; i < weights.length; i++) {
            int longest = table.columns().get(i).length();
            for (var row : table.rows()) {
                longest = Math.max(longest, row.get(i).length());
            }
            weights[i] = Math.max(4, Math.min(40, longest));
        }
        return weights;
    }
}
