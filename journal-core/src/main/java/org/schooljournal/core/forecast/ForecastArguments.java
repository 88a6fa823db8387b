package org.schooljournal.core.forecast;

/**
 * The argument checks of the forecast (MRK-11): every refusal is an {@link IllegalArgumentException}
 * whose message names the field, the value and the rule, as {@code "weight = 0: must be positive"}.
 */
final class ForecastArguments {

    private ForecastArguments() {
    }

    /**
     * Returns the value if it is given.
     *
     * @throws IllegalArgumentException if it is {@code null}
     */
    static <T> T given(T value, String field) {
        if (value == null) {
            throw invalid(field, null, "must be given");
        }
        return value;
    }

    /**
     * Returns the text stripped if it is given and not blank.
     *
     * @throws IllegalArgumentException if it is {@code null} or blank
     */
    static String text(String value, String field) {
        String stripped = given(value, field).strip();
        if (stripped.isEmpty()) {
            throw invalid(field, "\"" + value + "\"", "must not be blank");
        }
        return stripped;
    }

    /** Returns the refusal of a value: {@code field = value: rule}. */
    static IllegalArgumentException invalid(String field, Object value, String rule) {
        return new IllegalArgumentException(field + " = " + value + ": " + rule);
    }
}
