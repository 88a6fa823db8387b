package org.schooljournal.adapter.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A horizontal bar chart drawn with PDFBox's content stream, for a control report a reader would
 * rather look at than read: one labelled bar per item, its length in proportion to the largest
 * value, the value printed at its end. Bars run over pages like table rows. Used by
 * {@link AttendanceReportPdf}; the success-rate report over the periods (REP-1) groups its bars in a
 * {@link GroupedBarChart}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param title the chart's heading
 * @param bars the bars, in the order drawn
 */
record BarChart(String title, List<Bar> bars) {

    private static final float BAR_HEIGHT = 10;
    private static final float GAP = 3;

    /**
     * One bar.
     *
     * @param label what the bar stands for
     * @param value its value, not negative
     * @param shown the value as printed, such as «75 %»
     */
    record Bar(String label, BigDecimal value, String shown) {

        /** Checks the parts. */
        Bar {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(shown, "shown");
            if (value.signum() < 0) {
                throw new IllegalArgumentException("a bar's value must not be negative, was " + value + " for " + label);
            }
        }
    }

    /** Copies the bars. */
    BarChart {
        Objects.requireNonNull(title, "title");
        bars = List.copyOf(bars);
    }

    /** Draws the chart on the form, below what is there. */
    void draw(PdfForm form) {
        form.heading(title, 11);
        BigDecimal largest = bars.stream().map(Bar::value).reduce(BigDecimal.ONE, BigDecimal::max);
        float labelWidth = form.width() * 0.3f;
        float barSpace = form.width() * 0.6f;
        try {
            for (Bar bar : bars) {
                form.ensure(BAR_HEIGHT + GAP);
                float top = form.y() - GAP;
                String label = form.wrap(bar.label(), PdfForm.SMALL_SIZE, labelWidth - 4).get(0);
                form.text(label, PdfForm.MARGIN, top - BAR_HEIGHT + 2, PdfForm.SMALL_SIZE);
                float length = bar.value().floatValue() / largest.floatValue() * barSpace;
                form.content().setNonStrokingColor(0.25f, 0.45f, 0.7f);
                form.content().addRect(PdfForm.MARGIN + labelWidth, top - BAR_HEIGHT, length, BAR_HEIGHT);
                form.content().fill();
                form.content().setNonStrokingColor(0f, 0f, 0f);
                form.text(bar.shown(), PdfForm.MARGIN + labelWidth + length + 3, top - BAR_HEIGHT + 2, PdfForm.SMALL_SIZE);
                form.space(BAR_HEIGHT + GAP);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        form.space(PdfForm.TEXT_SIZE);
    }
}
