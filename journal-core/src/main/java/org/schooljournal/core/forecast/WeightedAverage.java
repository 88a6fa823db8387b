package org.schooljournal.core.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The weighted average of the counted marks (MRK-11), kept exact as the fraction
 * {@code weightedSum / totalWeight}: Σ value·weight over Σ weight. Decisions compare the fraction
 * itself (by cross-multiplication), so 4.5 is never 4.4999; {@link #display()} gives two decimal
 * places for people.
 *
 * <p>Two averages are equal when their sums and total weights are (not merely their quotients).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param weightedSum Σ value·weight, not negative
 * @param totalWeight Σ weight, above 0
 */
public record WeightedAverage(BigDecimal weightedSum, BigDecimal totalWeight) {

    /** The decimal places of {@link #display()}. */
    public static final int DISPLAY_SCALE = 2;

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if a part is {@code null}, the sum is negative or the total
     *     weight is not above 0
     */
    public WeightedAverage {
        ForecastArguments.given(weightedSum, "weightedSum");
        ForecastArguments.given(totalWeight, "totalWeight");
        if (weightedSum.signum() < 0) {
            throw ForecastArguments.invalid("weightedSum", weightedSum.toPlainString(), "must not be negative");
        }
        if (totalWeight.signum() <= 0) {
            throw ForecastArguments.invalid("totalWeight", totalWeight.toPlainString(),
                    "must be above 0: an average needs a counted mark (MRK-11)");
        }
    }

    /**
     * Returns the average of all the marks given; the caller gives the counted ones only.
     *
     * @throws IllegalArgumentException if the list is empty
     */
    static WeightedAverage of(List<WeightedMark> marks) {
        if (marks.isEmpty()) {
            throw ForecastArguments.invalid("marks", "[]", "an average needs a counted mark (MRK-11)");
        }
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        BigDecimal weight = BigDecimal.ZERO.setScale(2);
        for (WeightedMark mark : marks) {
            sum = sum.add(mark.weight().value().multiply(BigDecimal.valueOf(mark.value())));
            weight = weight.add(mark.weight().value());
        }
        return new WeightedAverage(sum, weight);
    }

    /**
     * Returns this average with {@code count} more marks of the value at the weight.
     *
     * @throws IllegalArgumentException if the weight is {@code null}, or the value or the count
     *     is negative
     */
    public WeightedAverage with(int value, Weight weight, long count) {
        ForecastArguments.given(weight, "weight");
        if (value < 0) {
            throw ForecastArguments.invalid("value", value, "must not be negative");
        }
        if (count < 0) {
            throw ForecastArguments.invalid("count", count, "must not be negative");
        }
        BigDecimal added = weight.value().multiply(BigDecimal.valueOf(count));
        return new WeightedAverage(weightedSum.add(added.multiply(BigDecimal.valueOf(value))), totalWeight.add(added));
    }

    /**
     * Compares the exact average with a number: negative, zero or positive as it is below, equal to
     * or above it.
     *
     * @throws IllegalArgumentException if the number is {@code null}
     */
    public int compareTo(BigDecimal number) {
        ForecastArguments.given(number, "number");
        return weightedSum.compareTo(number.multiply(totalWeight));
    }

    /**
     * Says whether the exact average is at least the number.
     *
     * @throws IllegalArgumentException if the number is {@code null}
     */
    public boolean isAtLeast(BigDecimal number) {
        return compareTo(number) >= 0;
    }

    /**
     * Returns the average cut to two decimal places (rounded toward zero): 4.4950 shows as 4.49, never
     * as 4.50, so that what people see never crosses a rounding threshold the exact value has not
     * reached (thresholds have at most two decimal places, {@link RoundingRule}).
     */
    public BigDecimal display() {
        return weightedSum.divide(totalWeight, DISPLAY_SCALE, RoundingMode.DOWN);
    }

    /** Returns the average as {@code 4.13 (45.50/11.00)}: the display and the exact fraction. */
    @Override
    public String toString() {
        return display().toPlainString() + " (" + weightedSum.toPlainString() + "/" + totalWeight.toPlainString() + ")";
    }
}
