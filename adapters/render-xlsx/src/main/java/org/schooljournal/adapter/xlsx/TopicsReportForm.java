package org.schooljournal.adapter.xlsx;

import java.util.Arrays;
import org.schooljournal.core.reports.TopicsReport;

/**
 * The lessons each pupil missed with their topics (REP-3), or each pupil's unsatisfactory marks
 * with the topics (REP-4), as a table: a row per pupil and lesson — №, the pupil, the lesson's date
 * and slot, the subject, its topic (empty if none was recorded) and the absence code or the mark
 * (a mark as a number). The «Обучающийся» filter gives what one pupil has to catch up on.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TopicsReportForm implements TableForm<TopicsReport> {

    @Override
    public Table table(TopicsReport report) {
        String kind = report.kind().name();
        Table.Builder table = Table.named(Labels.sheetName("topics.sheet." + kind, report.scope()))
                .column(Labels.text("column.number"), ColumnType.INTEGER)
                .column(Labels.text("column.student"), ColumnType.TEXT)
                .column(Labels.text("column.date"), ColumnType.DATE)
                .column(Labels.text("column.slot"), ColumnType.INTEGER)
                .column(Labels.text("column.subject"), ColumnType.TEXT)
                .column(Labels.text("column.topic"), ColumnType.TEXT)
                .column(Labels.text("topics.value." + kind), ColumnType.MARK);
        for (TopicsReport.Pupil pupil : report.pupils()) {
            for (TopicsReport.Lesson lesson : pupil.lessons()) {
                table.row(Arrays.asList(pupil.number(), pupil.student().fullName(), lesson.date(), lesson.slot(),
                        lesson.subject(), lesson.topic().orElse(null), lesson.value()));
            }
        }
        return table.build();
    }
}
