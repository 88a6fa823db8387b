package org.schooljournal.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("MRK-11")
@DisplayName("MRK-11: a current mark as the forecast sees it")
class WeightedMarkTest {

    private static final LocalDate DATE = LocalDate.of(2025, 11, 13);

    @Test
    @DisplayName("a mark counts until it is excluded; the excluded mark keeps its reason")
    void exclusion() {
        WeightedMark mark = WeightedMark.of(2, Weight.of(2), " Контрольная работа ", DATE);
        assertThat(mark.isCounted()).isTrue();
        assertThat(mark.workType()).isEqualTo("Контрольная работа");
        WeightedMark excluded = mark.excluded(" пересдана 20.11.2025 ");
        assertThat(excluded.isCounted()).isFalse();
        assertThat(excluded.exclusionReason()).contains("пересдана 20.11.2025");
        assertThat(excluded.value()).isEqualTo(2);
    }

    @Test
    @DisplayName("a value outside 1…5 is refused, naming it and the rule")
    void refusesValuesOffTheSystem() {
        assertThatIllegalArgumentException().isThrownBy(() -> WeightedMark.of(6, Weight.ONE, "Ответ", DATE))
                .withMessage("value = 6: a mark is 1…5 on the 5-point system (MRK-1)");
        assertThatIllegalArgumentException().isThrownBy(() -> WeightedMark.of(0, Weight.ONE, "Ответ", DATE))
                .withMessageStartingWith("value = 0:");
    }

    @Test
    @DisplayName("nulls and blanks are refused, naming the field")
    void refusesNullsAndBlanks() {
        assertThatIllegalArgumentException().isThrownBy(() -> WeightedMark.of(5, null, "Ответ", DATE))
                .withMessage("weight = null: must be given");
        assertThatIllegalArgumentException().isThrownBy(() -> WeightedMark.of(5, Weight.ONE, null, DATE))
                .withMessage("workType = null: must be given");
        assertThatIllegalArgumentException().isThrownBy(() -> WeightedMark.of(5, Weight.ONE, "  ", DATE))
                .withMessage("workType = \"  \": must not be blank");
        assertThatIllegalArgumentException().isThrownBy(() -> WeightedMark.of(5, Weight.ONE, "Ответ", null))
                .withMessage("lessonDate = null: must be given");
        assertThatIllegalArgumentException().isThrownBy(() -> new WeightedMark(5, Weight.ONE, "Ответ", DATE, null))
                .withMessage("exclusionReason = null: must be given");
        assertThatIllegalArgumentException().isThrownBy(() -> new WeightedMark(5, Weight.ONE, "Ответ", DATE, Optional.of("")))
                .withMessage("exclusionReason = \"\": must not be blank");
        assertThatIllegalArgumentException().isThrownBy(() -> WeightedMark.of(5, Weight.ONE, "Ответ", DATE).excluded(null))
                .withMessage("exclusionReason = null: must be given");
    }
}
