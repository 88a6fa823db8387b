package org.schooljournal.core.validation;

/**
 * A value as an error message shows it (DESIGN.md, principle 5): its text with every control
 * character, unpaired surrogate, line or paragraph separator and bidirectional control written as
 * an escape (a line feed as {@code \n}, NUL as a backslash, {@code u} and {@code 0000}), so that a
 * message stays one honest line, and cut after {@value #LENGTH} characters with an ellipsis and the
 * whole length, so that a megabyte of input is never echoed whole:
 * {@code "aaaa…(1048576 characters)"}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Excerpt {

    /** How many characters of a value a message shows. */
    public static final int LENGTH = 100;

    private Excerpt() {
    }

    /** Returns the value as a message shows it, cut after {@value #LENGTH} characters. */
    public static String of(Object value) {
        return of(value, LENGTH);
    }

    /** Returns the value as a message shows it, cut after that many characters. */
    public static String of(Object value, int length) {
        String text = String.valueOf(value);
        int end = text.length() <= length ? text.length() : length;
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))
                && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        StringBuilder shown = new StringBuilder(end + 32);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    : Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            if (c == '\n') {
                shown.append("\\n");
            } else if (c == '\r') {
                shown.append("\\r");
            } else if (c == '\t') {
                shown.append("\\t");
            } else if (Character.isISOControl(c) || (Character.isSurrogate(c) && !paired) || c == '\u2028' || c == '\u2029'
                    || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                shown.append(String.format("\\u%04X", (int) c));
            } else {
                shown.append(c);
            }
        }
        if (end < text.length()) {
            shown.append("…(").append(text.length()).append(" characters)");
        }
        return shown.toString();
    }
}
