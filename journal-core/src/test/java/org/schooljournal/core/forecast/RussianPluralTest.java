package org.schooljournal.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("MRK-11")
@DisplayName("MRK-11: Russian plural forms of counts")
class RussianPluralTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"1, ONE", "21, ONE", "101, ONE", "1001, ONE",
            "2, FEW", "3, FEW", "4, FEW", "22, FEW", "34, FEW", "102, FEW",
            "0, MANY", "5, MANY", "11, MANY", "12, MANY", "14, MANY", "19, MANY", "20, MANY", "25, MANY",
            "100, MANY", "111, MANY", "112, MANY", "114, MANY"})
    @DisplayName("одна пятёрка, две пятёрки, пять пятёрок; 11–14 take the many form")
    void forms(long count, RussianPlural form) {
        assertThat(RussianPlural.of(count)).isEqualTo(form);
    }
}
