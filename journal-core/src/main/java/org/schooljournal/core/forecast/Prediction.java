package org.schooljournal.core.forecast;

import java.util.Optional;

/**
 * The predicted period mark of a forecast (MRK-11) and how it was reached: the exact weighted average
 * of the counted marks, the mark it rounds to under the school's rule, what it would take to reach the
 * next mark, and the highest single mark that would lower it.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param average the weighted average of the counted marks
 * @param mark the predicted period mark, within the scale
 * @param toNextMark what it would take to reach the next mark
 * @param lowering the highest single additional mark that would lower the prediction; empty if none
 */
public record Prediction(WeightedAverage average, int mark, PathToNextMark toNextMark,
        Optional<LoweringMark> lowering) {

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if a part is {@code null}
     */
    public Prediction {
        ForecastArguments.given(average, "average");
        ForecastArguments.given(toNextMark, "toNextMark");
        ForecastArguments.given(lowering, "lowering");
    }
}
