package org.schooljournal.core.forecast;

import java.math.BigDecimal;

/**
 * The weight of a mark in the weighted average of the forecast (MRK-11): a decimal number of
 * hundredths, above 0 and at most 100, such as 1, 1.5 or 2. Weights are exact
 * ({@link BigDecimal} with two decimal places), so that averages never drift.
 *
 * <p>Two weights are equal when their values are: {@code 1.5} and {@code 1.50} are one weight.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param value the weight, with exactly two decimal places
 */
public record Weight(BigDecimal value) {

    /** The greatest weight accepted, a guard against typing errors such as 15 for 1.5. */
    public static final BigDecimal MAX = BigDecimal.valueOf(100);

    private static final String RULE = "a weight is a number of hundredths above 0 and at most 100 (MRK-11)";

    /** The weight 1, the default of additional marks. */
    public static final Weight ONE = of(1);

    /**
     * Checks the value and gives it two decimal places.
     *
     * @throws IllegalArgumentException if the value is {@code null}, not above 0, above 100, or has
     *     a non-zero digit after the hundredths
     */
    public Weight {
        ForecastArguments.given(value, "weight");
        if (value.signum() <= 0 || value.compareTo(MAX) > 0 || value.stripTrailingZeros().scale() > 2) {
            throw ForecastArguments.invalid("weight", value.toPlainString(), RULE);
        }
        value = value.setScale(2);
    }

    /**
     * Returns the weight of the value.
     *
     * @throws IllegalArgumentException if the value is {@code null}, not above 0, above 100, or
     *     finer than hundredths
     */
    public static Weight of(BigDecimal value) {
        return new Weight(value);
    }

    /**
     * Returns a whole weight, such as 2.
     *
     * @throws IllegalArgumentException if it is not 1…100
     */
    public static Weight of(int value) {
        return new Weight(BigDecimal.valueOf(value));
    }

    /**
     * Reads a weight as {@link #toString()} writes it, such as {@code "1.5"}.
     *
     * @throws IllegalArgumentException if the text is {@code null}, not a decimal number, or not a
     *     valid weight
     */
    public static Weight parse(String text) {
        ForecastArguments.given(text, "weight");
        BigDecimal value;
        try {
            value = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw ForecastArguments.invalid("weight", "\"" + text + "\"", "is not a decimal number; " + RULE);
        }
        return new Weight(value);
    }

    /** Returns the weight without trailing zeros, such as {@code 1.5} or {@code 2}. */
    @Override
    public String toString() {
        return value.stripTrailingZeros().toPlainString();
    }
}
