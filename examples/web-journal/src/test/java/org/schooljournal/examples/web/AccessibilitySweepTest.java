package org.schooljournal.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page of the site ({@link SitePages}), as each role opens it, in the normal version and in
 * the version for the visually impaired: axe-core finds no violation of WCAG 2.0 A or AA, the level
 * ГОСТ Р 52872-2012 takes (UX-2), and the page declares Russian.
 */
@Tag("UX-2")
class AccessibilitySweepTest {

    private static WebFixture web;
    private static Browser browser;

    @BeforeAll
    static void openTheBrowser() {
        web = OwnSchool.web();
        browser = new Browser(web);
    }

    @AfterAll
    static void closeTheBrowser() {
        browser.close();
    }

    static Stream<SitePages.Page> pages() {
        return SitePages.all(OwnSchool.web()).stream();
    }

    @ParameterizedTest(name = "{0}, normal version")
    @MethodSource("pages")
    @DisplayName("UX-2: no WCAG 2.0 A/AA violation in the normal version")
    void normalVersion(SitePages.Page page) {
        SitePages.open(browser, page, false);
        assertThat(browser.visuallyImpaired()).isFalse();
        assertAccessible(page);
    }

    @ParameterizedTest(name = "{0}, version for the visually impaired")
    @MethodSource("pages")
    @DisplayName("UX-2: no WCAG 2.0 A/AA violation in the version for the visually impaired")
    void visuallyImpairedVersion(SitePages.Page page) {
        SitePages.open(browser, page, true);
        assertThat(browser.visuallyImpaired()).isTrue();
        assertAccessible(page);
    }

    private static void assertAccessible(SitePages.Page page) {
        assertThat(browser.driver().getCurrentUrl()).as("the page itself, not a redirect").endsWith(page.path());
        assertThat(browser.driver().findElement(org.openqa.selenium.By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
        assertThat(browser.accessibilityViolations()).as(page.toString()).isEmpty();
    }
}
