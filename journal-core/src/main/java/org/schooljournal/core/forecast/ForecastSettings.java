package org.schooljournal.core.forecast;

/**
 * The school's settings of the forecast of the period mark (MRK-11): the grading scale, the rounding
 * rule, and the weight of the additional marks the forecast imagines when it says what it would
 * take to reach the next mark and what single mark would lower it.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param scale the grading scale; default 2…5
 * @param rounding the rounding rule; default {@link RoundingRule#HALF_UP}
 * @param additionalWeight the weight of each imagined additional mark; default 1
 */
public record ForecastSettings(GradingScale scale, RoundingRule rounding, Weight additionalWeight) {

    /** Scale 2…5, rounding up from .50, additional marks of weight 1. */
    public static final ForecastSettings DEFAULT =
            new ForecastSettings(GradingScale.FIVE_POINT, RoundingRule.DEFAULT, Weight.ONE);

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if a part is {@code null}
     */
    public ForecastSettings {
        ForecastArguments.given(scale, "scale");
        ForecastArguments.given(rounding, "rounding");
        ForecastArguments.given(additionalWeight, "additionalWeight");
    }

    /**
     * Returns these settings with another scale.
     *
     * @throws IllegalArgumentException if it is {@code null}
     */
    public ForecastSettings withScale(GradingScale scale) {
        return new ForecastSettings(scale, rounding, additionalWeight);
    }

    /**
     * Returns these settings with another rounding rule.
     *
     * @throws IllegalArgumentException if it is {@code null}
     */
    public ForecastSettings withRounding(RoundingRule rounding) {
        return new ForecastSettings(scale, rounding, additionalWeight);
    }

    /**
     * Returns these settings with another weight of additional marks.
     *
     * @throws IllegalArgumentException if it is {@code null}
     */
    public ForecastSettings withAdditionalWeight(Weight additionalWeight) {
        return new ForecastSettings(scale, rounding, additionalWeight);
    }
}
