package org.schooljournal.adapter.xlsx;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Objects;
import org.schooljournal.core.reports.InformingReport;

/**
 * The informing of a class's guardians (REP-7) as a table: a row per notification — when it was
 * queued, the pupil, the guardian, what it tells of, the subject and the lesson's date, where it
 * stands, the attempts, when it was sent, the minutes from queuing to sending and when the
 * guardian read it — the instants as date-time cells in the school's zone.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InformingForm implements TableForm<InformingReport> {

    private final ZoneId zone;

    /**
     * Creates the form.
     *
     * @param zone the school's time zone, in which the instants are shown
     */
    public InformingForm(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public Table table(InformingReport report) {
        Table.Builder table = Table.named(Labels.sheetName("informing.sheet", report.classCode()))
                .column(Labels.text("informing.queued"), ColumnType.DATE_TIME)
                .column(Labels.text("column.student"), ColumnType.TEXT)
                .column(Labels.text("informing.guardian"), ColumnType.TEXT)
                .column(Labels.text("informing.kind"), ColumnType.TEXT)
                .column(Labels.text("column.subject"), ColumnType.TEXT)
                .column(Labels.text("informing.lessonDate"), ColumnType.DATE)
                .column(Labels.text("informing.status"), ColumnType.TEXT)
                .column(Labels.text("informing.attempts"), ColumnType.INTEGER)
                .column(Labels.text("informing.sent"), ColumnType.DATE_TIME)
                .column(Labels.text("informing.minutes"), ColumnType.INTEGER)
                .column(Labels.text("informing.read"), ColumnType.DATE_TIME);
        for (InformingReport.Notice notice : report.notices()) {
            table.row(Arrays.asList(local(notice.queuedAt()), notice.studentName(), notice.guardianName(),
                    Labels.text("kind." + notice.kind().name()), notice.subjectCode().orElse(null),
                    notice.lessonDate().orElse(null), Labels.text("status." + notice.status().name()), notice.attempts(),
                    notice.sentAt().map(this::local).orElse(null),
                    notice.delay().map(delay -> delay.toMinutes()).orElse(null),
                    notice.readAt().map(this::local).orElse(null)));
        }
        return table.build();
    }

    private LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone);
    }
}
