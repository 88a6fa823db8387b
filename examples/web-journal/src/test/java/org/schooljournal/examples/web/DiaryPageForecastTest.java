package org.schooljournal.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.forecast.Forecast;
import org.schooljournal.core.forecast.Weight;
import org.schooljournal.core.forecast.WeightedMark;
import org.schooljournal.core.journal.AbsenceCode;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.Mark;
import org.schooljournal.core.journal.RecordAbsence;
import org.schooljournal.core.journal.RecordMark;
import org.schooljournal.core.journal.WorkKind;
import org.schooljournal.examples.schoolday.DemoSchool;

/**
 * The forecast on the diary page (MRK-11): the period mark the diary predicts for a subject of the
 * current period, with what it takes to reach 5 — the engine's path to the next mark, followed up
 * to 5.
 */
@Tag("MRK-11")
class DiaryPageForecastTest {

    private static final LocalDate DAY = LocalDate.of(2025, 10, 1);

    private final DiaryForecasts forecasts = new DiaryForecasts(null, new Texts("web/diary"));

    @Test
    @DisplayName("MRK-11, DRY-1: after a 4 and a «б» in today's maths lesson, the diary shows both, and its forecast"
            + " for the 2nd quarter says one more 5 reaches 5")
    void theDiaryShowsTheMathsForecastWithWhatItTakesToReachFive() {
        try (WebFixture web = WebFixture.fresh().atDemoStart()) {
            DiaryPageFamily family = DiaryPageFamily.of(web);
            String teacher = web.site().people().all().get(0).id();
            WebClient client = new WebClient(web).signIn(family.guardian());
            assertThat(client.get(Paths.diary(family.child())).body()).as("no mark in the 2nd quarter yet")
                    .contains("Прогноза нет");

            web.site().engine().execute(Actor.of(teacher), RecordMark.of(web.site().schoolId(), DemoSchool.MATHS_5A,
                    new LessonRef(WebJournal.DEMO_DAY, WebJournal.DEMO_LESSON), family.child(), Mark.of("4"),
                    WorkKind.CLASSWORK));

            web.site().engine().execute(Actor.of(teacher), new RecordAbsence(web.site().schoolId(), DemoSchool.MATHS_5A,
                    new LessonRef(WebJournal.DEMO_DAY, WebJournal.DEMO_LESSON), family.child(), AbsenceCode.ILLNESS));

            String page = client.get(Paths.diary(family.child())).body();
            assertThat(page).as("DRY-1: the entries reach the diary at once")
                    .contains("<li>4 — Работа на уроке</li>")
                    .contains("<span class=\"absence\">«б» — отсутствовал(а) по болезни</span>")
                    .contains("Математика, 2 четверть: прогноз — 4")
                    .contains("Чтобы получить 5, нужна ещё 1 пятёрка с весом 1.")
                    .contains("Средний балл 4");
        }
    }

    @Test
    @DisplayName("MRK-11: from a forecast of 3, reaching 5 takes the 5s to reach 4 and then those to reach 5")
    void reachingFiveFromThreeFollowsThePathMarkByMark() {
        Forecast three = Forecast.of(List.of(WeightedMark.of(3, Weight.ONE, "Устный ответ", DAY)));
        assertThat(three.predictedMark()).hasValue(3);
        // (3 + 5 + 5 + 5) / 4 = 4.5, the least average that rounds to 5; two 5s give 4.33.
        assertThat(forecasts.toReachFive(three)).isEqualTo("Чтобы получить 5, нужны ещё 3 пятёрки с весом 1.");
    }

    @Test
    @DisplayName("MRK-11: a forecast of 5 needs nothing more; one of 2 counts the 5s in the many form")
    void aForecastOfFiveNeedsNothingAndMany5sTakeTheManyForm() {
        Forecast five = Forecast.of(List.of(WeightedMark.of(5, Weight.ONE, "Устный ответ", DAY)));
        assertThat(forecasts.toReachFive(five)).isEqualTo("Прогноз — высшая отметка, 5.");
        Forecast two = Forecast.of(List.of(WeightedMark.of(2, Weight.ONE, "Устный ответ", DAY),
                WeightedMark.of(2, Weight.ONE, "Устный ответ", DAY)));
        // (2 + 2 + 5n) / (2 + n) >= 4.5 from n = 10.
        assertThat(forecasts.toReachFive(two)).isEqualTo("Чтобы получить 5, нужно ещё 10 пятёрок с весом 1.");
    }
}
