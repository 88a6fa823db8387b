package org.schooljournal.adapter.xlsx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.schooljournal.core.reports.ControlWorkReport;

/**
 * The results of the control works (REP-2) as a table: a row per work of the schedule — its date,
 * class or group, subject, form of control, teacher and pupils, the marks by value (one column per
 * value any work has, the highest first, as the lesson statistics), and the rate of its marks: the
 * absent left out, those without a mark yet apart, the success rate and quality as percent cells.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ControlWorkReportForm implements TableForm<ControlWorkReport> {

    @Override
    public Table table(ControlWorkReport report) {
        TreeSet<String> markValues = new TreeSet<>(LessonStatisticsForm.MARK_ORDER);
        report.works().forEach(work -> markValues.addAll(work.marks().keySet()));
        Table.Builder table = Table.named(Labels.sheetName("works.sheet"))
                .column(Labels.text("column.date"), ColumnType.DATE)
                .column(Labels.text("column.holder"), ColumnType.TEXT)
                .column(Labels.text("column.subject"), ColumnType.TEXT)
                .column(Labels.text("works.form"), ColumnType.TEXT)
                .column(Labels.text("column.teacher"), ColumnType.TEXT)
                .column(Labels.text("works.pupils"), ColumnType.INTEGER);
        markValues.forEach(mark -> table.column(Labels.text("statistics.marks", mark), ColumnType.INTEGER));
        RateColumns.add(table);
        for (ControlWorkReport.Work work : report.works()) {
            List<Object> cells = new ArrayList<>(Arrays.asList(work.date(), work.holderCode(), work.subject(),
                    work.form(), work.teacher(), work.pupils()));
            markValues.forEach(mark -> cells.add(work.marks().getOrDefault(mark, 0)));
            cells.addAll(RateColumns.cells(work.rate()));
            table.row(cells);
        }
        return table.build();
    }
}
