package org.schooljournal.adapter.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A horizontal bar chart of groups of bars in series, drawn with PDFBox's content stream: for
 * each group (a class) its heading, then for each item of it (a period) one bar per series (the
 * success rate, the quality), each series in its own colour, named in a legend at the top; every
 * bar's length in proportion to a fixed whole (100 %), its value printed at its end. Groups run
 * over pages as table rows do. Used by {@link SuccessRatePdf} for REP-1 over the periods.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param title the chart's heading
 * @param series the series' names, in the order of each item's bars; at most {@value #MAX_SERIES}
 * @param whole the value of a full-length bar, positive
 * @param groups the groups, in the order drawn
 */
record GroupedBarChart(String title, List<String> series, BigDecimal whole, List<Group> groups) {

    /** The most series the chart has colours for. */
    static final int MAX_SERIES = 3;
    private static final float[][] COLOURS = {{0.25f, 0.45f, 0.7f}, {0.9f, 0.55f, 0.15f}, {0.4f, 0.65f, 0.35f}};
    private static final float BAR_HEIGHT = 7;
    private static final float GAP = 3;

    /**
     * A group of items.
     *
     * @param label what the group stands for, such as a class
     * @param items its items, each with one bar per series
     */
    record Group(String label, List<Item> items) {

        /** Checks the parts and copies the items. */
        Group {
            Objects.requireNonNull(label, "label");
            items = List.copyOf(items);
        }
    }

    /**
     * An item of a group: one bar per series.
     *
     * @param label what the item stands for, such as a period
     * @param bars its bars, one per series, in the series' order
     */
    record Item(String label, List<BarChart.Bar> bars) {

        /** Checks the parts and copies the bars. */
        Item {
            Objects.requireNonNull(label, "label");
            bars = List.copyOf(bars);
        }
    }

    /**
     * Checks the chart's parts.
     *
     * @throws IllegalArgumentException if there are no series or more than {@value #MAX_SERIES},
     *     the whole is not positive, or an item has not one bar per series
     */
    GroupedBarChart {
        Objects.requireNonNull(title, "title");
        series = List.copyOf(series);
        groups = List.copyOf(groups);
        if (series.isEmpty() || series.size() > MAX_SERIES) {
            throw new IllegalArgumentException("a grouped chart has 1 to " + MAX_SERIES + " series, was " + series.size());
        }
        if (whole.signum() <= 0) {
            throw new IllegalArgumentException("a grouped chart's whole must be positive, was " + whole);
        }
        for (Group group : groups) {
            for (Item item : group.items()) {
                if (item.bars().size() != series.size()) {
                    throw new IllegalArgumentException("item " + item.label() + " of " + group.label() + " has "
                            + item.bars().size() + " bars for " + series.size() + " series");
                }
            }
        }
    }

    /** Draws the chart on the form, below what is there. */
    void draw(PdfForm form) {
        form.heading(title, 11);
        float labelWidth = form.width() * 0.2f;
        float barSpace = form.width() * 0.65f;
        try {
            legend(form);
            for (Group group : groups) {
                form.ensure(PdfForm.TEXT_SIZE + 4 + series.size() * (BAR_HEIGHT + 1) + GAP);
                form.space(PdfForm.TEXT_SIZE + 4);
                form.text(group.label(), PdfForm.MARGIN, form.y(), PdfForm.TEXT_SIZE);
                for (Item item : group.items()) {
                    form.ensure(series.size() * (BAR_HEIGHT + 1) + GAP);
                    float top = form.y() - GAP;
                    String label = form.wrap(item.label(), PdfForm.SMALL_SIZE, labelWidth - 12).get(0);
                    form.text(label, PdfForm.MARGIN + 10, top - BAR_HEIGHT + 1, PdfForm.SMALL_SIZE);
                    for (int s = 0; s < series.size(); s++) {
                        BarChart.Bar bar = item.bars().get(s);
                        float barTop = top - s * (BAR_HEIGHT + 1);
                        float length = Math.min(1f, bar.value().floatValue() / whole.floatValue()) * barSpace;
                        fill(form, s, PdfForm.MARGIN + labelWidth, barTop - BAR_HEIGHT, length, BAR_HEIGHT);
                        form.text(bar.shown(), PdfForm.MARGIN + labelWidth + length + 3, barTop - BAR_HEIGHT + 1,
                                PdfForm.SMALL_SIZE - 1);
                    }
                    form.space(series.size() * (BAR_HEIGHT + 1) + GAP);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        form.space(PdfForm.TEXT_SIZE);
    }

    private void legend(PdfForm form) throws IOException {
        form.ensure(PdfForm.TEXT_SIZE + 4);
        form.space(PdfForm.TEXT_SIZE + 2);
        float x = PdfForm.MARGIN;
        for (int s = 0; s < series.size(); s++) {
            fill(form, s, x, form.y(), 8, 8);
            form.text(series.get(s), x + 11, form.y() + 1, PdfForm.SMALL_SIZE);
            x += 11 + form.textWidth(series.get(s), PdfForm.SMALL_SIZE) + 16;
        }
        form.space(4);
    }

    private static void fill(PdfForm form, int series, float x, float y, float width, float height) throws IOException {
        float[] colour = COLOURS[series];
        form.content().setNonStrokingColor(colour[0], colour[1], colour[2]);
        form.content().addRect(x, y, width, height);
        form.content().fill();
        form.content().setNonStrokingColor(0f, 0f, 0f);
    }
}
