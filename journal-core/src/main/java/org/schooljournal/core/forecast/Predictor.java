package org.schooljournal.core.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The computation behind {@link Forecast#of(List, ForecastSettings)} (MRK-11): the average of the
 * counted marks, the mark it rounds to, what it would take to reach the next mark, and the highest
 * single mark that would lower it. Exact throughout: no division decides anything.
 */
final class Predictor {

    private Predictor() {
    }

    /** Returns the prediction from the counted marks, or empty when there are none. */
    static Optional<Prediction> predict(List<WeightedMark> counted, ForecastSettings settings) {
        if (counted.isEmpty()) {
            return Optional.empty();
        }
        WeightedAverage average = WeightedAverage.of(counted);
        int mark = settings.rounding().round(average, settings.scale());
        return Optional.of(new Prediction(average, mark, toNextMark(average, mark, settings),
                lowering(average, mark, settings)));
    }

    /**
     * Returns what it would take to bring the average, which rounds to {@code predicted}, to the next
     * mark's threshold {@code t} with marks of the highest value {@code h} at weight {@code w}: the
     * least {@code n} with {@code S + h·w·n ≥ t·(W + w·n)}, that is
     * {@code n = ⌈(t·W − S) / (w·(h − t))⌉}; none when {@code h − t ≤ 0}.
     */
    static PathToNextMark toNextMark(WeightedAverage average, int predicted, ForecastSettings settings) {
        int highest = settings.scale().highest();
        if (predicted >= highest) {
            return new PathToNextMark.AlreadyHighest(predicted);
        }
        int next = predicted + 1;
        BigDecimal threshold = settings.rounding().threshold(next);
        BigDecimal gainPerWeight = BigDecimal.valueOf(highest).subtract(threshold);
        if (gainPerWeight.signum() <= 0) {
            return new PathToNextMark.Unreachable(next, threshold);
        }
        // t·W − S > 0, as the average is below t
        BigDecimal missing = threshold.multiply(average.totalWeight()).subtract(average.weightedSum());
        BigDecimal perMark = gainPerWeight.multiply(settings.additionalWeight().value());
        long count = missing.divide(perMark, 0, RoundingMode.CEILING).longValueExact();
        return new PathToNextMark.Reachable(next, threshold, highest, settings.additionalWeight(), count);
    }

    /**
     * Returns the highest single mark at the additional weight that lowers the prediction, trying the
     * values from the highest down (a lower value never gives a higher mark), or empty if even the
     * scale's lowest would not.
     */
    static Optional<LoweringMark> lowering(WeightedAverage average, int predicted, ForecastSettings settings) {
        GradingScale scale = settings.scale();
        Weight weight = settings.additionalWeight();
        for (int value = scale.highest(); value >= scale.lowest(); value--) {
            int after = settings.rounding().round(average.with(value, weight, 1), scale);
            if (after < predicted) {
                return Optional.of(new LoweringMark(value, weight, after));
            }
        }
        return Optional.empty();
    }
}
