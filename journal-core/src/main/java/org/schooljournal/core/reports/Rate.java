package org.schooljournal.core.reports;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A success rate and quality (REP-1) as counts: the success rate is {@code succeeded / counted ×
 * 100 %}, the quality {@code quality / counted × 100 %}; the marks or pupils left out and those
 * not yet marked are counted apart, outside both.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param counted the marks or pupils counted: successes and failures
 * @param succeeded those not below «3», or «зач», or a special mark counted as a success
 * @param quality those of «4» and «5»
 * @param leftOut those a {@link ResultCounting} leaves out
 * @param unmarked those without a mark yet
 */
public record Rate(int counted, int succeeded, int quality, int leftOut, int unmarked) {

    /** Nothing counted. */
    public static final Rate NONE = new Rate(0, 0, 0, 0, 0);

    /** Returns the rate of one outcome. */
    public static Rate of(Outcome outcome) {
        return new Rate(outcome.counted() ? 1 : 0,
                outcome.succeeded() ? 1 : 0,
                outcome == Outcome.QUALITY ? 1 : 0,
                outcome == Outcome.LEFT_OUT ? 1 : 0,
                outcome == Outcome.UNMARKED ? 1 : 0);
    }

    /** Returns the sum of both rates' counts. */
    public Rate plus(Rate other) {
        return new Rate(counted + other.counted, succeeded + other.succeeded, quality + other.quality,
                leftOut + other.leftOut, unmarked + other.unmarked);
    }

    /** Returns the success rate in per cent to one decimal, half up; empty when nothing is counted. */
    public Optional<BigDecimal> successPercent() {
        return Percent.of(succeeded, counted);
    }

    /** Returns the quality in per cent to one decimal, half up; empty when nothing is counted. */
    public Optional<BigDecimal> qualityPercent() {
        return Percent.of(quality, counted);
    }
}
