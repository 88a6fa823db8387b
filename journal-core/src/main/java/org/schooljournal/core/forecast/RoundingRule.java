package org.schooljournal.core.forecast;

import java.math.BigDecimal;

/**
 * How a school rounds the weighted average to the period mark (MRK-11, a school setting): the
 * average rounds up to the next whole mark when its fractional part is at least
 * {@code roundUpFrom}, and down otherwise. The decision is taken on the exact average.
 *
 * <ul>
 *   <li>{@link #HALF_UP} (from .50, the default): 4.49 → 4, 4.50 → 5;</li>
 *   <li>{@link #UP_FROM_SIX_TENTHS} (from .60, common in Russian schools): 4.59 → 4, 4.60 → 5;</li>
 *   <li>{@link #DOWN} ({@code roundUpFrom} = 1.00, which no fractional part reaches): 4.99 → 4,
 *       5.00 → 5;</li>
 *   <li>any other threshold of hundredths, 0.01…1.00, by {@link #upFrom(BigDecimal)}.</li>
 * </ul>
 *
 * <p>So the least average that gives mark {@code m} is {@code m − 1 + roundUpFrom}
 * ({@link #threshold(int)}); the lowest mark of the scale needs no threshold.
 *
 * <p>A school chooses its rule in its settings
 * ({@code org.schooljournal.core.school.SchoolSettings#forecastRounding()}); stored in its log, a
 * rule is its {@code roundUpFrom}, as {@code {"roundUpFrom":0.60}}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param roundUpFrom the fractional part from which the average rounds up, 0.01…1.00, with two
 *     decimal places
 */
public record RoundingRule(BigDecimal roundUpFrom) {

    /** Rounds up from .50: 3.5 → 4, 4.49 → 4, 4.50 → 5. The default. */
    public static final RoundingRule HALF_UP = upFrom(new BigDecimal("0.50"));
    /** Rounds up from .60: 4.59 → 4, 4.60 → 5. */
    public static final RoundingRule UP_FROM_SIX_TENTHS = upFrom(new BigDecimal("0.60"));
    /** Rounds down: 4.99 → 4; a mark needs an average of at least that mark. */
    public static final RoundingRule DOWN = upFrom(BigDecimal.ONE);
    /** The default rule, {@link #HALF_UP}. */
    public static final RoundingRule DEFAULT = HALF_UP;

    private static final String RULE = "the fraction from which an average rounds up is 0.01…1.00, in hundredths (MRK-11)";
    private static final String UP_FROM = "UP_FROM_";

    /**
     * Checks the threshold and gives it two decimal places.
     *
     * @throws IllegalArgumentException if it is {@code null}, not in 0.01…1.00, or finer than
     *     hundredths
     */
    public RoundingRule {
        ForecastArguments.given(roundUpFrom, "roundUpFrom");
        if (roundUpFrom.signum() <= 0 || roundUpFrom.compareTo(BigDecimal.ONE) > 0
                || roundUpFrom.stripTrailingZeros().scale() > 2) {
            throw ForecastArguments.invalid("roundUpFrom", roundUpFrom.toPlainString(), RULE);
        }
        roundUpFrom = roundUpFrom.setScale(2);
    }

    /**
     * Returns the rule that rounds up from the fractional part, such as 0.60.
     *
     * @throws IllegalArgumentException if it is {@code null}, not in 0.01…1.00, or finer than
     *     hundredths
     */
    public static RoundingRule upFrom(BigDecimal roundUpFrom) {
        return new RoundingRule(roundUpFrom);
    }

    /**
     * Reads a rule as {@link #toString()} writes it: {@code HALF_UP}, {@code DOWN} or
     * {@code UP_FROM_0.60}.
     *
     * @throws IllegalArgumentException if the text is {@code null} or not one of these
     */
    public static RoundingRule parse(String text) {
        String name = ForecastArguments.given(text, "rounding rule").strip();
        if (name.equals("HALF_UP")) {
            return HALF_UP;
        }
        if (name.equals("DOWN")) {
            return DOWN;
        }
        if (name.startsWith(UP_FROM)) {
            try {
                return upFrom(new BigDecimal(name.substring(UP_FROM.length())));
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw ForecastArguments.invalid("rounding rule", "\"" + text + "\"",
                "must be HALF_UP, DOWN or UP_FROM_<fraction>, such as UP_FROM_0.60 (MRK-11)");
    }

    /**
     * Returns the least exact average that gives the mark: {@code mark − 1 + roundUpFrom}, such as
     * 4.50 for a 5 under {@link #HALF_UP} and 5.00 under {@link #DOWN}.
     */
    public BigDecimal threshold(int mark) {
        return BigDecimal.valueOf(mark - 1L).add(roundUpFrom);
    }

    /**
     * Returns the mark of the scale the exact average rounds to: the highest mark whose
     * {@link #threshold(int)} the average reaches, or the scale's lowest.
     *
     * @throws IllegalArgumentException if an argument is {@code null}
     */
    public int round(WeightedAverage average, GradingScale scale) {
        ForecastArguments.given(average, "average");
        ForecastArguments.given(scale, "scale");
        int mark = scale.lowest();
        while (mark < scale.highest() && average.isAtLeast(threshold(mark + 1))) {
            mark++;
        }
        return mark;
    }

    /**
     * Says whether this rule never rounds up, as {@link #DOWN}. (Not {@code isDown()}: a school's
     * rounding rule is stored in its log, where a rule is its {@code roundUpFrom} alone.)
     */
    public boolean roundsDown() {
        return roundUpFrom.compareTo(BigDecimal.ONE) == 0;
    }

    /** Returns the rule as {@link #parse(String)} reads it: {@code HALF_UP}, {@code DOWN} or {@code UP_FROM_0.60}. */
    @Override
    public String toString() {
        if (roundsDown()) {
            return "DOWN";
        }
        if (roundUpFrom.compareTo(new BigDecimal("0.5")) == 0) {
            return "HALF_UP";
        }
        return UP_FROM + roundUpFrom.toPlainString();
    }
}
