package org.schooljournal.adapter.xlsx;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Objects;
import org.schooljournal.core.reports.MissingItem;
import org.schooljournal.core.reports.SetupReport;

/**
 * The report on the year's set-up (YR-11) as a table: one row per missing part — №, the
 * requirement (YR-1…YR-10), the part as the bundle names it, what it concerns (a class, a
 * subject), the deadline as a date and time in the school's zone, and whether it has passed. A
 * complete set-up is one row saying so, never an empty sheet.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SetupReportForm implements TableForm<SetupReport> {

    private final ZoneId zone;

    /** Returns the form that shows the deadline in the school's zone, such as {@code Asia/Yekaterinburg}. */
    public SetupReportForm(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public Table table(SetupReport report) {
        Table.Builder table = Table.named(Labels.sheetName("setup.sheet"))
                .column(Labels.text("column.number"), ColumnType.INTEGER)
                .column(Labels.text("setup.requirement"), ColumnType.TEXT)
                .column(Labels.text("setup.item"), ColumnType.TEXT)
                .column(Labels.text("setup.refersTo"), ColumnType.TEXT)
                .column(Labels.text("setup.deadline"), ColumnType.DATE_TIME)
                .column(Labels.text("setup.overdue"), ColumnType.TEXT);
        LocalDateTime deadline = report.deadline().map(d -> LocalDateTime.ofInstant(d, zone).withNano(0)).orElse(null);
        String overdue = Labels.text(report.pastDeadline() ? "setup.yes" : "setup.no");
        if (report.complete()) {
            table.row(Arrays.asList(null, null, Labels.text("setup.complete"), null, deadline, overdue));
        }
        int number = 1;
        for (MissingItem item : report.missing()) {
            table.row(Arrays.asList(number++, item.requirementId(), Labels.text("setup.item." + item.item().name()),
                    String.join(", ", item.refersTo()), deadline, overdue));
        }
        return table.build();
    }
}
