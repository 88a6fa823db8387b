package org.schooljournal.adapter.pdf;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The printed forms' Russian texts (UX-1), from {@code forms.properties}, formatted by ICU's
 * {@link MessageFormat}, whose plural forms follow the Russian rules («21 лист», «22 листа»,
 * «25 листов»). Stateless.
 */
final class FormTexts {

    private static final ULocale RUSSIAN = new ULocale("ru");

    private FormTexts() {
    }

    /** Returns the text of that name, with its arguments put in. */
    static String text(String name, Object... arguments) {
        String pattern = ResourceBundle.getBundle("org.schooljournal.adapter.pdf.forms", Locale.ROOT).getString(name);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, RUSSIAN).format(arguments);
    }

    /** Returns the Russian name of a study period: {@code QUARTER-1} is «1-я четверть»; anything else as it is. */
    static String period(String period) {
        String[] parts = period.split("-", 2);
        ResourceBundle bundle = ResourceBundle.getBundle("org.schooljournal.adapter.pdf.forms", Locale.ROOT);
        if (parts.length != 2 || !bundle.containsKey("period." + parts[0])) {
            return period;
        }
        return new MessageFormat(bundle.getString("period." + parts[0]), RUSSIAN).format(new Object[] {parts[1]});
    }
}
