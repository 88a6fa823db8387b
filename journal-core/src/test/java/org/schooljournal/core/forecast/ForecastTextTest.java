package org.schooljournal.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("MRK-11")
@DisplayName("MRK-11: the forecast explained in Russian to teachers, students and guardians")
class ForecastTextTest {

    private static final ForecastText TEXT = ForecastText.russian();

    private static WeightedMark mark(int value, String workType, int day) {
        return WeightedMark.of(value, Weight.ONE, workType, LocalDate.of(2025, 11, day));
    }

    @Test
    @DisplayName("Russian: the average with a decimal comma, the count of marks, one more 5")
    void oneMore() {
        assertThat(TEXT.explain(Forecast.of(ForecastTest.RUSSIAN))).isEqualTo(
                "Средний балл 4,42 (7 отметок); прогноз: 4. Чтобы получить 5, нужна ещё одна пятёрка с весом 1. "
                        + "Одна отметка с весом 1 прогноз не снизит.");
    }

    @Test
    @DisplayName("three more 5s from .60")
    void threeMore() {
        assertThat(TEXT.explain(Forecast.of(ForecastTest.RUSSIAN,
                ForecastSettings.DEFAULT.withRounding(RoundingRule.UP_FROM_SIX_TENTHS)))).isEqualTo(
                "Средний балл 4,42 (7 отметок); прогноз: 4. Чтобы получить 5, нужны ещё три пятёрки с весом 1. "
                        + "Одна отметка с весом 1 прогноз не снизит.");
    }

    @Test
    @DisplayName("algebra: eight more 5s, and the excluded 2 with its date, work type and reason")
    void algebra() {
        assertThat(TEXT.explain(Forecast.of(ForecastTest.ALGEBRA))).isEqualTo(
                "Средний балл 4,13 (8 отметок); прогноз: 4. Чтобы получить 5, нужно ещё восемь пятёрок с весом 1. "
                        + "Одна отметка с весом 1 прогноз не снизит. "
                        + "Не входит в средний балл: 2 за 11.12.2025 (Домашняя работа) — пересдана 15.12.2025.");
    }

    @Test
    @DisplayName("algebra rounded down: a 5 is out of reach, and a single 2 lowers the 4 to 3")
    void algebraRoundedDown() {
        assertThat(TEXT.explain(Forecast.of(ForecastTest.ALGEBRA, ForecastSettings.DEFAULT.withRounding(RoundingRule.DOWN))))
                .isEqualTo("Средний балл 4,13 (8 отметок); прогноз: 4. "
                        + "Получить 5 уже нельзя: по правилу округления нужен средний балл не ниже 5,00. "
                        + "Одна отметка 2 с весом 1 снизит прогноз до 3. "
                        + "Не входит в средний балл: 2 за 11.12.2025 (Домашняя работа) — пересдана 15.12.2025.");
    }

    @Test
    @DisplayName("the highest mark, and the mark that would lower it; a decimal weight with a comma")
    void highest() {
        assertThat(TEXT.explain(Forecast.of(List.of(mark(5, "Ответ на уроке", 10), mark(4, "Тест", 12)))))
                .isEqualTo("Средний балл 4,50 (2 отметки); прогноз: 5. Это высшая отметка. "
                        + "Одна отметка 4 или ниже с весом 1 снизит прогноз до 4.");
        assertThat(TEXT.explain(Forecast.of(List.of(mark(5, "Ответ на уроке", 10)),
                ForecastSettings.DEFAULT.withAdditionalWeight(Weight.parse("1.5")))))
                .isEqualTo("Средний балл 5,00 (1 отметка); прогноз: 5. Это высшая отметка. "
                        + "Одна отметка 4 или ниже с весом 1,5 снизит прогноз до 4.");
    }

    @Test
    @DisplayName("no counted mark: no prediction, said explicitly, with the excluded marks")
    void noPrediction() {
        assertThat(TEXT.explain(Forecast.of(List.of())))
                .isEqualTo("Отметок, которые входят в средний балл, нет, поэтому прогноза нет.");
        assertThat(TEXT.explain(Forecast.of(List.of(mark(3, "Диктант", 10).excluded("болел, писал не полностью"),
                mark(2, "Тест", 12).excluded("ошибка учителя")))))
                .isEqualTo("Отметок, которые входят в средний балл, нет, поэтому прогноза нет. "
                        + "Не входят в средний балл: 3 за 10.11.2025 (Диктант) — болел, писал не полностью; "
                        + "2 за 12.11.2025 (Тест) — ошибка учителя.");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "1|нужна ещё одна пятёрка", "2|нужны ещё две пятёрки", "4|нужны ещё четыре пятёрки",
            "5|нужно ещё пять пятёрок", "10|нужно ещё десять пятёрок", "11|нужно ещё 11 пятёрок",
            "12|нужно ещё 12 пятёрок", "21|нужна ещё 21 пятёрка", "22|нужны ещё 22 пятёрки",
            "25|нужно ещё 25 пятёрок", "101|нужна ещё 101 пятёрка", "111|нужно ещё 111 пятёрок"})
    @DisplayName("the count of 5s takes the Russian plural form, in words up to ten")
    void pluralForms(long count, String said) {
        PathToNextMark path = new PathToNextMark.Reachable(5, new BigDecimal("4.50"), 5, Weight.ONE, count);
        assertThat(TEXT.toNextMark(path)).isEqualTo("Чтобы получить 5, " + said + " с весом 1.");
    }

    @Test
    @DisplayName("on a scale whose highest mark is 4, the additional marks are четвёрки")
    void otherHighestMark() {
        PathToNextMark path = new PathToNextMark.Reachable(4, new BigDecimal("3.50"), 4, Weight.of(2), 3);
        assertThat(TEXT.toNextMark(path)).isEqualTo("Чтобы получить 4, нужны ещё три четвёрки с весом 2.");
    }

    @Test
    @DisplayName("the bundle is UTF-8 and is read as UTF-8: ё and Cyrillic come out intact")
    void bundleIsUtf8() throws IOException {
        byte[] bytes;
        try (InputStream in = ForecastText.class.getResourceAsStream("messages.properties")) {
            assertThat(in).isNotNull();
            bytes = in.readAllBytes();
        }
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            assertThat(decoded).contains("mark.5.one=пятёрка");
        } catch (CharacterCodingException e) {
            throw new AssertionError("messages.properties is not UTF-8", e);
        }
        assertThat(TEXT.feminineCount(2)).isEqualTo("две");
        assertThat(TEXT.toNextMark(new PathToNextMark.AlreadyHighest(5))).isEqualTo("Это высшая отметка.");
    }

    @Test
    @DisplayName("a null forecast is refused")
    void refusesNull() {
        assertThatIllegalArgumentException().isThrownBy(() -> TEXT.explain(null)).withMessage("forecast = null: must be given");
    }
}
