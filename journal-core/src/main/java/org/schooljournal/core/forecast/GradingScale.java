package org.schooljournal.core.forecast;

/**
 * The marks a 5-point grading system (MRK-1) gives, from {@code lowest} to {@code highest}: by default
 * 2…5, or 1…5 where the school's grading system has the 1. The period mark a forecast predicts
 * (MRK-11) is one of them. Pass/fail and ungraded systems have no average and no forecast.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param lowest the lowest mark, 1…4
 * @param highest the highest mark, above {@code lowest}, at most 5
 */
public record GradingScale(int lowest, int highest) {

    /** The least mark any scale may have. */
    public static final int MIN = 1;
    /** The greatest mark any scale may have. */
    public static final int MAX = 5;

    /** The usual five-point scale: 2, 3, 4, 5. The default. */
    public static final GradingScale FIVE_POINT = new GradingScale(2, 5);
    /** The five-point scale with the 1: 1, 2, 3, 4, 5. */
    public static final GradingScale FIVE_POINT_WITH_ONE = new GradingScale(1, 5);

    /**
     * Checks the bounds.
     *
     * @throws IllegalArgumentException unless {@code 1 <= lowest < highest <= 5}
     */
    public GradingScale {
        if (lowest < MIN || lowest >= highest || highest > MAX) {
            throw ForecastArguments.invalid("grading scale", lowest + ".." + highest,
                    "must satisfy " + MIN + " <= lowest < highest <= " + MAX + " (MRK-1)");
        }
    }

    /**
     * Returns the scale from {@code lowest} to {@code highest}.
     *
     * @throws IllegalArgumentException unless {@code 1 <= lowest < highest <= 5}
     */
    public static GradingScale of(int lowest, int highest) {
        return new GradingScale(lowest, highest);
    }

    /** Says whether the value is a mark of this scale. */
    public boolean contains(int value) {
        return value >= lowest && value <= highest;
    }

    /** Returns the scale as {@code 2..5}. */
    @Override
    public String toString() {
        return lowest + ".." + highest;
    }
}
