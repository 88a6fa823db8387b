package org.schooljournal.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("MRK-11")
@DisplayName("MRK-11: a mark's weight, a positive number of hundredths")
class WeightTest {

    @Test
    @DisplayName("decimal weights are exact, with two places; 1.5 and 1.50 are one weight")
    void decimalWeights() {
        assertThat(Weight.parse("1.5").value()).isEqualTo(new BigDecimal("1.50"));
        assertThat(Weight.parse("1.5")).isEqualTo(Weight.of(new BigDecimal("1.50")));
        assertThat(Weight.of(2)).hasToString("2");
        assertThat(Weight.parse("1.25")).hasToString("1.25");
        assertThat(Weight.of(100)).hasToString("100");
        assertThat(Weight.ONE.value()).isEqualTo(new BigDecimal("1.00"));
    }

    @Test
    @DisplayName("toString is read back by parse")
    void parseReadsToString() {
        qt().forAll(ForecastGenerators.weights()).checkAssert(weight -> assertThat(Weight.parse(weight.toString())).isEqualTo(weight));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0", "-1", "0.005", "100.01", "1000"})
    @DisplayName("a weight not above 0, above 100 or finer than hundredths is refused, naming it and the rule")
    void refusesBadWeights(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> Weight.parse(value))
                .withMessage("weight = " + value + ": a weight is a number of hundredths above 0 and at most 100 (MRK-11)");
    }

    @Test
    @DisplayName("a null or a text that is not a number is refused")
    void refusesNullAndText() {
        assertThatIllegalArgumentException().isThrownBy(() -> Weight.of(null)).withMessage("weight = null: must be given");
        assertThatIllegalArgumentException().isThrownBy(() -> Weight.parse("1,5"))
                .withMessageStartingWith("weight = \"1,5\": is not a decimal number");
    }
}
