package org.schooljournal.core.forecast;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A current mark (MRK-1) as the forecast of the period mark sees it (MRK-11): its value on the
 * 5-point system, its weight, the work type it was given for, the lesson's date, and, when the
 * teacher excluded it from the average, the reason. An excluded mark is kept and shown with its
 * reason but not counted.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param value the mark, 1…5; the forecast also checks it against the school's {@link GradingScale}
 * @param weight its weight in the average
 * @param workType the work type's name, such as «Контрольная работа»; stripped
 * @param lessonDate the date of the lesson the mark belongs to
 * @param exclusionReason why the mark is left out of the average, stripped; empty when it counts
 */
public record WeightedMark(int value, Weight weight, String workType, LocalDate lessonDate,
        Optional<String> exclusionReason) {

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if a part is {@code null}, the value is outside 1…5, the
     *     work type is blank, or the exclusion reason is present and blank
     */
    public WeightedMark {
        if (value < GradingScale.MIN || value > GradingScale.MAX) {
            throw ForecastArguments.invalid("value", value,
                    "a mark is " + GradingScale.MIN + "…" + GradingScale.MAX + " on the 5-point system (MRK-1)");
        }
        ForecastArguments.given(weight, "weight");
        workType = ForecastArguments.text(workType, "workType");
        ForecastArguments.given(lessonDate, "lessonDate");
        exclusionReason = ForecastArguments.given(exclusionReason, "exclusionReason")
                .map(reason -> ForecastArguments.text(reason, "exclusionReason"));
    }

    /**
     * Returns a mark that counts in the average.
     *
     * @throws IllegalArgumentException if a part is {@code null}, the value is outside 1…5 or the
     *     work type is blank
     */
    public static WeightedMark of(int value, Weight weight, String workType, LocalDate lessonDate) {
        return new WeightedMark(value, weight, workType, lessonDate, Optional.empty());
    }

    /**
     * Returns this mark excluded from the average for the reason.
     *
     * @throws IllegalArgumentException if the reason is {@code null} or blank
     */
    public WeightedMark excluded(String reason) {
        return new WeightedMark(value, weight, workType, lessonDate,
                Optional.of(ForecastArguments.text(reason, "exclusionReason")));
    }

    /** Says whether the mark counts in the average, that is, is not excluded. */
    public boolean isCounted() {
        return exclusionReason.isEmpty();
    }
}
