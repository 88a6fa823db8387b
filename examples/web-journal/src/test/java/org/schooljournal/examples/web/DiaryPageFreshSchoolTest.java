package org.schooljournal.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import org.schooljournal.core.roster.LinkGuardian;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.examples.schoolday.DemoSchool;

/**
 * The diary page on a school of its own ({@link WebFixture#fresh()}), where the tests write what
 * the shared one must not: today's mark and absence of the second demo guardian's child, whose
 * forecast then shows what it takes to reach 5 (MRK-11), and a second child linked to the guardian
 * (ROS-1). Also the path to 5 itself, on forecasts made by hand.
 */
class DiaryPageFreshSchoolTest {

    private static final LocalDate DAY = LocalDate.of(2025, 10, 1);

    private static WebFixture web;
    private static DiaryPageFamily family;

    private final DiaryForecasts forecasts = new DiaryForecasts(null, new Texts("web/diary"));

    @BeforeAll
    static void openSchool() {
        web = WebFixture.fresh().atDemoStart();
        family = DiaryPageFamily.of(web);
    }

    @AfterAll
    static void closeSchool() {
        web.close();
    }

    @Test
    @DisplayName("MRK-11, DRY-1: after a 4 and a «б» in today's maths lesson, the diary shows both, and its forecast"
            + " for the 2nd quarter says one more 5 reaches 5")
    @Tag("MRK-11")
    @Tag("DRY-1")
    void theDiaryShowsTheMathsForecastWithWhatItTakesToReachFive() {
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

    @Test
    @Tag("MRK-11")
    @DisplayName("MRK-11: from a forecast of 3, reaching 5 takes the 5s to reach 4 and then those to reach 5")
    void reachingFiveFromThreeFollowsThePathMarkByMark() {
        Forecast three = Forecast.of(List.of(WeightedMark.of(3, Weight.ONE, "Устный ответ", DAY)));
        assertThat(three.predictedMark()).hasValue(3);
        // (3 + 5 + 5 + 5) / 4 = 4.5, the least average that rounds to 5; two 5s give 4.33.
        assertThat(forecasts.toReachFive(three)).isEqualTo("Чтобы получить 5, нужны ещё 3 пятёрки с весом 1.");
    }

    @Test
    @Tag("MRK-11")
    @DisplayName("MRK-11: a forecast of 5 needs nothing more; one of 2 counts the 5s in the many form")
    void aForecastOfFiveNeedsNothingAndMany5sTakeTheManyForm() {
        Forecast five = Forecast.of(List.of(WeightedMark.of(5, Weight.ONE, "Устный ответ", DAY)));
        assertThat(forecasts.toReachFive(five)).isEqualTo("Прогноз — высшая отметка, 5.");
        Forecast two = Forecast.of(List.of(WeightedMark.of(2, Weight.ONE, "Устный ответ", DAY),
                WeightedMark.of(2, Weight.ONE, "Устный ответ", DAY)));
        // (2 + 2 + 5n) / (2 + n) >= 4.5 from n = 10.
        assertThat(forecasts.toReachFive(two)).isEqualTo("Чтобы получить 5, нужно ещё 10 пятёрок с весом 1.");
    }

    @Test
    @Tag("ROS-1")
    @Tag("PD-2")
    @DisplayName("ROS-1, PD-2: a guardian of two children has a link to each one's diary at the same week, and"
            + " reads both")
    void aGuardianOfTwoChildrenHasALinkToEachOnesDiary() {
        String sibling = Roster.of(web.site().school()).studentsIn("5Б", WebJournal.DEMO_DAY).get(0).personId();
        WebClient client = new WebClient(web).signIn(family.guardian());
        String week = "?week=2025-11-10";
        assertThat(client.get(Paths.diary(family.child()) + week).body()).as("one child: no links")
                .doesNotContain("class=\"diary-children\"");

        web.site().engine().execute(Actor.of(DemoSchool.HEAD), new LinkGuardian(web.site().schoolId(),
                family.guardian(), sibling));

        String page = client.get(Paths.diary(family.child()) + week).body();
        assertThat(page).contains("class=\"diary-children\"")
                .contains("<a href=\"" + Paths.diary(family.child()) + week + "\" aria-current=\"page\">"
                        + web.site().nameOf(family.child()) + "</a>")
                .contains("<a href=\"" + Paths.diary(sibling) + week + "\">" + web.site().nameOf(sibling) + "</a>");
        var siblingsPage = client.get(Paths.diary(sibling) + week);
        assertThat(siblingsPage.statusCode()).isEqualTo(200);
        assertThat(siblingsPage.body()).contains("Дневник: " + web.site().nameOf(sibling));
    }
}
