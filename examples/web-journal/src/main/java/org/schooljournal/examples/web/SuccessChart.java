package org.schooljournal.examples.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.schooljournal.core.reports.SuccessReport;

/**
 * The success rates drawn as a bar chart (REP-1), server-rendered SVG without script or image
 * library: for each line of the report two bars, the success rate and the quality, each with its
 * number written beside it, so that colour carries no meaning alone; the same numbers stand in the
 * table next to it ({@code control.jte}), and the version for the visually impaired shows only the
 * table (UX-2).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param title the chart's title, its SVG {@code <title>}
 * @param description what it shows, its SVG {@code <desc>}
 * @param bars the lines' bars, top to bottom
 */
public record SuccessChart(String title, String description, List<Bar> bars) {

    /** The chart's width, in its own units. */
    public static final int WIDTH = 780;
    /** Where the bars start: the labels stand left of it. */
    public static final int BARS_X = 240;
    /** The width of a bar of 100 %. */
    public static final int FULL_BAR = 360;
    /** The height of one bar. */
    public static final int BAR_HEIGHT = 14;
    /** The height of one line: its two bars and the space after them. */
    public static final int LINE_HEIGHT = 2 * BAR_HEIGHT + 12;
    /** The space above the first line, for the legend. */
    public static final int TOP = 30;

    /**
     * One line's two bars.
     *
     * @param label the line's name
     * @param success the success rate in per cent, if anything was counted
     * @param quality the quality in per cent, if anything was counted
     * @param successText the success rate as written beside its bar
     * @param qualityText the quality as written beside its bar
     * @param index the line's place, from 0 at the top
     */
    public record Bar(String label, Optional<BigDecimal> success, Optional<BigDecimal> quality, String successText,
            String qualityText, int index) {

        /** Returns the top of the line's first bar. */
        public int y() {
            return TOP + index * LINE_HEIGHT;
        }

        /** Returns the baseline of the line's label. */
        public int labelY() {
            return y() + BAR_HEIGHT + 4;
        }

        /** Returns the width of the success bar. */
        public int successWidth() {
            return width(success);
        }

        /** Returns the width of the quality bar. */
        public int qualityWidth() {
            return width(quality);
        }

        private static int width(Optional<BigDecimal> percent) {
            return percent.map(p -> p.multiply(BigDecimal.valueOf(FULL_BAR)).divide(BigDecimal.valueOf(100),
                    java.math.RoundingMode.HALF_UP).intValue()).orElse(0);
        }
    }

    /** Copies the bars. */
    public SuccessChart {
        bars = List.copyOf(bars);
    }

    /** Draws the report's lines (its classes or its subjects) with the texts of the control page. */
    static SuccessChart of(List<SuccessReport.Line> lines, String title, String description, Texts texts) {
        List<Bar> bars = new ArrayList<>();
        for (SuccessReport.Line line : lines) {
            Optional<BigDecimal> success = line.rate().successPercent();
            Optional<BigDecimal> quality = line.rate().qualityPercent();
            bars.add(new Bar(line.name(), success, quality,
                    texts.get("success.bar.success", ControlView.percent(success, texts)),
                    texts.get("success.bar.quality", ControlView.percent(quality, texts)), bars.size()));
        }
        return new SuccessChart(title, description, bars);
    }

    /** Returns the chart's height, in its own units. */
    public int height() {
        return TOP + bars.size() * LINE_HEIGHT;
    }

    /** Returns the x of a value's text: just right of its bar. */
    public static int textX(int barWidth) {
        return BARS_X + barWidth + 6;
    }
}
