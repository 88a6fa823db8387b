package org.schooljournal.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("MRK-11")
@Tag("MRK-1")
@DisplayName("MRK-1, MRK-11: the 5-point grading scale, 2…5 by default or 1…5")
class GradingScaleTest {

    @Test
    @DisplayName("the default is 2…5; the 1 belongs to the scale with the 1 only")
    void scales() {
        assertThat(ForecastSettings.DEFAULT.scale()).isEqualTo(GradingScale.FIVE_POINT).hasToString("2..5");
        assertThat(GradingScale.FIVE_POINT.contains(1)).isFalse();
        assertThat(GradingScale.FIVE_POINT.contains(2)).isTrue();
        assertThat(GradingScale.FIVE_POINT.contains(5)).isTrue();
        assertThat(GradingScale.FIVE_POINT.contains(6)).isFalse();
        assertThat(GradingScale.FIVE_POINT_WITH_ONE.contains(1)).isTrue();
    }

    @ParameterizedTest(name = "{0}..{1}")
    @CsvSource({"0, 5", "2, 6", "3, 3", "5, 2"})
    @DisplayName("bounds outside 1…5 or not increasing are refused, naming them and the rule")
    void refusesBadBounds(int lowest, int highest) {
        assertThatIllegalArgumentException().isThrownBy(() -> GradingScale.of(lowest, highest))
                .withMessage("grading scale = " + lowest + ".." + highest + ": must satisfy 1 <= lowest < highest <= 5 (MRK-1)");
    }
}
