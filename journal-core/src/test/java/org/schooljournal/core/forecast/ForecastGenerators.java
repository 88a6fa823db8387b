package org.schooljournal.core.forecast;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for the forecast's properties (MRK-11): weights common in journals (1, 1.5, 2…) and any
 * of hundredths up to 100, every preset rounding rule and any threshold of hundredths, both scales,
 * and the marks of one study period, some excluded.
 */
final class ForecastGenerators {

    static final List<String> WORK_TYPES = List.of("Ответ на уроке", "Самостоятельная работа",
            "Контрольная работа", "Домашняя работа", "Диктант", "Проект");
    static final LocalDate PERIOD_START = LocalDate.of(2025, 11, 10);

    private ForecastGenerators() {
    }

    /** A forecast's input: settings and marks whose values are on the settings' scale. */
    record Journal(ForecastSettings settings, List<WeightedMark> marks) {
    }

    static Gen<Weight> weights() {
        Gen<Weight> usual = Generate.pick(List.of("1", "1.5", "2", "0.5", "3", "1.25")).map(Weight::parse);
        Gen<Weight> hundredths = integers().between(1, 1_000).map(h -> Weight.of(BigDecimal.valueOf(h, 2)));
        Gen<Weight> extremes = Generate.pick(List.of(Weight.parse("0.01"), Weight.of(100)));
        return Generate.frequency(Pair.of(6, usual), Pair.of(3, hundredths), Pair.of(1, extremes));
    }

    static Gen<RoundingRule> roundingRules() {
        Gen<RoundingRule> presets = Generate.pick(List.of(RoundingRule.HALF_UP, RoundingRule.UP_FROM_SIX_TENTHS,
                RoundingRule.DOWN));
        Gen<RoundingRule> any = integers().between(1, 100).map(h -> RoundingRule.upFrom(BigDecimal.valueOf(h, 2)));
        return Generate.frequency(Pair.of(3, presets), Pair.of(1, any));
    }

    static Gen<GradingScale> scales() {
        return Generate.pick(List.of(GradingScale.FIVE_POINT, GradingScale.FIVE_POINT_WITH_ONE, GradingScale.of(1, 4)));
    }

    static Gen<ForecastSettings> settings() {
        return scales().zip(roundingRules(), weights(), ForecastSettings::new);
    }

    /** One mark of the scale that counts. */
    static Gen<WeightedMark> countedMarks(GradingScale scale) {
        return integers().between(scale.lowest(), scale.highest()).zip(weights(),
                integers().between(0, WORK_TYPES.size() - 1), integers().between(0, 60),
                (value, weight, type, day) -> WeightedMark.of(value, weight, WORK_TYPES.get(type), PERIOD_START.plusDays(day)));
    }

    /** One mark of the scale, excluded one time in six. */
    static Gen<WeightedMark> marks(GradingScale scale) {
        return countedMarks(scale).zip(integers().between(0, 5),
                (mark, exclusion) -> exclusion == 0 ? mark.excluded("пересдана") : mark);
    }

    /** Any journal, with no mark or with every mark excluded now and then. */
    static Gen<Journal> journals() {
        return settings().flatMap(settings -> lists().of(marks(settings.scale())).ofSizeBetween(0, 25)
                .map(marks -> new Journal(settings, marks)));
    }

    /** Journals with at least one counted mark, so with a prediction. */
    static Gen<Journal> predictable() {
        return journalsWith(ForecastGenerators::countedMarks);
    }

    /** Journals with at least one mark, counted or not. */
    static Gen<Journal> nonEmpty() {
        return journalsWith(ForecastGenerators::marks);
    }

    /** Journals with one mark of the kind put among up to 24 others at any place. */
    private static Gen<Journal> journalsWith(Function<GradingScale, Gen<WeightedMark>> kind) {
        return settings().flatMap(settings -> kind.apply(settings.scale())
                .zip(lists().of(marks(settings.scale())).ofSizeBetween(0, 24), integers().between(0, 24),
                        (one, others, place) -> {
                            List<WeightedMark> marks = new ArrayList<>(others);
                            marks.add(place % (others.size() + 1), one);
                            return new Journal(settings, List.copyOf(marks));
                        }));
    }

    /** Seeds of shuffles and picks of an index. */
    static Gen<Integer> seeds() {
        return integers().between(0, 1_000_000);
    }
}
