package org.schooljournal.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.diary.DiaryState;
import org.schooljournal.core.journal.Copies;
import org.schooljournal.core.journal.EntryRef;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.MakeRemark;
import org.schooljournal.core.programme.Programme;

/**
 * The guardian's diary page in headless Chromium: a remark that opening the diary registers as read
 * (DRY-5), the fortnight's week reached by the previous-week link with its marks, absences and
 * homework (DRY-3), and no WCAG 2.0 A/AA violation in either version (UX-2). The second demo
 * guardian's child, in 5А's Russian journal, which no other part's test writes to.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DiaryPageBrowserTest {

    private static final String REMARK = "Не сдана тетрадь с диктантом.";

    private static WebFixture web;
    private static DiaryPageFamily family;
    private static Browser browser;

    @BeforeAll
    static void openBrowser() {
        web = WebFixture.shared().atDemoStart();
        family = DiaryPageFamily.of(web);
        browser = new Browser(web);
        browser.signIn(family.guardian());
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(driver -> !driver.getCurrentUrl().endsWith(Paths.SIGN_IN));
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    @Order(1)
    @Tag("DRY-5")
    @DisplayName("DRY-5: a remark the Russian teacher makes reaches the guardian's diary; opening it registers the"
            + " reading with the engine, and the page says when it was read")
    void openingTheDiaryRegistersTheRemarkReadAndThePageSaysWhen() {
        web.atDemoStart();
        JournalKey russian = new JournalKey("5А", "РУС");
        String teacher = Programme.of(web.site().school()).teacherOf(russian.holderCode(), russian.subjectCode()).orElseThrow();
        EntryRef remark = web.site().engine().execute(Actor.of(teacher), new MakeRemark(web.site().schoolId(), russian,
                family.child(), REMARK, Copies.NONE)).entry();
        assertThat(readings().readAt(remark, family.guardian())).as("not read before the diary is opened").isEmpty();

        browser.open(Paths.diary(family.child()));
        assertThat(weekTitle()).isEqualTo("Неделя 10–16 ноября 2025");

        Instant at = readings().readAt(remark, family.guardian()).orElseThrow();
        assertThat(at).as("registered when the page was opened").isEqualTo(web.clock().instant());
        WebElement note = browser.driver().findElements(By.cssSelector("ul.notes li")).stream()
                .filter(li -> li.getText().contains(REMARK)).findFirst().orElseThrow();
        var zoned = at.atZone(web.site().zone());
        assertThat(note.findElement(By.cssSelector(".note-head")).getText()).startsWith("Замечание · 12 ноября, Русский язык, ");
        assertThat(note.findElement(By.cssSelector(".note-read")).getText()).isEqualTo("Прочитано: "
                + DateTimeFormatter.ofPattern("d MMMM yyyy", Texts.RUSSIAN).format(zoned) + " в "
                + DateTimeFormatter.ofPattern("HH:mm").format(zoned));
        assertThat(web.site().engine().diaries().sent(Actor.of(teacher), web.site().schoolId()).stream()
                .filter(sent -> sent.ref().equals(remark)).findFirst().orElseThrow().receipts())
                .as("the teacher's «sent» shows it read").anyMatch(r -> r.guardianId().equals(family.guardian())
                        && r.readAt().equals(java.util.Optional.of(at)));
    }

    @Test
    @Order(2)
    @Tag("DRY-3")
    @DisplayName("DRY-3: the previous-week link leads back to the fortnight's week, with its marks, homework,"
            + " holidays and the quarter's marks")
    void thePreviousWeekLinkLeadsToTheFortnightsWeekWithItsEntries() {
        browser.open(Paths.diary(family.child()));
        for (int week = 0; week < 3; week++) {
            browser.driver().findElement(By.cssSelector("nav.diary-weeks a[rel=prev]")).click();
        }
        assertThat(weekTitle()).isEqualTo("Неделя 20–26 октября 2025");
        assertThat(texts("table.diary-day caption")).contains("Уроки: понедельник, 20 октября", "Уроки: пятница, 24 октября");
        assertThat(texts("p.day-off")).anyMatch(day -> day.startsWith("суббота, 25 октября") && day.contains("осенние каникулы"));
        assertThat(texts("ul.marks li")).isNotEmpty().allMatch(mark -> mark.matches("[1-5] — .+"));
        assertThat(texts("table.diary-day td")).anyMatch(cell -> cell.contains("п. 13, № 365, 367"));
        assertThat(texts(".diary-results tbody tr")).anyMatch(row -> row.startsWith("Математика") && row.contains("1 четверть"));
    }

    @Test
    @Order(3)
    @Tag("UX-2")
    @DisplayName("UX-2: the diary page with its remarks and forms has no WCAG 2.0 A/AA violation, in both versions")
    void theDiaryPageHasNoWcagViolationInEitherVersion() {
        String today = Paths.diary(family.child());
        String fortnight = DiaryScreen.weekOf(family.child(), LocalDate.of(2025, 10, 20));
        browser.open(today);
        assertThat(browser.visuallyImpaired()).isFalse();
        assertThat(browser.driver().findElements(By.cssSelector("ul.notes li"))).isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#settings form"))).hasSize(2);
        assertThat(browser.accessibilityViolations()).as("today's week, its remark and forms").isEmpty();
        browser.open(fortnight);
        assertThat(browser.driver().findElements(By.cssSelector("ul.marks li"))).isNotEmpty();
        assertThat(browser.accessibilityViolations()).as("the fortnight's week, its marks").isEmpty();
        screenshot("diary.png");
        switchVersion("vi");
        try {
            browser.open(today);
            assertThat(browser.visuallyImpaired()).isTrue();
            assertThat(browser.accessibilityViolations()).as("today's week, visually impaired").isEmpty();
            browser.open(fortnight);
            assertThat(browser.accessibilityViolations()).as("the fortnight's week, visually impaired").isEmpty();
            screenshot("diary-vi.png");
        } finally {
            switchVersion("normal");
        }
    }

    /**
     * Switches the version by the frame's button and waits until the page it posts to has loaded
     * with the body's class: a click does not wait for the navigation it starts.
     */
    private static void switchVersion(String bodyClass) {
        WebElement body = browser.driver().findElement(By.tagName("body"));
        browser.toggleVersion();
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
        wait.until(ExpectedConditions.stalenessOf(body));
        wait.until(driver -> !driver.findElements(By.cssSelector("body." + bodyClass)).isEmpty());
    }

    private static DiaryState readings() {
        return web.site().engine().diaries().log(family.actor(), web.site().schoolId(), family.child());
    }

    private static String weekTitle() {
        return browser.driver().findElement(By.id("week-title")).getText();
    }

    private static List<String> texts(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute("textContent").strip().replaceAll("\\s+", " ")).toList();
    }

    /** Saves a screenshot of the page to the folder of the system property {@code screenshots}, if set. */
    private static void screenshot(String name) {
        String folder = System.getProperty("screenshots");
        if (folder != null && !folder.isBlank()) {
            browser.screenshot(Path.of(folder, name));
        }
    }
}
