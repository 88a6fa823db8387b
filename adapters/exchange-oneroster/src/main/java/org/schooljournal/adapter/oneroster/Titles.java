package org.schooljournal.adapter.oneroster;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schooljournal.rules.calendar.PeriodKind;

/**
 * The Russian titles the data set carries, from {@code titles.properties}: a study period's
 * («1 четверть», «2 полугодие»), the homeroom classes' course, the reason of a withdrawal the
 * data set does not give, and the gradebook's: the period marks' category, a line item's title and
 * a grading system's. A study period's title is read back into its kind and number.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Titles {

    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("org.schooljournal.adapter.oneroster.titles", Locale.ROOT);
    private static final Pattern PERIOD = Pattern.compile("(\\d{1,2}) (\\p{L}+)");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Titles() {
    }

    /** Returns «1 четверть» for the first quarter. */
    static String period(PeriodKind kind, int number) {
        return number + " " + BUNDLE.getString(kind.name());
    }

    /** Returns the kind and number of a period's title, if it is one. */
    static Optional<Period> period(String title) {
        Matcher matcher = PERIOD.matcher(title.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Arrays.stream(PeriodKind.values())
                .filter(kind -> BUNDLE.getString(kind.name()).equalsIgnoreCase(matcher.group(2)))
                .findFirst().map(kind -> new Period(kind, Integer.parseInt(matcher.group(1))));
    }

    /** Returns the rule a period's title must keep, for an error. */
    static String periodRule() {
        return "must be a study period's number and kind: «N " + BUNDLE.getString("QUARTER") + "», «N "
                + BUNDLE.getString("TRIMESTER") + "», «N " + BUNDLE.getString("SEMESTER") + "» or «1 "
                + BUNDLE.getString("YEAR") + "»";
    }

    /** Returns the title of the homeroom classes' course. */
    static String homeroomCourse() {
        return BUNDLE.getString("homeroom.course");
    }

    /** Returns the reason recorded for a withdrawal whose row gives none. */
    static String withdrawalReason() {
        return BUNDLE.getString("withdrawal.reason");
    }

    /** Returns the title of the period marks' category: «Отметка за период». */
    static String periodCategory() {
        return BUNDLE.getString("category.PERIOD");
    }

    /** Returns a work's line item's title: «Устный ответ, 12.10.2026, урок 1». */
    static String work(String workName, LocalDate date, int slot) {
        return MessageFormat.format(BUNDLE.getString("lineItem.work"), workName,
                date.format(DAY), Integer.toString(slot));
    }

    /** Returns a period marks' line item's title: «Отметка за период: 1 четверть». */
    static String periodMarks(PeriodKind kind, int number) {
        return MessageFormat.format(BUNDLE.getString("lineItem.period"), period(kind, number));
    }

    /** Returns a grading system's title, by the system's name: «Пятибалльная система». */
    static String scale(String system) {
        return BUNDLE.getString("scale." + system);
    }

    /** A study period's kind and number. */
    record Period(PeriodKind kind, int number) {
    }
}
