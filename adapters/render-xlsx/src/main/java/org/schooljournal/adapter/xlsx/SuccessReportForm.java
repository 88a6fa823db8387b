package org.schooljournal.adapter.xlsx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.schooljournal.core.reports.Rate;
import org.schooljournal.core.reports.SuccessReport;

/**
 * The success rate and quality of a period (REP-1) as one table: a row per line of the report,
 * its kind in the first column — each pupil (with their class and standing), each journal, class,
 * parallel, subject and teacher, and the total — then the code and name, the class, the period, the
 * counts (counted, succeeded, of «4» and «5», left out, not yet marked) and the success rate and
 * quality as percent cells, empty when nothing was counted. The «Строка» filter gives one kind of
 * line; the period on every row lets sheets of several periods be pasted together.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SuccessReportForm implements TableForm<SuccessReport> {

    @Override
    public Table table(SuccessReport report) {
        String period = Labels.period(report.period().toString());
        Table.Builder table = Table.named(Labels.sheetName("success.sheet", period))
                .column(Labels.text("column.line"), ColumnType.TEXT)
                .column(Labels.text("column.code"), ColumnType.TEXT)
                .column(Labels.text("column.name"), ColumnType.TEXT)
                .column(Labels.text("column.class"), ColumnType.TEXT)
                .column(Labels.text("column.period"), ColumnType.TEXT);
        RateColumns.add(table).column(Labels.text("success.standing"), ColumnType.TEXT);
        for (SuccessReport.PupilLine pupil : report.pupils()) {
            table.row(row("pupil", pupil.student().personId(), pupil.student().fullName(), pupil.classCode(), period,
                    pupil.marks(), Labels.text("outcome." + pupil.standing().name())));
        }
        lines(table, "journal", report.journals(), period);
        lines(table, "class", report.classes(), period);
        lines(table, "parallel", report.parallels(), period);
        lines(table, "subject", report.subjects(), period);
        lines(table, "teacher", report.teachers(), period);
        table.row(row("total", report.scope(), report.scope(), null, period, report.total(), null));
        return table.build();
    }

    private static void lines(Table.Builder table, String kind, List<SuccessReport.Line> lines, String period) {
        for (SuccessReport.Line line : lines) {
            table.row(row(kind, line.code(), line.name(), kind.equals("class") ? line.code() : null, period,
                    line.rate(), null));
        }
    }

    private static List<Object> row(String kind, String code, String name, String classCode, String period, Rate rate,
            String standing) {
        List<Object> cells = new ArrayList<>(Arrays.asList(Labels.text("success.line." + kind), code, name, classCode,
                period));
        cells.addAll(RateColumns.cells(rate));
        cells.add(standing);
        return cells;
    }
}
