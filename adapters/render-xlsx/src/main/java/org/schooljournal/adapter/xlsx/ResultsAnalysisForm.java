package org.schooljournal.adapter.xlsx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.schooljournal.core.reports.Rate;
import org.schooljournal.core.reports.ResultsAnalysis;

/**
 * The analysis of a class's results (REP-9), the homeroom teacher's report, as two tables. The
 * pupils': a row per pupil and period — №, the pupil, the class, the period, the weighted average of
 * current marks, the standing, the change of the average from the period before («↑», «↓», «=»,
 * «—») and the rate of the pupil's period marks. The lines': a row per period for the class (its
 * pupils by standing), then per subject and per teacher and period — the average, its change and
 * the rate. The «Обучающийся» or «Наименование» filter gives one's dynamics over the periods.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ResultsAnalysisForm implements TableForm<ResultsAnalysis> {

    @Override
    public Table table(ResultsAnalysis report) {
        Table.Builder table = Table.named(Labels.sheetName("analysis.sheet", report.classCode()))
                .column(Labels.text("column.number"), ColumnType.INTEGER)
                .column(Labels.text("column.student"), ColumnType.TEXT)
                .column(Labels.text("column.class"), ColumnType.TEXT)
                .column(Labels.text("column.period"), ColumnType.TEXT)
                .column(Labels.text("analysis.average"), ColumnType.DECIMAL)
                .column(Labels.text("success.standing"), ColumnType.TEXT)
                .column(Labels.text("analysis.change"), ColumnType.TEXT);
        RateColumns.add(table);
        for (ResultsAnalysis.Pupil pupil : report.pupils()) {
            for (int p = 0; p < report.periods().size(); p++) {
                ResultsAnalysis.Result result = pupil.results().get(p);
                List<Object> cells = new ArrayList<>(Arrays.asList(pupil.number(), pupil.student().fullName(),
                        report.classCode(), Labels.period(report.periods().get(p)), result.average().orElse(null),
                        Labels.text("outcome." + result.standing().name()),
                        Labels.text("change." + result.change().name())));
                cells.addAll(RateColumns.cells(result.rate()));
                table.row(cells);
            }
        }
        return table.build();
    }

    /** Returns the pupils' table, then the class's, subjects' and teachers' lines. */
    @Override
    public List<Table> tables(ResultsAnalysis report) {
        Table.Builder lines = Table.named(Labels.sheetName("analysis.linesSheet", report.classCode()))
                .column(Labels.text("column.line"), ColumnType.TEXT)
                .column(Labels.text("column.code"), ColumnType.TEXT)
                .column(Labels.text("column.name"), ColumnType.TEXT)
                .column(Labels.text("column.period"), ColumnType.TEXT)
                .column(Labels.text("analysis.average"), ColumnType.DECIMAL)
                .column(Labels.text("analysis.change"), ColumnType.TEXT);
        RateColumns.add(lines);
        for (int p = 0; p < report.periods().size(); p++) {
            lines.row(line("class", report.classCode(), report.classCode(), report.periods().get(p), null, null,
                    report.classResults().get(p)));
        }
        lines(lines, "subject", report.subjects(), report.periods());
        lines(lines, "teacher", report.teachers(), report.periods());
        return List.of(table(report), lines.build());
    }

    private static void lines(Table.Builder table, String kind, List<ResultsAnalysis.Line> lines, List<String> periods) {
        for (ResultsAnalysis.Line line : lines) {
            for (int p = 0; p < periods.size(); p++) {
                ResultsAnalysis.Result result = line.results().get(p);
                table.row(line(kind, line.code(), line.name(), periods.get(p), result.average().orElse(null),
                        Labels.text("change." + result.change().name()), result.rate()));
            }
        }
    }

    private static List<Object> line(String kind, String code, String name, String period, Object average,
            String change, Rate rate) {
        List<Object> cells = new ArrayList<>(Arrays.asList(Labels.text("analysis.line." + kind), code, name,
                Labels.period(period), average, change));
        cells.addAll(RateColumns.cells(rate));
        return cells;
    }
}
