package org.schooljournal.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("MRK-11")
@DisplayName("MRK-11: the weighted average, exact for decisions and cut to hundredths for display")
class WeightedAverageTest {

    private static final LocalDate DATE = LocalDate.of(2025, 11, 13);

    @Test
    @DisplayName("Σ value·weight over Σ weight, exactly")
    void weightedSumOverTotalWeight() {
        WeightedAverage average = WeightedAverage.of(List.of(WeightedMark.of(5, Weight.ONE, "Ответ", DATE),
                WeightedMark.of(3, Weight.parse("1.5"), "Самостоятельная работа", DATE),
                WeightedMark.of(4, Weight.of(2), "Контрольная работа", DATE)));
        assertThat(average.weightedSum()).isEqualTo(new BigDecimal("17.50"));
        assertThat(average.totalWeight()).isEqualTo(new BigDecimal("4.50"));
        assertThat(average.display()).isEqualTo(new BigDecimal("3.88")); // 3.888…
        assertThat(average).hasToString("3.88 (17.50/4.50)");
    }

    @Test
    @DisplayName("the display is cut, not rounded: 31/7 = 4.428… shows 4.42 and 4.495 shows 4.49")
    void displayIsCut() {
        assertThat(new WeightedAverage(BigDecimal.valueOf(31), BigDecimal.valueOf(7)).display()).isEqualTo(new BigDecimal("4.42"));
        assertThat(new WeightedAverage(new BigDecimal("899"), new BigDecimal("200")).display()).isEqualTo(new BigDecimal("4.49"));
        assertThat(new WeightedAverage(new BigDecimal("9"), new BigDecimal("2")).display()).isEqualTo(new BigDecimal("4.50"));
    }

    @Test
    @DisplayName("comparisons are exact: 13/3 is above 4.33 and below 4.34")
    void comparisonsAreExact() {
        WeightedAverage average = new WeightedAverage(BigDecimal.valueOf(13), BigDecimal.valueOf(3));
        assertThat(average.compareTo(new BigDecimal("4.33"))).isPositive();
        assertThat(average.compareTo(new BigDecimal("4.34"))).isNegative();
        assertThat(average.isAtLeast(new BigDecimal("4.333333333"))).isTrue();
    }

    @Test
    @DisplayName("adding marks adds value·weight and weight")
    void withAddsMarks() {
        WeightedAverage average = new WeightedAverage(BigDecimal.valueOf(31), BigDecimal.valueOf(7));
        WeightedAverage more = average.with(5, Weight.parse("1.5"), 2);
        assertThat(more.weightedSum()).isEqualByComparingTo("46");
        assertThat(more.totalWeight()).isEqualByComparingTo("10");
        assertThat(average.with(5, Weight.ONE, 0)).isEqualTo(new WeightedAverage(new BigDecimal("31.00"), new BigDecimal("7.00")));
    }

    @Test
    @DisplayName("no weight, a negative sum or a null is refused")
    void refusesBadParts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new WeightedAverage(BigDecimal.ZERO, BigDecimal.ZERO))
                .withMessage("totalWeight = 0: must be above 0: an average needs a counted mark (MRK-11)");
        assertThatIllegalArgumentException().isThrownBy(() -> new WeightedAverage(BigDecimal.ONE.negate(), BigDecimal.ONE))
                .withMessage("weightedSum = -1: must not be negative");
        assertThatIllegalArgumentException().isThrownBy(() -> new WeightedAverage(null, BigDecimal.ONE))
                .withMessage("weightedSum = null: must be given");
        assertThatIllegalArgumentException().isThrownBy(() -> WeightedAverage.of(List.of()))
                .withMessageStartingWith("marks = []");
    }
}
