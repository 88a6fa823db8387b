package org.schooljournal.core.log;

/**
 * A stored text as a message quotes it: whole when short, else its first
 * {@value #LIMIT} characters and how many more there were, so that a damaged or hostile value
 * (a megabyte in a field of the store) is never echoed whole into an exception's message.
 *
 * <p>This class is stateless and thread-safe.
 */
final class Excerpt {

    /** How many characters of a value a message quotes. */
    static final int LIMIT = 64;

    private Excerpt() {
    }

    /** Returns the value, or its first characters and the count of the rest. */
    static String of(String value) {
        if (value.length() <= LIMIT) {
            return value;
        }
        return value.substring(0, LIMIT) + "… (" + (value.length() - LIMIT) + " more characters)";
    }
}
