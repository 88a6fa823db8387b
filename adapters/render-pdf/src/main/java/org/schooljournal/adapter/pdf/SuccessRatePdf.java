package org.schooljournal.adapter.pdf;

import static org.schooljournal.adapter.pdf.FormTexts.text;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.schooljournal.core.reports.Rate;
import org.schooljournal.core.reports.ResultCounting;
import org.schooljournal.core.reports.SuccessReport;

/**
 * The printed control report of the success rate and quality (REP-1), from journal-core's
 * {@link SuccessReport}: the formula and how «осв», «н/а», «безотм» and deferred marks were
 * counted ({@link ResultCounting}), in words; the total; a table per kind of line — classes and
 * parallels (pupils by their standing), subjects, teachers and journals (period marks) — each line
 * with the counted, succeeded, quality, left out and unmarked, the success rate and the quality;
 * and, for a report of less than the whole school (a class's, a journal's), each pupil's line with
 * their standing. {@link #writeOverPeriods} prints the success rate and quality per class over the
 * periods — a table and a grouped bar chart, two bars per class per period — for the reader who
 * would rather look than read. Portrait A4, PDF/A-2b.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SuccessRatePdf {

    private static final float[] LINE_WEIGHTS = {14, 4, 4, 4, 4, 4, 5, 5};
    private static final float[] PUPIL_WEIGHTS = {2, 12, 3, 4, 4, 4, 4, 4, 7};
    private static final float[] PERIOD_WEIGHTS = {6, 8, 4, 4, 4, 5, 5};

    private SuccessRatePdf() {
    }

    /**
     * Writes one period's report as a PDF/A-2b document; the stream is left open.
     *
     * @throws java.io.UncheckedIOException if the stream cannot be written
     */
    public static void write(SuccessReport report, SchoolHeader header, OutputStream out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(out, "out");
        String title = text("success.title");
        ZoneId zone = header.printedAt().getZone();
        try (PdfForm form = new PdfForm(header, title, false)) {
            form.heading(title, 14);
            form.paragraph(text("success.scope", scope(report.scope(), report, header),
                    FormTexts.period(report.period().toString()), Figures.instant(report.asOf(), zone)),
                    PdfForm.TEXT_SIZE + 1);
            form.space(4);
            form.paragraph(text("success.formula"), PdfForm.SMALL_SIZE);
            form.paragraph(counting(report.counting()), PdfForm.SMALL_SIZE);
            form.space(6);
            lines(form, text("success.total"), List.of(line(text("success.total"), report.total())));
            lines(form, text("success.classes"), report.classes().stream()
                    .map(line -> line(line.name(), line.rate())).toList());
            lines(form, text("success.parallels"), report.parallels().stream()
                    .map(line -> line(text("success.parallel", line.code()), line.rate())).toList());
            lines(form, text("success.subjects"), report.subjects().stream()
                    .map(line -> line(header.subjectName(line.code()), line.rate())).toList());
            lines(form, text("success.teachers"), report.teachers().stream()
                    .map(line -> line(header.staffName(line.code()), line.rate())).toList());
            lines(form, text("success.journals"), report.journals().stream()
                    .map(line -> line(line.name(), line.rate())).toList());
            if (!report.scope().equals(header.schoolId())) {
                pupils(form, report);
            }
            form.write(out);
        }
    }

    /**
     * Writes the success rate and quality per class over the periods — one report per period, in
     * the order given, such as QUARTER-1…QUARTER-4 and YEAR-1 — as a table and a grouped bar chart
     * (a bar for the success rate and one for the quality, per class per period, and the totals),
     * a PDF/A-2b document; the stream is left open.
     *
     * @throws IllegalArgumentException if no report is given
     * @throws java.io.UncheckedIOException if the stream cannot be written
     */
    public static void writeOverPeriods(List<SuccessReport> reports, SchoolHeader header, OutputStream out) {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(out, "out");
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("reports must hold at least one period's success report, was empty");
        }
        String title = text("success.periods.title");
        SuccessReport last = reports.get(reports.size() - 1);
        try (PdfForm form = new PdfForm(header, title, false)) {
            form.heading(title, 14);
            form.paragraph(text("success.periods.scope", scope(last.scope(), last, header),
                    Figures.instant(last.asOf(), header.printedAt().getZone())), PdfForm.TEXT_SIZE + 1);
            form.paragraph(counting(last.counting()), PdfForm.SMALL_SIZE);
            form.space(6);
            Set<String> classes = new LinkedHashSet<>();
            reports.forEach(report -> report.classes().forEach(line -> classes.add(line.code())));
            List<List<String>> rows = new ArrayList<>();
            List<GroupedBarChart.Group> groups = new ArrayList<>();
            for (String classCode : classes) {
                List<GroupedBarChart.Item> items = new ArrayList<>();
                for (SuccessReport report : reports) {
                    report.classes().stream().filter(line -> line.code().equals(classCode)).findFirst()
                            .ifPresent(line -> {
                                rows.add(periodRow(classCode, report, line.rate()));
                                items.add(item(report, line.rate()));
                            });
                }
                groups.add(new GroupedBarChart.Group(classCode, items));
            }
            List<GroupedBarChart.Item> totals = new ArrayList<>();
            for (SuccessReport report : reports) {
                rows.add(periodRow(text("success.total"), report, report.total()));
                totals.add(item(report, report.total()));
            }
            groups.add(new GroupedBarChart.Group(text("success.total"), totals));
            form.table(PERIOD_WEIGHTS, columns("success.periods.columns"), rows, PdfForm.SMALL_SIZE);
            new GroupedBarChart(text("success.chart"),
                    List.of(text("success.legend.success"), text("success.legend.quality")), BigDecimal.valueOf(100),
                    groups).draw(form);
            form.write(out);
        }
    }

    /** Returns the counting setting in words. */
    static String counting(ResultCounting counting) {
        return text("success.counting", text("counting." + counting.exempt()), text("counting." + counting.notAssessed()),
                text("counting." + counting.ungraded()), text("counting." + counting.deferred()));
    }

    private static String scope(String scope, SuccessReport report, SchoolHeader header) {
        if (scope.equals(header.schoolId())) {
            return header.schoolName();
        }
        boolean isClass = report.classes().stream().anyMatch(line -> line.code().equals(scope));
        return isClass ? text("success.scope.class", scope) : report.journals().stream()
                .filter(line -> line.code().equals(scope)).map(SuccessReport.Line::name).findFirst().orElse(scope);
    }


    private static void lines(PdfForm form, String heading, List<List<String>> rows) {
        form.heading(heading, 10.5f);
        if (rows.isEmpty()) {
            form.paragraph(text("empty"), PdfForm.TEXT_SIZE);
            form.space(4);
        } else {
            form.table(LINE_WEIGHTS, columns("success.columns"), rows, PdfForm.SMALL_SIZE);
        }
    }

    private static List<String> line(String name, Rate rate) {
        return List.of(name, String.valueOf(rate.counted()), String.valueOf(rate.succeeded()),
                String.valueOf(rate.quality()), String.valueOf(rate.leftOut()), String.valueOf(rate.unmarked()),
                Figures.percent(rate.successPercent()), Figures.percent(rate.qualityPercent()));
    }

    private static void pupils(PdfForm form, SuccessReport report) {
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (SuccessReport.PupilLine pupil : report.pupils()) {
            Rate marks = pupil.marks();
            rows.add(List.of(String.valueOf(number++), pupil.student().fullName(), pupil.classCode(),
                    String.valueOf(marks.counted()), String.valueOf(marks.succeeded()), String.valueOf(marks.quality()),
                    String.valueOf(marks.leftOut()), String.valueOf(marks.unmarked()),
                    text("outcome." + pupil.standing())));
        }
        form.heading(text("success.pupils"), 10.5f);
        if (rows.isEmpty()) {
            form.paragraph(text("empty"), PdfForm.TEXT_SIZE);
        } else {
            form.table(PUPIL_WEIGHTS, columns("success.pupils.columns"), rows, PdfForm.SMALL_SIZE);
        }
    }

    private static List<String> periodRow(String label, SuccessReport report, Rate rate) {
        return List.of(label, FormTexts.period(report.period().toString()), String.valueOf(rate.counted()),
                String.valueOf(rate.succeeded()), String.valueOf(rate.quality()),
                Figures.percent(rate.successPercent()), Figures.percent(rate.qualityPercent()));
    }

    private static GroupedBarChart.Item item(SuccessReport report, Rate rate) {
        return new GroupedBarChart.Item(FormTexts.period(report.period().toString()), List.of(
                bar(text("success.legend.success"), rate.successPercent()),
                bar(text("success.legend.quality"), rate.qualityPercent())));
    }

    private static BarChart.Bar bar(String label, Optional<BigDecimal> percent) {
        return new BarChart.Bar(label, percent.orElse(BigDecimal.ZERO), Figures.percent(percent));
    }

    private static List<String> columns(String name) {
        return List.of(text(name).split("\\|"));
    }
}
