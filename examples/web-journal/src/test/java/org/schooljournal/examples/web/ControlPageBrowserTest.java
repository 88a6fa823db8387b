package org.schooljournal.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.PeriodRef;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.reports.JournalControl;
import org.schooljournal.core.reports.ResultCounting;
import org.schooljournal.core.reports.SuccessReport;
import org.schooljournal.examples.schoolday.DemoSchool;

/**
 * The head's control page in headless Chromium: the deputy head chooses 5А and follows a missing
 * entry to its journal day; the chart says what the table and the engine say; no WCAG 2.0 A/AA
 * violation in either version. It reads only: it enters nothing.
 */
@Tag("REP-5")
class ControlPageBrowserTest {

    private static final String CLASS = DemoSchool.MATHS_5A.holderCode();
    private static final LocalDate AFTER_HOLIDAYS = LocalDate.of(2025, 11, 5);
    private static WebFixture web;
    private static Browser browser;

    @BeforeAll
    static void open() {
        web = WebFixture.shared().atDemoStart();
        browser = new Browser(web);
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @BeforeEach
    void deputy() {
        web.atDemoStart();
        browser.signOut().signIn(DemoSchool.DEPUTY_HEAD).open(Paths.CONTROL);
        if (browser.visuallyImpaired()) {
            browser.toggleVersion();
        }
    }

    private JournalControl engineControl() {
        LocalDate today = web.site().today();
        LocalDate from = web.site().calendar().studyPeriods().stream().filter(p -> p.contains(today))
                .max(java.util.Comparator.comparing(p -> p.firstDay())).orElseThrow().firstDay();
        return web.site().engine().reports().classControl(Actor.of(DemoSchool.DEPUTY_HEAD), web.site().schoolId(),
                CLASS, from, today, web.clock().instant(), JournalControl.DEFAULT_MINIMUM_MARKS);
    }

    private void choose5A() {
        browser.open(Paths.CONTROL);
        new Select(browser.driver().findElement(By.id("control-class"))).selectByValue(CLASS);
        browser.driver().findElement(By.cssSelector("form[method=get] button[type=submit]")).click();
    }

    @Test
    @DisplayName("REP-5: the deputy head chooses 5А and sees maths' lessons of 5–11 November without entries, each linking to /journal/5А/МАТ?from=<Monday>#lesson-<date>-<slot>; one opens the journal page")
    void missingEntriesLinkToTheirDay() {
        choose5A();
        assertThat(browser.driver().getCurrentUrl()).contains("class=5%D0%90");
        List<LessonRef> expected = engineControl().row(DemoSchool.MATHS_5A).orElseThrow().lessonsNotGiven();
        assertThat(expected).as("no entries were made after the holidays")
                .anySatisfy(lesson -> assertThat(lesson.date()).isEqualTo(AFTER_HOLIDAYS))
                .allSatisfy(lesson -> assertThat(lesson.date()).isBetween(AFTER_HOLIDAYS, web.site().today()));
        String journal = Paths.journal(DemoSchool.MATHS_5A);
        List<String> links = browser.driver().findElements(By.cssSelector("ul.missing a")).stream()
                .map(a -> a.getAttribute("href")).filter(href -> href.contains(journal + "?")).toList();
        List<String> wanted = expected.stream().map(lesson -> web.url(journal + "?from="
                + lesson.date().with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
                + "#lesson-" + lesson.date() + "-" + lesson.slot())).toList();
        assertThat(links).containsExactlyElementsOf(wanted);
        assertThat(URLDecoder.decode(links.get(0), StandardCharsets.UTF_8))
                .matches(".*/journal/5А/МАТ\\?from=2025-11-03#lesson-2025-11-05-\\d+");
        String maths = Programme.of(web.site().school()).subjectName(DemoSchool.MATHS_5A.subjectCode());
        assertThat(browser.driver().findElements(By.cssSelector("#missing ~ h3")).stream().map(WebElement::getText))
                .anySatisfy(heading -> assertThat(heading).contains(maths).contains(String.valueOf(expected.size())));

        browser.driver().findElement(By.cssSelector("ul.missing a[href='" + journal + "?from=2025-11-03#lesson-"
                + expected.get(0).date() + "-" + expected.get(0).slot() + "']")).click();
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(wanted.get(0));
        String heading = browser.driver().findElement(By.tagName("h1")).getText();
        assertThat(heading).as("the journal page opened, not a refusal")
                .isNotIn("Доступ запрещён", "Страница не найдена", "Нужно войти");
    }

    @Test
    @Tag("REP-1")
    @DisplayName("REP-1: the chart's numbers for 5А's subjects in the first quarter equal the table's and the engine's success report")
    void chartEqualsTableAndEngine() {
        browser.open(Paths.CONTROL + "?class=5%D0%90&period=QUARTER-1");
        SuccessReport report = web.site().engine().reports().success(Actor.of(DemoSchool.DEPUTY_HEAD),
                web.site().schoolId(), CLASS, PeriodRef.parse("QUARTER-1"), ResultCounting.DEFAULT, web.clock().instant());
        List<String> engine = report.subjects().stream().flatMap(line -> java.util.stream.Stream.of(
                line.rate().successPercent(), line.rate().qualityPercent()))
                .map(p -> p.map(v -> v.toPlainString().replace('.', ',') + " %").orElse("—")).toList();
        assertThat(engine).as("maths has its first-quarter marks").anySatisfy(p -> assertThat(p).endsWith("%"));
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("table.rates tbody tr"));
        List<String> table = rows.stream().flatMap(row -> java.util.stream.Stream.of(
                row.findElement(By.cssSelector(".success-percent")).getText(),
                row.findElement(By.cssSelector(".quality-percent")).getText())).toList();
        List<String> chart = browser.driver().findElements(By.cssSelector("figure.chart svg text")).stream()
                .map(text -> text.getAttribute("textContent"))
                .filter(text -> text.startsWith("успеваемость ") || text.startsWith("качество "))
                .map(text -> text.substring(text.indexOf(' ') + 1)).toList();
        assertThat(table).isEqualTo(engine);
        assertThat(chart).isEqualTo(engine);
        assertThat(browser.driver().findElement(By.cssSelector("figure.chart svg title")).getAttribute("textContent"))
                .contains("1-я четверть");
    }

    @Test
    @Tag("UX-2")
    @DisplayName("UX-2: the control page of the school and of 5А has no WCAG 2.0 A/AA violation, in the normal version and in the version for the visually impaired, which hides the chart and keeps the table")
    void accessible() {
        browser.open(Paths.CONTROL);
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.open(Paths.CONTROL + "?class=5%D0%90&period=QUARTER-1");
        assertThat(browser.accessibilityViolations()).isEmpty();
        screenshot("control.png");
        assertThat(browser.driver().findElement(By.cssSelector("figure.chart")).isDisplayed()).isTrue();
        browser.toggleVersion();
        assertThat(browser.visuallyImpaired()).isTrue();
        assertThat(browser.driver().getCurrentUrl()).as("the switch returns to the page asked for").contains("class=5%D0%90");
        assertThat(browser.accessibilityViolations()).isEmpty();
        assertThat(browser.driver().findElement(By.cssSelector("figure.chart")).isDisplayed()).isFalse();
        assertThat(browser.driver().findElement(By.cssSelector("table.rates")).isDisplayed()).isTrue();
        screenshot("control-vi.png");
        browser.open(Paths.CONTROL);
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.open(Paths.CONTROL + "?from=2025-13-01");
        assertThat(browser.accessibilityViolations()).as("with an error next to its field").isEmpty();
        browser.toggleVersion();
    }

    /** Saves a screenshot into the folder the system property {@code screenshots} names, if it is set. */
    private static void screenshot(String name) {
        String folder = System.getProperty("screenshots");
        if (folder != null && !folder.isBlank()) {
            browser.screenshot(Path.of(folder).resolve(name));
        }
    }
}
