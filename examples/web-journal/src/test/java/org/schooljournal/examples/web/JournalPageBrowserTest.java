package org.schooljournal.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.diary.Diary;
import org.schooljournal.core.diary.DiaryLesson;
import org.schooljournal.core.journal.AbsenceCode;
import org.schooljournal.core.journal.EntryKind;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.RecordAbsence;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.roster.Student;
import org.schooljournal.examples.schoolday.DemoSchool;

/**
 * The teacher's journal page in headless Chromium: an «н» entered from the keyboard for the lesson
 * going on, on time, and in the guardian's diary; the arrow keys between cells; no WCAG 2.0 A/AA
 * violation in either version (UX-2); a correction without its reason refused on the page (MRK-10).
 * Writes only the cell of 12 November's lesson 2 of the first
 * demo guardian's child. With {@code -Dscreenshots=DIR} it saves the page in both versions there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JournalPageBrowserTest {

    private static WebFixture web;
    private static Browser browser;

    @BeforeAll
    static void signIn() {
        web = WebFixture.shared().atDemoStart();
        browser = new Browser(web);
        browser.signIn(web.site().people().all().get(0).id());
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    @Order(1)
    @Tag("ATT-2")
    @DisplayName("ATT-2: the teacher types «н» and Enter in the current lesson's cell of a guardian's child; the cell shows it on time and the guardian's diary has it")
    void anAbsenceFromTheKeyboard() {
        web.atDemoStart();
        DemoPeople.Person guardian = guardian();
        Student child = child();
        String cell = cell(child);
        browser.open(Paths.journal(DemoSchool.MATHS_5A));
        WebElement field = browser.driver().findElement(By.cssSelector("#" + cell + " input[name=value]"));
        field.sendKeys("н" + Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + cell + " .value")));

        WebElement shown = browser.driver().findElement(By.id(cell));
        assertThat(shown.findElement(By.className("value")).getText()).isEqualTo("н");
        assertThat(shown.findElements(By.className("late"))).as("on time: no lateness").isEmpty();
        assertThat(browser.driver().getCurrentUrl()).endsWith("#" + cell);

        Diary diary = web.site().engine().diaries().read(Actor.of(guardian.id()), DemoSchool.ID, child.personId(),
                WebJournal.DEMO_DAY, WebJournal.DEMO_DAY);
        DiaryLesson lesson = diary.days().get(0).lessons().stream().filter(l -> l.slot() == WebJournal.DEMO_LESSON)
                .findFirst().orElseThrow();
        assertThat(lesson.absence()).contains("н");
    }

    @Test
    @Order(2)
    @Tag("MRK-10")
    @DisplayName("MRK-10: in the browser, a correction without a reason is refused on the page naming the field, the cell keeps its value, and the refused page has no WCAG 2.0 A/AA violation")
    void aCorrectionWithoutAReason() {
        web.atDemoStart();
        String cell = cell(child());
        if (web.site().engine().host().journal(DemoSchool.ID, DemoSchool.MATHS_5A).presentEntry(EntryKind.ATTENDANCE,
                new LessonRef(WebJournal.DEMO_DAY, WebJournal.DEMO_LESSON), Optional.of(child().personId())).isEmpty()) {
            web.site().engine().execute(Actor.of(web.site().people().all().get(0).id()), new RecordAbsence(DemoSchool.ID,
                    DemoSchool.MATHS_5A, new LessonRef(WebJournal.DEMO_DAY, WebJournal.DEMO_LESSON), child().personId(),
                    AbsenceCode.UNEXCUSED));
        }
        browser.open(Paths.journal(DemoSchool.MATHS_5A));
        WebElement shown = browser.driver().findElement(By.id(cell));
        shown.findElement(By.cssSelector("details.correct summary")).click();
        shown.findElement(By.cssSelector("details.correct input[name=value]")).sendKeys("б");
        shown.findElement(By.cssSelector("details.correct button[type=submit]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + cell + " .field-error")));

        WebElement refused = browser.driver().findElement(By.id(cell));
        assertThat(refused.findElement(By.className("field-error")).getText()).contains("«Причина исправления»");
        assertThat(refused.findElement(By.className("value")).getText()).isEqualTo("н");
        assertThat(refused.findElement(By.cssSelector("input[name=reason]")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    @Test
    @Order(3)
    @Tag("UX-2")
    @DisplayName("UX-2: the arrow keys move between the cells' fields")
    void arrowKeys() {
        web.atDemoStart();
        browser.open(Paths.journal(DemoSchool.MATHS_5A));
        String column = "lesson-2025-11-13-1";
        var fields = browser.driver().findElements(By.cssSelector("td[id^='c-2025-11-13-1-'] input[name=value]"));
        assertThat(fields).as("a field in every pupil's cell of " + column).hasSizeGreaterThan(2);
        fields.get(0).click();
        fields.get(0).sendKeys(Keys.ARROW_DOWN);
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(fields.get(1));
        fields.get(1).sendKeys(Keys.ARROW_UP);
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(fields.get(0));
    }

    @Test
    @Order(4)
    @Tag("UX-2")
    @DisplayName("UX-2: the journal page has no WCAG 2.0 A/AA violation, in the normal version and in the version for the visually impaired")
    void accessible() {
        web.atDemoStart();
        browser.open(Paths.journal(DemoSchool.MATHS_5A) + "?from=2025-10-13");
        assertThat(browser.accessibilityViolations()).isEmpty();
        screenshot("journal-october.png");
        browser.open(Paths.journal(DemoSchool.MATHS_5A));
        assertThat(browser.accessibilityViolations()).isEmpty();
        screenshot("journal.png");
        browser.toggleVersion();
        try {
            assertThat(browser.visuallyImpaired()).isTrue();
            assertThat(browser.accessibilityViolations()).isEmpty();
            screenshot("journal-vi.png");
        } finally {
            browser.toggleVersion();
        }
    }

    /** Returns the first demo guardian. */
    private static DemoPeople.Person guardian() {
        return web.site().people().all().get(2);
    }

    /** Returns the first demo guardian's child in 5А. */
    private static Student child() {
        Roster roster = Roster.of(web.site().school());
        return roster.studentsOf(guardian().id()).stream().filter(s -> roster.classOf(s.personId(), WebJournal.DEMO_DAY)
                .equals(Optional.of(DemoSchool.MATHS_5A.holderCode()))).findFirst().orElseThrow();
    }

    /** Returns the anchor of the child's cell of the lesson going on at the demo's start. */
    private static String cell(Student child) {
        return JournalFortnight.cellId(new LessonRef(WebJournal.DEMO_DAY, WebJournal.DEMO_LESSON), child.personId());
    }

    private static void screenshot(String name) {
        String folder = System.getProperty("screenshots");
        if (folder != null) {
            browser.screenshot(Path.of(folder).resolve(name));
        }
    }
}
