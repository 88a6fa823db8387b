package org.schooljournal.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("MRK-11")
@DisplayName("MRK-11: the rounding rule of the period mark, a school setting")
class RoundingRuleTest {

    private static WeightedAverage average(String value) {
        return new WeightedAverage(new BigDecimal(value), BigDecimal.ONE);
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource({
            "HALF_UP, 4.49, 4", "HALF_UP, 4.50, 5", "HALF_UP, 4.59, 5", "HALF_UP, 4.60, 5",
            "HALF_UP, 3.5, 4", "HALF_UP, 2.49, 2", "HALF_UP, 2.00, 2", "HALF_UP, 5.00, 5",
            "UP_FROM_0.60, 4.49, 4", "UP_FROM_0.60, 4.50, 4", "UP_FROM_0.60, 4.59, 4", "UP_FROM_0.60, 4.60, 5",
            "UP_FROM_0.60, 3.60, 4", "UP_FROM_0.60, 2.59, 2",
            "DOWN, 4.49, 4", "DOWN, 4.50, 4", "DOWN, 4.59, 4", "DOWN, 4.60, 4", "DOWN, 4.99, 4", "DOWN, 5.00, 5",
            "DOWN, 2.99, 2",
    })
    @DisplayName("each rule's boundaries on the 2…5 scale")
    void boundaries(String rule, String average, int mark) {
        assertThat(RoundingRule.parse(rule).round(average(average), GradingScale.FIVE_POINT)).isEqualTo(mark);
    }

    @Test
    @DisplayName("the default is HALF_UP: from .50 up, so 4.50 → 5 and 4.49 → 4")
    void defaultIsHalfUp() {
        assertThat(RoundingRule.DEFAULT).isEqualTo(RoundingRule.HALF_UP);
        assertThat(RoundingRule.DEFAULT.roundUpFrom()).isEqualByComparingTo("0.5");
        assertThat(ForecastSettings.DEFAULT.rounding()).isEqualTo(RoundingRule.HALF_UP);
    }

    @Test
    @DisplayName("the decision is exact: just below the threshold is below, and 4.5 reached through decimal weights is 4.5")
    void decisionIsExact() {
        // 4.4999…: 899/200 = 4.495 and 4999/1111
        assertThat(RoundingRule.HALF_UP.round(new WeightedAverage(new BigDecimal("899"), new BigDecimal("200")),
                GradingScale.FIVE_POINT)).isEqualTo(4);
        assertThat(RoundingRule.HALF_UP.round(new WeightedAverage(new BigDecimal("4999"), new BigDecimal("1111")),
                GradingScale.FIVE_POINT)).isEqualTo(4);
        assertThat(RoundingRule.UP_FROM_SIX_TENTHS.round(new WeightedAverage(new BigDecimal("45.99"), BigDecimal.TEN),
                GradingScale.FIVE_POINT)).isEqualTo(4);
        // 4·0.35 + 5·0.2 + 5·0.15 = 3.15 over 0.7 is 4.5 exactly; in doubles it is 4.499999999999999
        double drifting = (4 * 0.35 + 5 * 0.2 + 5 * 0.15) / (0.35 + 0.2 + 0.15);
        assertThat(drifting).isLessThan(4.5);
        WeightedAverage exact = WeightedAverage.of(List.of(
                WeightedMark.of(4, Weight.parse("0.35"), "Ответ на уроке", ForecastGenerators.PERIOD_START),
                WeightedMark.of(5, Weight.parse("0.2"), "Ответ на уроке", ForecastGenerators.PERIOD_START),
                WeightedMark.of(5, Weight.parse("0.15"), "Ответ на уроке", ForecastGenerators.PERIOD_START)));
        assertThat(exact.compareTo(new BigDecimal("4.5"))).isZero();
        assertThat(RoundingRule.HALF_UP.round(exact, GradingScale.FIVE_POINT)).isEqualTo(5);
    }

    @Test
    @DisplayName("thresholds: m − 1 + the fraction; DOWN needs the mark itself")
    void thresholds() {
        assertThat(RoundingRule.HALF_UP.threshold(5)).isEqualByComparingTo("4.5");
        assertThat(RoundingRule.UP_FROM_SIX_TENTHS.threshold(5)).isEqualByComparingTo("4.6");
        assertThat(RoundingRule.DOWN.threshold(5)).isEqualByComparingTo("5");
        assertThat(RoundingRule.HALF_UP.threshold(3)).isEqualByComparingTo("2.5");
    }

    @Test
    @DisplayName("on the 1…5 scale, 1.49 → 1 and 1.50 → 2")
    void scaleWithOne() {
        assertThat(RoundingRule.HALF_UP.round(average("1.49"), GradingScale.FIVE_POINT_WITH_ONE)).isEqualTo(1);
        assertThat(RoundingRule.HALF_UP.round(average("1.50"), GradingScale.FIVE_POINT_WITH_ONE)).isEqualTo(2);
    }

    @Test
    @DisplayName("for every average of hundredths and every threshold: the whole part, plus one if the fraction reaches the threshold")
    void roundsByTheFraction() {
        qt().forAll(integers().between(200, 500), integers().between(1, 100)).checkAssert((hundredths, threshold) -> {
            BigDecimal value = BigDecimal.valueOf(hundredths, 2);
            BigDecimal fraction = BigDecimal.valueOf(threshold, 2);
            int whole = value.setScale(0, RoundingMode.FLOOR).intValueExact();
            int expected = value.subtract(BigDecimal.valueOf(whole)).compareTo(fraction) >= 0 ? whole + 1 : whole;
            assertThat(RoundingRule.upFrom(fraction).round(new WeightedAverage(value, BigDecimal.ONE), GradingScale.FIVE_POINT))
                    .isEqualTo(Math.min(expected, 5));
        });
    }

    @Test
    @DisplayName("toString is read back by parse")
    void parseReadsToString() {
        assertThat(RoundingRule.HALF_UP).hasToString("HALF_UP");
        assertThat(RoundingRule.DOWN).hasToString("DOWN");
        assertThat(RoundingRule.UP_FROM_SIX_TENTHS).hasToString("UP_FROM_0.60");
        assertThat(RoundingRule.upFrom(new BigDecimal("0.5"))).isEqualTo(RoundingRule.HALF_UP);
        qt().forAll(integers().between(1, 100)).checkAssert(h -> {
            RoundingRule rule = RoundingRule.upFrom(BigDecimal.valueOf(h, 2));
            assertThat(RoundingRule.parse(rule.toString())).isEqualTo(rule);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0", "-0.5", "1.01", "0.005", "2"})
    @DisplayName("a threshold outside 0.01…1.00 or finer than hundredths is refused, naming it and the rule")
    void refusesBadThresholds(String fraction) {
        assertThatIllegalArgumentException().isThrownBy(() -> RoundingRule.upFrom(new BigDecimal(fraction)))
                .withMessageContaining("roundUpFrom = " + fraction).withMessageContaining("0.01…1.00");
    }

    @Test
    @DisplayName("an unknown name or a null is refused")
    void refusesUnknownNames() {
        assertThatIllegalArgumentException().isThrownBy(() -> RoundingRule.parse("CEILING"))
                .withMessage("rounding rule = \"CEILING\": must be HALF_UP, DOWN or UP_FROM_<fraction>, such as UP_FROM_0.60 (MRK-11)");
        assertThatIllegalArgumentException().isThrownBy(() -> RoundingRule.parse("UP_FROM_x"));
        assertThatIllegalArgumentException().isThrownBy(() -> RoundingRule.upFrom(null))
                .withMessage("roundUpFrom = null: must be given");
        assertThatIllegalArgumentException().isThrownBy(() -> RoundingRule.HALF_UP.round(null, GradingScale.FIVE_POINT))
                .withMessageContaining("average = null");
    }
}
