package org.schooljournal.adapter.xlsx;

import java.util.Arrays;
import java.util.List;
import org.schooljournal.core.programme.CurriculumProfile;
import org.schooljournal.core.reports.CurriculumReport;

/**
 * The fulfilment of the curricula (REP-6) as two tables: a row per journal — the class or group,
 * the subject, the profile, the dates, the curriculum's weekly hours and the thematic plan's hours,
 * the lessons timetabled and given, and the share given as a percent cell — and a row per profile
 * with its sums.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CurriculumReportForm implements TableForm<CurriculumReport> {

    @Override
    public Table table(CurriculumReport report) {
        Table.Builder table = Table.named(Labels.sheetName("curriculum.sheet"))
                .column(Labels.text("column.holder"), ColumnType.TEXT)
                .column(Labels.text("column.subject"), ColumnType.TEXT)
                .column(Labels.text("curriculum.profile"), ColumnType.TEXT)
                .column(Labels.text("column.from"), ColumnType.DATE)
                .column(Labels.text("column.to"), ColumnType.DATE)
                .column(Labels.text("statistics.weeklyHours"), ColumnType.DECIMAL)
                .column(Labels.text("statistics.plannedHours"), ColumnType.INTEGER)
                .column(Labels.text("statistics.timetabled"), ColumnType.INTEGER)
                .column(Labels.text("statistics.given"), ColumnType.INTEGER)
                .column(Labels.text("curriculum.fulfilled"), ColumnType.PERCENT);
        for (CurriculumReport.Line line : report.lines()) {
            table.row(Arrays.asList(line.holderCode(), line.subject(), profile(line.profile()), report.from(),
                    report.to(), line.weeklyHours().orElse(null),
                    line.plannedHours().isPresent() ? line.plannedHours().getAsInt() : null, line.timetabled(),
                    line.given(), line.fulfilledPercent().orElse(null)));
        }
        return table.build();
    }

    /** Returns the journals' table, then the profiles' sums. */
    @Override
    public List<Table> tables(CurriculumReport report) {
        Table.Builder profiles = Table.named(Labels.sheetName("curriculum.profileSheet"))
                .column(Labels.text("curriculum.profile"), ColumnType.TEXT)
                .column(Labels.text("curriculum.journals"), ColumnType.INTEGER)
                .column(Labels.text("statistics.timetabled"), ColumnType.INTEGER)
                .column(Labels.text("statistics.given"), ColumnType.INTEGER)
                .column(Labels.text("curriculum.fulfilled"), ColumnType.PERCENT);
        for (CurriculumReport.ProfileLine line : report.profiles()) {
            profiles.row(Arrays.asList(profile(line.profile()), line.journals(), line.timetabled(), line.given(),
                    line.fulfilledPercent().orElse(null)));
        }
        return List.of(table(report), profiles.build());
    }

    private static String profile(CurriculumProfile profile) {
        return Labels.text("profile." + profile.name());
    }
}
