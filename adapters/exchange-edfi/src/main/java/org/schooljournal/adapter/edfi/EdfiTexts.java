package org.schooljournal.adapter.edfi;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The Russian texts of the Ed-Fi files — the reasons of attendance events, the descriptions of
 * special marks — from {@code texts.properties} (UTF-8).
 *
 * <p>This class is immutable and thread-safe.
 */
final class EdfiTexts {

    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("org.schooljournal.adapter.edfi.texts", Locale.ROOT);

    private EdfiTexts() {
    }

    /** Returns the text of a key, its arguments put in. */
    static String text(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }
}
