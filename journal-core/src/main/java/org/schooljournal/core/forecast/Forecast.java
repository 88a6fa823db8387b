package org.schooljournal.core.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The forecast of the period mark (прогноз итоговой отметки, MRK-11) of one student in one subject
 * in one study period: the marks it counted, the marks excluded with their reasons, the settings it
 * applied, and the {@link Prediction} — empty when no mark counts, for then there is nothing to
 * predict. It is a pure computation over the marks given ({@link #of(List, ForecastSettings)}); the
 * order of the marks does not matter.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param counted the marks counted in the average, in the order given
 * @param excluded the marks excluded from it, with their reasons, in the order given
 * @param settings the scale, the rounding rule and the weight of additional marks applied
 * @param prediction the prediction; empty when no mark counts
 */
public record Forecast(List<WeightedMark> counted, List<WeightedMark> excluded, ForecastSettings settings,
        Optional<Prediction> prediction) {

    /**
     * Checks the parts and copies the lists.
     *
     * @throws IllegalArgumentException if a part or a mark is {@code null}, a counted mark is
     *     excluded, an excluded one is not, or the prediction is empty while marks count (or the
     *     other way round)
     */
    public Forecast {
        counted = List.copyOf(ForecastArguments.given(counted, "counted"));
        excluded = List.copyOf(ForecastArguments.given(excluded, "excluded"));
        ForecastArguments.given(settings, "settings");
        ForecastArguments.given(prediction, "prediction");
        if (!counted.stream().allMatch(WeightedMark::isCounted)) {
            throw ForecastArguments.invalid("counted", counted, "must hold no excluded mark");
        }
        if (excluded.stream().anyMatch(WeightedMark::isCounted)) {
            throw ForecastArguments.invalid("excluded", excluded, "must hold excluded marks only");
        }
        if (prediction.isPresent() == counted.isEmpty()) {
            throw ForecastArguments.invalid("prediction", prediction, "there is a prediction exactly when a mark counts");
        }
    }

    /**
     * Forecasts with the {@link ForecastSettings#DEFAULT default settings}: scale 2…5, rounding up
     * from .50, additional marks of weight 1.
     *
     * @throws IllegalArgumentException if the list or a mark is {@code null}, or a mark is outside
     *     the scale
     */
    public static Forecast of(List<WeightedMark> marks) {
        return of(marks, ForecastSettings.DEFAULT);
    }

    /**
     * Forecasts the period mark from a student's marks in a subject and a study period.
     *
     * @param marks every mark of the period, excluded ones included; any order
     * @param settings the school's settings
     * @throws IllegalArgumentException if an argument or a mark is {@code null}, or a mark's value is
     *     outside the settings' scale (the message names the mark by its index, as {@code marks[3].value})
     */
    public static Forecast of(List<WeightedMark> marks, ForecastSettings settings) {
        ForecastArguments.given(marks, "marks");
        ForecastArguments.given(settings, "settings");
        List<WeightedMark> counted = new ArrayList<>();
        List<WeightedMark> excluded = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            WeightedMark mark = ForecastArguments.given(marks.get(i), "marks[" + i + "]");
            if (!settings.scale().contains(mark.value())) {
                throw ForecastArguments.invalid("marks[" + i + "].value", mark.value(),
                        "must be a mark of the grading scale " + settings.scale() + " (MRK-1)");
            }
            (mark.isCounted() ? counted : excluded).add(mark);
        }
        return new Forecast(counted, excluded, settings, Predictor.predict(counted, settings));
    }

    /** Returns the predicted period mark, or empty when no mark counts. */
    public OptionalInt predictedMark() {
        return prediction.map(p -> OptionalInt.of(p.mark())).orElseGet(OptionalInt::empty);
    }

    /** Returns the weighted average of the counted marks, or empty when no mark counts. */
    public Optional<WeightedAverage> average() {
        return prediction.map(Prediction::average);
    }
}
