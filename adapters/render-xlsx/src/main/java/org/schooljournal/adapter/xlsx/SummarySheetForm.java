package org.schooljournal.adapter.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.schooljournal.core.reports.SummarySheet;

/**
 * The summary sheet of final marks of a class (сводная ведомость, REP-8, MRK-12) as a table: one
 * row per student and subject — №, the student, the class, the subject — and one column per study
 * period of the sheet, in order, ending with the year; a mark is a number when it is one
 * («5»), text otherwise («осв», «н/а»), and empty when not set.
 *
 * <p>Why a row per student and subject rather than a column per subject and period (the printed
 * form's layout) or a sheet per period: one filter then answers what a deputy head asks — the
 * subject column gives the class's marks in one subject across the periods, a period's column
 * gives every «2» of that quarter with its student and subject, the student column one student's
 * line; the periods side by side show the dynamics between them; and the columns do not multiply
 * with the subjects. The rows keep the sheet's order: students alphabetically, then the subjects
 * in the school's order.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SummarySheetForm implements TableForm<SummarySheet> {

    private final Function<String, String> subjectName;

    /** Returns the form that names the subjects by their codes. */
    public SummarySheetForm() {
        this(Function.identity());
    }

    /**
     * Returns the form that names the subjects so, such as {@code Programme.of(school)::subjectName}.
     */
    public SummarySheetForm(Function<String, String> subjectName) {
        this.subjectName = Objects.requireNonNull(subjectName, "subjectName");
    }

    @Override
    public Table table(SummarySheet sheet) {
        Table.Builder table = Table.named(Labels.sheetName("summary.sheet", sheet.classCode()))
                .column(Labels.text("column.number"), ColumnType.INTEGER)
                .column(Labels.text("column.student"), ColumnType.TEXT)
                .column(Labels.text("column.class"), ColumnType.TEXT)
                .column(Labels.text("column.subject"), ColumnType.TEXT);
        sheet.periods().forEach(period -> table.column(Labels.period(period), ColumnType.MARK));
        for (SummarySheet.Row row : sheet.rows()) {
            for (String subject : sheet.subjects()) {
                List<Object> cells = new ArrayList<>(List.of(row.number(), row.student().fullName(), sheet.classCode(),
                        subjectName.apply(subject)));
                sheet.periods().forEach(period -> cells.add(row.mark(subject, period).orElse(null)));
                table.row(cells);
            }
        }
        return table.build();
    }
}
