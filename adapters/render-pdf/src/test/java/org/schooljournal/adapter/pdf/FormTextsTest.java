package org.schooljournal.adapter.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("UX-1: the printed forms' Russian texts")
class FormTextsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"1, 1 лист", "3, 3 листа", "5, 5 листов", "11, 11 листов", "21, 21 лист", "22, 22 листа", "112, 112 листов"})
    @DisplayName("ARC-1: the closing sheet counts the sheets in the Russian plural")
    void sheets(int count, String shown) {
        assertThat(FormTexts.text("journal.closing.sheets", count))
                .isEqualTo("Прошнуровано, пронумеровано и скреплено печатью " + shown);
    }

    @Test
    @DisplayName("UX-1: study periods by their Russian names; anything else as it is")
    void periods() {
        assertThat(FormTexts.period("QUARTER-2")).isEqualTo("2-я четверть");
        assertThat(FormTexts.period("SEMESTER-1")).isEqualTo("1-е полугодие");
        assertThat(FormTexts.period("YEAR-1")).isEqualTo("Год");
        assertThat(FormTexts.period("EXAM")).isEqualTo("EXAM");
    }
}
