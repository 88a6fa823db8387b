package org.schooljournal.adapter.pdf;

import static org.schooljournal.adapter.pdf.FormTexts.text;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The control reports' figures as printed (UX-1): shares «75,0 %», ratios «0,67», «—» where
 * nothing was counted, lateness «2 д 03:15», dates and instants in the school's zone. Stateless.
 */
final class Figures {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private Figures() {
    }

    /** Returns a share in percent as «75,0 %», or «—» when nothing was counted. */
    static String percent(Optional<BigDecimal> percent) {
        return percent.map(value -> text("report.percent", value)).orElse(text("report.none"));
    }

    /** Returns a ratio as «0,67», or «—» when nothing was counted. */
    static String ratio(Optional<BigDecimal> ratio) {
        return ratio.map(value -> text("report.ratio", value)).orElse(text("report.none"));
    }

    /** Returns a lateness as «00:40» or «2 д 03:15». */
    static String lateness(Duration lateBy) {
        long minutes = lateBy.toMinutes();
        String time = String.format("%02d:%02d", minutes / 60 % 24, minutes % 60);
        return lateBy.toDays() > 0 ? text("report.lateness.days", String.valueOf(lateBy.toDays()), time) : time;
    }

    /** Returns a date as «12.10.2026». */
    static String date(java.time.LocalDate date) {
        return date.format(DATE);
    }

    /** Returns an instant in the zone as «12.10.2026 08:50». */
    static String instant(Instant instant, ZoneId zone) {
        return instant.atZone(zone).format(INSTANT);
    }
}
