package org.schooljournal.core.forecast;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * Explains a {@link Forecast} in Russian to teachers, students and guardians (MRK-11), from the
 * bundle {@code org/schooljournal/core/forecast/messages.properties}:
 * «Средний балл 4,42 (7 отметок); прогноз: 4. Чтобы получить 5, нужна ещё одна пятёрка с весом 1.
 * Одна отметка с весом 1 прогноз не снизит.»
 *
 * <p>The bundle is UTF-8 and is read as UTF-8 explicitly, whatever the JVM's
 * {@code java.util.PropertyResourceBundle.encoding}, and from this class's own package, so that it is
 * found on the class path and on the module path alike. Counted words take the Russian plural forms
 * ({@link RussianPlural}); counts of additional marks up to ten are said in words.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ForecastText {

    private static final String BUNDLE = "messages.properties";
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", RUSSIAN);
    private static final int COUNTS_IN_WORDS = 10;
    private static final ForecastText RUSSIAN_TEXT = new ForecastText(load());

    private final ResourceBundle bundle;

    private ForecastText(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** Returns the Russian explanations of the bundle that ships with journal-core. */
    public static ForecastText russian() {
        return RUSSIAN_TEXT;
    }

    private static ResourceBundle load() {
        try (InputStream in = ForecastText.class.getResourceAsStream(BUNDLE)) {
            if (in == null) {
                throw new IllegalStateException("the forecast's bundle " + BUNDLE + " is missing next to "
                        + ForecastText.class.getName());
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return new PropertyResourceBundle(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the forecast's bundle " + BUNDLE, e);
        }
    }

    /**
     * Returns the explanation of the forecast: the average, the number of counted marks and the
     * prediction, what it would take to reach the next mark, what single mark would lower it, and
     * the excluded marks with their reasons; or that there is no prediction.
     *
     * @throws IllegalArgumentException if the forecast is {@code null}
     */
    public String explain(Forecast forecast) {
        ForecastArguments.given(forecast, "forecast");
        List<String> sentences = new ArrayList<>();
        forecast.prediction().ifPresentOrElse(prediction -> {
            sentences.add(text("forecast.summary", decimal(prediction.average().display()),
                    counted(forecast.counted().size(), "marks"), prediction.mark()));
            sentences.add(toNextMark(prediction.toNextMark()));
            sentences.add(prediction.lowering()
                    .map(lowering -> lowering(lowering, forecast.settings().scale()))
                    .orElseGet(() -> text("lowering.none", weight(forecast.settings().additionalWeight()))));
        }, () -> sentences.add(text("forecast.none")));
        if (!forecast.excluded().isEmpty()) {
            sentences.add(excluded(forecast.excluded()));
        }
        return String.join(" ", sentences);
    }

    /** Returns the sentence of what it would take to reach the next mark. */
    String toNextMark(PathToNextMark path) {
        if (path instanceof PathToNextMark.Reachable reachable) {
            RussianPlural form = RussianPlural.of(reachable.count());
            return text("next.reachable." + form.key(), reachable.nextMark(), feminineCount(reachable.count()),
                    text("mark." + reachable.value() + "." + form.key()), weight(reachable.weight()));
        }
        if (path instanceof PathToNextMark.Unreachable unreachable) {
            return text("next.unreachable", unreachable.nextMark(), decimal(unreachable.threshold()));
        }
        return text("next.highest");
    }

    /** Returns the sentence of the single mark that would lower the prediction. */
    private String lowering(LoweringMark lowering, GradingScale scale) {
        return text(lowering.value() == scale.lowest() ? "lowering.lowest" : "lowering.orBelow",
                lowering.value(), weight(lowering.weight()), lowering.predictedAfter());
    }

    private String excluded(List<WeightedMark> marks) {
        List<String> items = new ArrayList<>();
        for (WeightedMark mark : marks) {
            items.add(text("excluded.item", mark.value(), DATE.format(mark.lessonDate()), mark.workType(),
                    mark.exclusionReason().orElseThrow()));
        }
        return text(marks.size() == 1 ? "excluded.one" : "excluded.other",
                String.join(text("excluded.separator"), items));
    }

    /** Returns a count with its noun in the right form, in digits: «7 отметок». */
    private String counted(long count, String noun) {
        return text(noun + "." + RussianPlural.of(count).key(), Long.toString(count));
    }

    /** Returns a count of feminine things, in words up to ten: «одна», «две», then «11». */
    String feminineCount(long count) {
        return count >= 1 && count <= COUNTS_IN_WORDS ? text("count.feminine." + count) : Long.toString(count);
    }

    /** Returns a weight with a decimal comma and no trailing zeros: «1», «1,5». */
    private static String weight(Weight weight) {
        return decimal(weight.value().stripTrailingZeros());
    }

    /** Returns a decimal number with a decimal comma, as Russian writes it: «4,43». */
    private static String decimal(BigDecimal number) {
        return number.toPlainString().replace('.', ',');
    }

    private String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), RUSSIAN).format(arguments);
    }
}
