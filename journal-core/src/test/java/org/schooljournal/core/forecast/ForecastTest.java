package org.schooljournal.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("MRK-11")
@DisplayName("MRK-11: the forecast of the period mark")
class ForecastTest {

    private static WeightedMark mark(int value, String weight, String workType, int month, int day) {
        return WeightedMark.of(value, Weight.parse(weight), workType, LocalDate.of(2025, month, day));
    }

    /** Алгебра, 7 «А», II четверть 2025/26: one student's marks, a homework 2 excluded after a re-take. */
    static final List<WeightedMark> ALGEBRA = List.of(
            mark(5, "1", "Ответ на уроке", 11, 10),
            mark(4, "1.5", "Самостоятельная работа", 11, 13),
            mark(5, "1", "Домашняя работа", 11, 17),
            mark(3, "2", "Контрольная работа", 11, 20),
            mark(4, "1", "Ответ на уроке", 11, 24),
            mark(5, "1.5", "Самостоятельная работа", 12, 1),
            mark(4, "2", "Контрольная работа", 12, 8),
            mark(2, "1", "Домашняя работа", 12, 11).excluded("пересдана 15.12.2025"),
            mark(4, "1", "Домашняя работа", 12, 15));

    /** Русский язык, 7 «А», II четверть: seven marks of weight 1, 31/7 = 4.428…. */
    static final List<WeightedMark> RUSSIAN = List.of(
            mark(5, "1", "Диктант", 11, 11), mark(4, "1", "Ответ на уроке", 11, 14), mark(5, "1", "Изложение", 11, 21),
            mark(4, "1", "Домашняя работа", 11, 25), mark(5, "1", "Словарный диктант", 12, 2),
            mark(4, "1", "Ответ на уроке", 12, 5), mark(4, "1", "Контрольный диктант", 12, 12));

    @Nested
    @DisplayName("a real journal: algebra, 8 counted marks of weights 1, 1.5 and 2, one excluded")
    class Algebra {

        @Test
        @DisplayName("45.5 / 11 = 4.136… shows 4.13 and predicts 4; the excluded 2 is kept with its reason")
        void averageAndPrediction() {
            Forecast forecast = Forecast.of(ALGEBRA);
            Prediction prediction = forecast.prediction().orElseThrow();
            assertThat(prediction.average()).isEqualTo(new WeightedAverage(new BigDecimal("45.50"), new BigDecimal("11.00")));
            assertThat(prediction.average().display()).isEqualByComparingTo("4.13");
            assertThat(prediction.mark()).isEqualTo(4);
            assertThat(forecast.predictedMark()).hasValue(4);
            assertThat(forecast.counted()).hasSize(8).allMatch(WeightedMark::isCounted);
            assertThat(forecast.excluded()).singleElement()
                    .satisfies(mark -> assertThat(mark.exclusionReason()).contains("пересдана 15.12.2025"));
            assertThat(forecast.settings()).isEqualTo(ForecastSettings.DEFAULT);
        }

        @Test
        @DisplayName("HALF_UP: eight more 5s at weight 1 reach 4.50, or four at weight 2; no single mark lowers the 4")
        void halfUp() {
            Prediction prediction = Forecast.of(ALGEBRA).prediction().orElseThrow();
            assertThat(prediction.toNextMark()).isEqualTo(new PathToNextMark.Reachable(5, new BigDecimal("4.50"), 5, Weight.ONE, 8));
            assertThat(prediction.lowering()).isEmpty();

            Prediction heavier = Forecast.of(ALGEBRA, ForecastSettings.DEFAULT.withAdditionalWeight(Weight.of(2)))
                    .prediction().orElseThrow();
            assertThat(heavier.toNextMark()).isEqualTo(new PathToNextMark.Reachable(5, new BigDecimal("4.50"), 5, Weight.of(2), 4));
        }

        @Test
        @DisplayName("from .60: thirteen more 5s (50.6 − 45.5 = 5.1 over 0.4 per mark = 12.75)")
        void upFromSixTenths() {
            Prediction prediction = Forecast.of(ALGEBRA, ForecastSettings.DEFAULT.withRounding(RoundingRule.UP_FROM_SIX_TENTHS))
                    .prediction().orElseThrow();
            assertThat(prediction.mark()).isEqualTo(4);
            assertThat(prediction.toNextMark()).isEqualTo(new PathToNextMark.Reachable(5, new BigDecimal("4.60"), 5, Weight.ONE, 13));
        }

        @Test
        @DisplayName("DOWN: a 5 needs an average of 5.00, out of reach with a 3 counted; a single 2 lowers the 4 to 3")
        void down() {
            Prediction prediction = Forecast.of(ALGEBRA, ForecastSettings.DEFAULT.withRounding(RoundingRule.DOWN))
                    .prediction().orElseThrow();
            assertThat(prediction.mark()).isEqualTo(4);
            assertThat(prediction.toNextMark()).isEqualTo(new PathToNextMark.Unreachable(5, new BigDecimal("5.00")));
            assertThat(prediction.lowering()).contains(new LoweringMark(2, Weight.ONE, 3));
        }
    }

    @Test
    @DisplayName("a real journal, Russian: 31/7 = 4.428… predicts 4; one more 5 under HALF_UP, three from .60")
    void russian() {
        Prediction halfUp = Forecast.of(RUSSIAN).prediction().orElseThrow();
        assertThat(halfUp.average().display()).isEqualByComparingTo("4.42");
        assertThat(halfUp.mark()).isEqualTo(4);
        assertThat(halfUp.toNextMark()).isEqualTo(new PathToNextMark.Reachable(5, new BigDecimal("4.50"), 5, Weight.ONE, 1));

        Prediction sixTenths = Forecast.of(RUSSIAN, ForecastSettings.DEFAULT.withRounding(RoundingRule.UP_FROM_SIX_TENTHS))
                .prediction().orElseThrow();
        assertThat(sixTenths.toNextMark()).isEqualTo(new PathToNextMark.Reachable(5, new BigDecimal("4.60"), 5, Weight.ONE, 3));
    }

    @Test
    @DisplayName("4.50 exactly predicts the highest mark: no next one; a single 4 or below lowers it to 4")
    void highest() {
        Prediction prediction = Forecast.of(List.of(mark(5, "1", "Ответ на уроке", 11, 10), mark(4, "1", "Тест", 11, 12)))
                .prediction().orElseThrow();
        assertThat(prediction.mark()).isEqualTo(5);
        assertThat(prediction.toNextMark()).isEqualTo(new PathToNextMark.AlreadyHighest(5));
        assertThat(prediction.lowering()).contains(new LoweringMark(4, Weight.ONE, 4));
    }

    @Test
    @DisplayName("the scale with the 1: 1 and 2 average 1.50 and predict 2; a single 1 lowers it to 1")
    void scaleWithOne() {
        ForecastSettings settings = ForecastSettings.DEFAULT.withScale(GradingScale.FIVE_POINT_WITH_ONE);
        Prediction prediction = Forecast.of(List.of(mark(1, "1", "Ответ на уроке", 11, 10), mark(2, "1", "Тест", 11, 12)), settings)
                .prediction().orElseThrow();
        assertThat(prediction.mark()).isEqualTo(2);
        assertThat(prediction.toNextMark()).isEqualTo(new PathToNextMark.Reachable(3, new BigDecimal("2.50"), 5, Weight.ONE, 1));
        assertThat(prediction.lowering()).contains(new LoweringMark(1, Weight.ONE, 1));
    }

    @Test
    @DisplayName("a heavy additional mark may jump past the next mark: one 5 at weight 100 lifts a lone 2 to 5")
    void heavyAdditionalMark() {
        ForecastSettings settings = ForecastSettings.DEFAULT.withAdditionalWeight(Weight.of(100));
        Prediction prediction = Forecast.of(List.of(mark(2, "1", "Ответ на уроке", 11, 10)), settings).prediction().orElseThrow();
        assertThat(prediction.toNextMark()).isEqualTo(new PathToNextMark.Reachable(3, new BigDecimal("2.50"), 5, Weight.of(100), 1));
        assertThat(prediction.lowering()).isEmpty();
    }

    @Test
    @DisplayName("no counted mark: no prediction, and the excluded marks are still shown")
    void noCountedMarks() {
        Forecast none = Forecast.of(List.of());
        assertThat(none.prediction()).isEmpty();
        assertThat(none.predictedMark()).isEmpty();
        assertThat(none.average()).isEmpty();

        Forecast allExcluded = Forecast.of(List.of(mark(3, "1", "Диктант", 11, 10).excluded("болел, писал не полностью")));
        assertThat(allExcluded.prediction()).isEmpty();
        assertThat(allExcluded.excluded()).hasSize(1);
        assertThat(allExcluded.counted()).isEmpty();
    }

    @Nested
    @DisplayName("bad input is refused with the field, the value and the rule")
    class Validation {

        @Test
        @DisplayName("a value outside the school's scale, counted or excluded, named by its index")
        void valueOutsideTheScale() {
            List<WeightedMark> marks = List.of(mark(5, "1", "Тест", 11, 10), mark(1, "1", "Тест", 11, 11));
            assertThatIllegalArgumentException().isThrownBy(() -> Forecast.of(marks))
                    .withMessage("marks[1].value = 1: must be a mark of the grading scale 2..5 (MRK-1)");
            assertThatIllegalArgumentException().isThrownBy(() -> Forecast.of(List.of(marks.get(1).excluded("ошибка"))))
                    .withMessage("marks[0].value = 1: must be a mark of the grading scale 2..5 (MRK-1)");
            assertThat(Forecast.of(marks, ForecastSettings.DEFAULT.withScale(GradingScale.FIVE_POINT_WITH_ONE)).predictedMark())
                    .hasValue(3);
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> Forecast.of(List.of(mark(5, "1", "Тест", 11, 10)),
                            ForecastSettings.DEFAULT.withScale(GradingScale.of(1, 4))))
                    .withMessage("marks[0].value = 5: must be a mark of the grading scale 1..4 (MRK-1)");
        }

        @Test
        @DisplayName("nulls: the list, a mark in it, the settings and their parts")
        void nulls() {
            assertThatIllegalArgumentException().isThrownBy(() -> Forecast.of(null)).withMessage("marks = null: must be given");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> Forecast.of(Arrays.asList(mark(5, "1", "Тест", 11, 10), null)))
                    .withMessage("marks[1] = null: must be given");
            assertThatIllegalArgumentException().isThrownBy(() -> Forecast.of(ALGEBRA, null))
                    .withMessage("settings = null: must be given");
            assertThatIllegalArgumentException().isThrownBy(() -> ForecastSettings.DEFAULT.withRounding(null))
                    .withMessage("rounding = null: must be given");
        }

        @Test
        @DisplayName("a weight of 0 or below never reaches a forecast")
        void weightNotAboveZero() {
            assertThatIllegalArgumentException().isThrownBy(() -> mark(5, "0", "Тест", 11, 10))
                    .withMessage("weight = 0: a weight is a number of hundredths above 0 and at most 100 (MRK-11)");
            assertThatIllegalArgumentException().isThrownBy(() -> mark(5, "-1.5", "Тест", 11, 10))
                    .withMessageStartingWith("weight = -1.5:");
        }

        @Test
        @DisplayName("a forecast built by hand keeps counted and excluded marks apart, and predicts exactly when a mark counts")
        void inconsistentForecast() {
            WeightedMark counted = mark(5, "1", "Тест", 11, 10);
            assertThatIllegalArgumentException().isThrownBy(() -> new Forecast(List.of(counted.excluded("ошибка")), List.of(),
                    ForecastSettings.DEFAULT, Optional.empty())).withMessageStartingWith("counted = ");
            assertThatIllegalArgumentException().isThrownBy(() -> new Forecast(List.of(), List.of(counted),
                    ForecastSettings.DEFAULT, Optional.empty())).withMessageStartingWith("excluded = ");
            assertThatIllegalArgumentException().isThrownBy(() -> new Forecast(List.of(counted), List.of(),
                    ForecastSettings.DEFAULT, Optional.empty())).withMessageStartingWith("prediction = ");
        }
    }
}
