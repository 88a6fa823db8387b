package org.schooljournal.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.schooljournal.core.forecast.ForecastGenerators.journals;
import static org.schooljournal.core.forecast.ForecastGenerators.nonEmpty;
import static org.schooljournal.core.forecast.ForecastGenerators.predictable;
import static org.schooljournal.core.forecast.ForecastGenerators.seeds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.schooljournal.core.forecast.ForecastGenerators.Journal;

/** Properties of the forecast over generated journals ({@link ForecastGenerators}). */
@Tag("MRK-11")
class ForecastPropertiesTest {

    private static QuickTheory properties() {
        return qt().withExamples(500);
    }

    private static Forecast forecast(Journal journal) {
        return Forecast.of(journal.marks(), journal.settings());
    }

    private static Prediction prediction(Journal journal) {
        return forecast(journal).prediction().orElseThrow();
    }

    private static int round(Journal journal, WeightedAverage average) {
        return journal.settings().rounding().round(average, journal.settings().scale());
    }

    @Test
    @DisplayName("MRK-11: the average lies between the lowest and the highest counted value, exactly and as displayed")
    void averageLiesBetweenTheCountedValues() {
        properties().forAll(predictable()).checkAssert(journal -> {
            Forecast forecast = forecast(journal);
            WeightedAverage average = forecast.average().orElseThrow();
            int min = forecast.counted().stream().mapToInt(WeightedMark::value).min().orElseThrow();
            int max = forecast.counted().stream().mapToInt(WeightedMark::value).max().orElseThrow();
            assertThat(average.compareTo(BigDecimal.valueOf(min))).isNotNegative();
            assertThat(average.compareTo(BigDecimal.valueOf(max))).isNotPositive();
            assertThat(average.display()).isBetween(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
        });
    }

    @Test
    @DisplayName("MRK-11: the predicted mark is a mark of the scale, and no mark counts exactly when there is none")
    void predictedMarkIsWithinTheScale() {
        properties().forAll(journals()).checkAssert(journal -> {
            Forecast forecast = forecast(journal);
            assertThat(forecast.prediction().isPresent()).isEqualTo(journal.marks().stream().anyMatch(WeightedMark::isCounted));
            forecast.predictedMark().ifPresent(mark -> assertThat(journal.settings().scale().contains(mark)).isTrue());
        });
    }

    @Test
    @DisplayName("MRK-11: the displayed average, cut to hundredths, predicts the same mark as the exact one")
    void displayAgreesWithThePrediction() {
        properties().forAll(predictable()).checkAssert(journal -> {
            Prediction prediction = prediction(journal);
            WeightedAverage displayed = new WeightedAverage(prediction.average().display(), BigDecimal.ONE);
            assertThat(round(journal, displayed)).isEqualTo(prediction.mark());
        });
    }

    @Test
    @DisplayName("MRK-11: the marks it would take reach the next mark, and one fewer does not")
    void whatItWouldTakeIsTheLeastThatReachesTheNextMark() {
        properties().forAll(predictable()).checkAssert(journal -> {
            Prediction prediction = prediction(journal);
            ForecastSettings settings = journal.settings();
            PathToNextMark path = prediction.toNextMark();
            if (path instanceof PathToNextMark.Reachable reachable) {
                assertThat(reachable.nextMark()).isEqualTo(prediction.mark() + 1);
                assertThat(reachable.value()).isEqualTo(settings.scale().highest());
                assertThat(reachable.weight()).isEqualTo(settings.additionalWeight());
                WeightedAverage enough = prediction.average().with(reachable.value(), reachable.weight(), reachable.count());
                WeightedAverage oneFewer = prediction.average().with(reachable.value(), reachable.weight(), reachable.count() - 1);
                assertThat(round(journal, enough)).isGreaterThanOrEqualTo(reachable.nextMark());
                assertThat(round(journal, oneFewer)).isLessThan(reachable.nextMark());
            } else if (path instanceof PathToNextMark.Unreachable unreachable) {
                assertThat(unreachable.nextMark()).isEqualTo(settings.scale().highest()).isEqualTo(prediction.mark() + 1);
                assertThat(unreachable.threshold()).isEqualByComparingTo(BigDecimal.valueOf(settings.scale().highest()));
                WeightedAverage many = prediction.average().with(settings.scale().highest(), settings.additionalWeight(), 1_000_000);
                assertThat(round(journal, many)).isEqualTo(prediction.mark());
            } else {
                assertThat(prediction.mark()).isEqualTo(settings.scale().highest());
            }
        });
    }

    @Test
    @DisplayName("MRK-11: the lowering mark lowers the prediction, one a point higher does not, and with none even the lowest does not")
    void loweringMarkIsTheHighestThatLowers() {
        properties().forAll(predictable()).checkAssert(journal -> {
            Prediction prediction = prediction(journal);
            GradingScale scale = journal.settings().scale();
            Weight weight = journal.settings().additionalWeight();
            prediction.lowering().ifPresentOrElse(lowering -> {
                assertThat(round(journal, prediction.average().with(lowering.value(), weight, 1)))
                        .isEqualTo(lowering.predictedAfter()).isLessThan(prediction.mark());
                if (lowering.value() < scale.highest()) {
                    assertThat(round(journal, prediction.average().with(lowering.value() + 1, weight, 1)))
                            .isGreaterThanOrEqualTo(prediction.mark());
                }
            }, () -> assertThat(round(journal, prediction.average().with(scale.lowest(), weight, 1)))
                    .isGreaterThanOrEqualTo(prediction.mark()));
        });
    }

    @Test
    @DisplayName("MRK-11: excluding a mark gives the same prediction as not having it, and keeps it with its reason")
    void excludingAMarkEqualsNotHavingIt() {
        properties().forAll(nonEmpty(), seeds()).checkAssert((journal, seed) -> {
            int index = seed % journal.marks().size();
            WeightedMark mark = journal.marks().get(index);
            List<WeightedMark> excluding = new ArrayList<>(journal.marks());
            excluding.set(index, mark.isCounted() ? mark.excluded("болел, отметка не учитывается") : mark);
            List<WeightedMark> without = new ArrayList<>(journal.marks());
            without.remove(index);

            Forecast excluded = Forecast.of(excluding, journal.settings());
            Forecast absent = Forecast.of(without, journal.settings());
            assertThat(excluded.prediction()).isEqualTo(absent.prediction());
            assertThat(excluded.counted()).isEqualTo(absent.counted());
            assertThat(excluded.excluded()).contains(excluding.get(index));
        });
    }

    @Test
    @DisplayName("MRK-11: the order of the marks does not change the forecast")
    void orderDoesNotMatter() {
        properties().forAll(journals(), seeds()).checkAssert((journal, seed) -> {
            List<WeightedMark> shuffled = new ArrayList<>(journal.marks());
            Collections.shuffle(shuffled, new Random(seed));
            Forecast original = forecast(journal);
            Forecast reordered = Forecast.of(shuffled, journal.settings());
            assertThat(reordered.prediction()).isEqualTo(original.prediction());
            assertThat(reordered.counted()).containsExactlyInAnyOrderElementsOf(original.counted());
            assertThat(reordered.excluded()).containsExactlyInAnyOrderElementsOf(original.excluded());
        });
    }

    @Test
    @DisplayName("MRK-11: every forecast is explained in Russian without a missing key or a broken letter")
    void everyForecastIsExplained() {
        properties().forAll(journals()).checkAssert(journal -> {
            String text = ForecastText.russian().explain(forecast(journal));
            assertThat(text).isNotBlank().doesNotContain("{").doesNotContainPattern("[\\u0080-\\u00ff]");
        });
    }
}
