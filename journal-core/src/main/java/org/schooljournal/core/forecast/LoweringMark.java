package org.schooljournal.core.forecast;

/**
 * The highest single additional mark that would lower the predicted period mark (MRK-11): one more
 * mark of {@code value} or below, at {@code weight}, lowers the prediction — to
 * {@code predictedAfter} for exactly {@code value} — while one of {@code value + 1} would not.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param value the highest value that lowers the prediction
 * @param weight the weight of the additional mark
 * @param predictedAfter the prediction after one more mark of {@code value}
 */
public record LoweringMark(int value, Weight weight, int predictedAfter) {

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if the weight is {@code null}
     */
    public LoweringMark {
        ForecastArguments.given(weight, "weight");
    }
}
