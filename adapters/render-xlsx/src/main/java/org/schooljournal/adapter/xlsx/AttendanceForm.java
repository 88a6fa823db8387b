package org.schooljournal.adapter.xlsx;

import java.util.List;
import org.schooljournal.core.journal.AbsenceCode;
import org.schooljournal.core.reports.AttendanceReport;

/**
 * The lessons and days a class's students missed (ATT-3) as a table: one row per student —
 * №, the student, the date of birth, the class, the report's first and last dates, the lessons
 * missed, of them by each absence code («н», «б», «ну»), and the days missed. Counts are numbers,
 * zero included; the class and dates on every row let a deputy head put several classes' or
 * months' sheets together and still filter them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AttendanceForm implements TableForm<AttendanceReport> {

    /** Returns the form. */
    public AttendanceForm() {
    }

    @Override
    public Table table(AttendanceReport report) {
        Table.Builder table = Table.named(Labels.sheetName("attendance.sheet", report.classCode()))
                .column(Labels.text("column.number"), ColumnType.INTEGER)
                .column(Labels.text("column.student"), ColumnType.TEXT)
                .column(Labels.text("column.birthDate"), ColumnType.DATE)
                .column(Labels.text("column.class"), ColumnType.TEXT)
                .column(Labels.text("column.from"), ColumnType.DATE)
                .column(Labels.text("column.to"), ColumnType.DATE)
                .column(Labels.text("attendance.lessons"), ColumnType.INTEGER);
        for (AbsenceCode code : AbsenceCode.values()) {
            table.column(Labels.text("attendance.code", code.code()), ColumnType.INTEGER);
        }
        table.column(Labels.text("attendance.days"), ColumnType.INTEGER);
        for (AttendanceReport.Row row : report.rows()) {
            List<Object> cells = new java.util.ArrayList<>(List.of(row.number(), row.student().fullName(),
                    row.student().birthDate(), report.classCode(), report.from(), report.to(), row.lessonsMissed()));
            for (AbsenceCode code : AbsenceCode.values()) {
                cells.add(row.lessonsByCode().getOrDefault(code, 0));
            }
            cells.add(row.daysMissed());
            table.row(cells);
        }
        return table.build();
    }
}
