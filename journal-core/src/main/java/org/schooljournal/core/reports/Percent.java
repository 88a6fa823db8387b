package org.schooljournal.core.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A part of a whole in percent with one decimal, rounded half up, as the reports show shares
 * (MRK-14, REP-5): empty when the whole is nothing, so that no report divides by zero.
 */
final class Percent {

    private Percent() {
    }

    /** Returns {@code part} of {@code all} in percent with one decimal; empty when {@code all} is 0. */
    static Optional<BigDecimal> of(long part, long all) {
        return all == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(all), 1, RoundingMode.HALF_UP));
    }

    /** Returns {@code part} per {@code all} with two decimals; empty when {@code all} is 0. */
    static Optional<BigDecimal> ratio(long part, long all) {
        return all == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(all), 2, RoundingMode.HALF_UP));
    }
}
