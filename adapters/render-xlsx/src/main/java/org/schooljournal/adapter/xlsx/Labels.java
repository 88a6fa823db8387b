package org.schooljournal.adapter.xlsx;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.schooljournal.rules.calendar.PeriodKind;

/**
 * The Russian texts of the workbooks — headers, sheet names, the names of periods, lesson kinds
 * and set-up items — from {@code workbooks.properties} (UTF-8).
 *
 * <p>This class is immutable and thread-safe.
 */
final class Labels {

    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("org.schooljournal.adapter.xlsx.workbooks", Locale.ROOT);

    private Labels() {
    }

    /** Returns the text of a key, its arguments put in. */
    static String text(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }

    /**
     * Returns a sheet's name from a key and its arguments, with any character a sheet's name
     * cannot have replaced by a space and cut to {@value Table#MAX_SHEET_NAME} characters.
     */
    static String sheetName(String key, Object... arguments) {
        String name = text(key, arguments).replaceAll("[\\[\\]:*?/\\\\']", " ").strip();
        return name.length() > Table.MAX_SHEET_NAME ? name.substring(0, Table.MAX_SHEET_NAME).strip() : name;
    }

    /**
     * Returns a study period as a reader names it: {@code QUARTER-1} is «1 четверть», {@code YEAR-1}
     * «Год»; anything else as it is written.
     */
    static String period(String period) {
        String[] parts = period.split("-", 2);
        boolean known = parts.length == 2 && Stream.of(PeriodKind.values()).anyMatch(k -> k.name().equals(parts[0]));
        return known ? text("period." + parts[0], parts[1]) : period;
    }
}
