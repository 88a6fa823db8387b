package org.schooljournal.examples.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What the pages say, in Russian, from the resource bundle {@code web/texts}: templates ask for a
 * text by its key, with its arguments in {@link MessageFormat}'s way.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Texts {

    static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU");

    private final ResourceBundle bundle;

    Texts(String bundleName) {
        this.bundle = ResourceBundle.getBundle(bundleName, RUSSIAN);
    }

    /** Returns the text of the key, its arguments put in. */
    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, RUSSIAN).format(arguments);
    }
}
