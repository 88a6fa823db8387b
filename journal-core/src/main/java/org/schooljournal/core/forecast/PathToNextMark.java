package org.schooljournal.core.forecast;

import java.math.BigDecimal;

/**
 * What it would take to reach the next period mark (MRK-11): the least number of additional marks
 * of the scale's highest value, each of the settings' additional weight, that bring the exact
 * average to the next mark's {@link RoundingRule#threshold(int) threshold} — or why no number does.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface PathToNextMark
        permits PathToNextMark.Reachable, PathToNextMark.Unreachable, PathToNextMark.AlreadyHighest {

    /**
     * The next mark is reached by {@code count} more marks of {@code value} at {@code weight}, and
     * not by {@code count − 1}: «нужны ещё две пятёрки с весом 1».
     *
     * @param nextMark the mark reached, one above the prediction
     * @param threshold the least average that gives it
     * @param value the value of each additional mark, the scale's highest
     * @param weight the weight of each additional mark
     * @param count how many, at least 1
     */
    record Reachable(int nextMark, BigDecimal threshold, int value, Weight weight, long count)
            implements PathToNextMark {

        /**
         * Checks the parts.
         *
         * @throws IllegalArgumentException if a part is {@code null} or the count is below 1
         */
        public Reachable {
            ForecastArguments.given(threshold, "threshold");
            ForecastArguments.given(weight, "weight");
            if (count < 1) {
                throw ForecastArguments.invalid("count", count, "at least one mark is needed to reach a higher mark");
            }
        }
    }

    /**
     * No number of additional marks of the highest value reaches the next mark: its threshold is
     * the highest value itself ({@link RoundingRule#DOWN} and a 5) and a counted mark is below it.
     *
     * @param nextMark the mark out of reach
     * @param threshold the least average that would give it
     */
    record Unreachable(int nextMark, BigDecimal threshold) implements PathToNextMark {

        /**
         * Checks the parts.
         *
         * @throws IllegalArgumentException if the threshold is {@code null}
         */
        public Unreachable {
            ForecastArguments.given(threshold, "threshold");
        }
    }

    /**
     * The prediction is already the scale's highest mark; there is no next one.
     *
     * @param mark the predicted, highest mark
     */
    record AlreadyHighest(int mark) implements PathToNextMark {
    }
}
