package org.schooljournal.core.compromise;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The act of a compromised account in Russian (PD-4, UX-1), from act.properties: its heading, the
 * report and its timeliness, the block and the restoration, and the numbered list of the
 * operations it declares invalid, each marked when the administration must reverse it itself.
 *
 * <p>This class is stateless and thread-safe.
 */
final class CompromiseActText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private CompromiseActText() {
    }

    /** Returns the act's text. */
    static String of(CompromiseAct act) {
        Compromise report = act.compromise();
        List<String> lines = new ArrayList<>();
        lines.add(format("title", String.valueOf(report.number()), act.schoolName()));
        lines.add("");
        lines.add(format("account", act.nameOf(report.personId()), report.personId()));
        lines.add(format("discovered", time(act, report.discoveredAt())));
        lines.add(format("informed", time(act, report.informedAt())));
        lines.add(report.timing().map(timing -> format("deadline", timing.reference(), time(act, timing.closesAt()),
                timing.late() ? format("late", duration(timing.lateBy())) : text("on.time")))
                .orElse(text("not.judged")));
        lines.add(format("reported", act.nameOf(report.reportedBy()), time(act, report.reportedAt())));
        lines.add(format("circumstances", report.circumstances()));
        lines.add(format("blocked", time(act, report.informedAt())));
        lines.add(report.restoration().map(r -> format("restored", time(act, r.restoredAt()), act.nameOf(r.restoredBy()),
                r.reason())).orElse(text("not.restored")));
        lines.add("");
        if (!report.drawnUp()) {
            lines.add(text("not.drawn.up"));
            return String.join("\n", lines);
        }
        lines.add(format("invalid", time(act, report.informedAt()), report.restoration()
                .map(r -> format("until", time(act, r.restoredAt()))).orElse(text("until.now"))));
        int number = 1;
        for (InvalidatedOperation operation : report.operations()) {
            lines.add(format("operation", String.valueOf(number++), operation.recordedAt().atZone(act.zone())
                    .format(SECOND), operation.description()) + (operation.leftOut() ? "" : text("needs.reversal")));
        }
        if (report.operations().isEmpty()) {
            lines.add(text("none"));
        }
        lines.add("");
        for (int i = 0; i < report.drawings().size(); i++) {
            Compromise.Drawing drawing = report.drawings().get(i);
            lines.add(format(i == 0 ? "drawn.up" : "supplemented", act.nameOf(drawing.drawnUpBy()),
                    time(act, drawing.drawnUpAt()), String.valueOf(drawing.operations())));
        }
        return String.join("\n", lines);
    }

    /** Returns how an operation of the school's own stream is listed: by its stored type. */
    static InvalidationSource.Description schoolOperation(String type) {
        String what;
        try {
            what = text("school." + type);
        } catch (MissingResourceException unknown) {
            what = format("school.other", type);
        }
        return new InvalidationSource.Description(format("school.operation", what), false);
    }

    /** Returns a duration as the act writes it: «1 дн. 2 ч 15 мин», whole seconds only under a minute. */
    static String duration(Duration duration) {
        List<String> parts = new ArrayList<>();
        if (duration.toDays() > 0) {
            parts.add(format("days", String.valueOf(duration.toDays())));
        }
        if (duration.toHoursPart() > 0) {
            parts.add(format("hours", String.valueOf(duration.toHoursPart())));
        }
        if (duration.toMinutesPart() > 0) {
            parts.add(format("minutes", String.valueOf(duration.toMinutesPart())));
        }
        if (parts.isEmpty()) {
            parts.add(format("seconds", String.valueOf(Math.max(1, duration.toSecondsPart()))));
        }
        return String.join(" ", parts);
    }

    private static String time(CompromiseAct act, Instant instant) {
        return instant.atZone(act.zone()).format(TIME);
    }

    private static String format(String name, Object... arguments) {
        return MessageFormat.format(text(name).replace("'", "''"), arguments);
    }

    private static String text(String name) {
        return ResourceBundle.getBundle("org.schooljournal.core.compromise.act", Locale.ROOT).getString(name);
    }
}
