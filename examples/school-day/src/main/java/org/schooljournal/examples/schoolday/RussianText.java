package org.schooljournal.examples.schoolday;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.schooljournal.core.roster.Guardian;
import org.schooljournal.core.school.StaffMember;
import org.schooljournal.core.reports.SetupItem;
import org.schooljournal.rules.TimeLimit;
import org.schooljournal.rules.Verdict;

/**
 * Says limits, verdicts, dates, instants, times, durations, parts of the year's set-up and people's names
 * in Russian, from the example's resource bundle.
 */
final class RussianText {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", RUSSIAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", RUSSIAN);

    private final ResourceBundle bundle =
            ResourceBundle.getBundle("org.schooljournal.examples.schoolday.messages", RUSSIAN);
    private final ZoneId zone;

    RussianText(ZoneId zone) {
        this.zone = zone;
    }

    /** Returns the bundle's text for the key, with the arguments put in. */
    String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), RUSSIAN).format(arguments);
    }

    /** Returns a date. */
    String date(LocalDate date) {
        return DATE.format(date);
    }

    /** Returns a date and time. */
    String instant(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        return DATE.format(local) + " " + TIME.format(local);
    }

    /** Returns the end of a limit; midnight is said as 24:00 of the day before, as the rules mean it. */
    String closing(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        return local.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? DATE.format(local.minusDays(1)) + " 24:00"
                : instant(instant);
    }

    /** Returns the time of day of an instant. */
    String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    /** Returns a time of day. */
    String time(LocalTime time) {
        return TIME.format(time);
    }

    /** Returns a duration in days, hours, minutes and seconds, largest first. */
    String duration(Duration duration) {
        List<String> parts = new ArrayList<>();
        addPart(parts, "duration.days", duration.toDays());
        addPart(parts, "duration.hours", duration.toHoursPart());
        addPart(parts, "duration.minutes", duration.toMinutesPart());
        addPart(parts, "duration.seconds", duration.toSecondsPart());
        return parts.isEmpty() ? text("duration.seconds", 0) : String.join(" ", parts);
    }

    private void addPart(List<String> parts, String key, long amount) {
        if (amount > 0) {
            parts.add(text(key, amount));
        }
    }

    /** Returns the name of a part of the year's set-up (YR-11), such as «Учебный план класса». */
    String setupItem(SetupItem item) {
        return text("setup.item." + item.name());
    }

    /** Returns a member of staff as a timetable names them: surname and initials, «Иванова Е. П.». */
    String initials(StaffMember member) {
        return initials(member.surname(), member.name(), member.patronymic());
    }

    /** Returns a guardian as a teacher's «sent» names them: surname and initials. */
    String initials(Guardian guardian) {
        return initials(guardian.surname(), guardian.name(), guardian.patronymic());
    }

    private static String initials(String surname, String name, String patronymic) {
        StringBuilder said = new StringBuilder(surname).append(' ').append(name.charAt(0)).append('.');
        if (!patronymic.isEmpty()) {
            said.append(' ').append(patronymic.charAt(0)).append('.');
        }
        return said.toString();
    }

    /** Returns a limit: "до …", "с … до …" or "не ранее …", and its extension by a failure. */
    String limit(TimeLimit limit) {
        String said;
        if (limit.opensAt().isPresent() && limit.closesAt().isPresent()) {
            said = text("limit.window", instant(limit.opensAt().get()), closing(limit.closesAt().get()));
        } else if (limit.closesAt().isPresent()) {
            said = text("limit.deadline", closing(limit.closesAt().get()));
        } else {
            said = text("limit.from", instant(limit.opensAt().orElseThrow()));
        }
        return said + limit.extension().map(e -> text("limit.extended", closing(e.until()))).orElse("");
    }

    /** Returns a verdict: on time, late by, or too early by. */
    String verdict(Verdict verdict) {
        String said = switch (verdict.timeliness()) {
            case ON_TIME -> text(verdict.causedByFailure() ? "verdict.ON_TIME.failure" : "verdict.ON_TIME");
            case LATE -> text("verdict.LATE", duration(verdict.lateness()));
            case TOO_EARLY -> text("verdict.TOO_EARLY", duration(verdict.earliness()));
        };
        return said + (verdict.isRejected() ? text("verdict.rejected") : "");
    }
}
