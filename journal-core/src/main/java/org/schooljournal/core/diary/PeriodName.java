package org.schooljournal.core.diary;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.schooljournal.rules.calendar.PeriodKind;

/**
 * The Russian name of a study period as guardians read it (UX-1): {@code QUARTER-1} is
 * «1 четверть», {@code YEAR-1} «год»; anything else, such as an examination, as it is named.
 * Texts from periods.properties.
 */
final class PeriodName {

    private PeriodName() {
    }

    static String of(String what) {
        String[] parts = what.split("-", 2);
        boolean period = parts.length == 2 && Stream.of(PeriodKind.values()).anyMatch(k -> k.name().equals(parts[0]));
        if (!period) {
            return what;
        }
        String pattern = ResourceBundle.getBundle("org.schooljournal.core.diary.periods", Locale.ROOT).getString(parts[0]);
        return new MessageFormat(pattern, Locale.ROOT).format(new Object[] {parts[1]});
    }
}
