package org.schooljournal.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Screenshots of every page of the site ({@link SitePages}) in both versions, for docs/web.md:
 * {@code <page>.png} and {@code <page>-vi.png}, written only when the system property
 * {@code screenshots} names a folder (an absolute path: the tests run in examples/web-journal).
 */
class ScreenshotsTest {

    @Test
    @DisplayName("screenshots of every page, normal and for the visually impaired, into -Dscreenshots=<folder>")
    void screenshotsOfEveryPage() {
        String folder = System.getProperty("screenshots");
        assumeTrue(folder != null && !folder.isBlank(), "no -Dscreenshots=<folder>: no screenshots taken");
        WebFixture web = OwnSchool.web();
        try (Browser browser = new Browser(web)) {
            for (SitePages.Page page : SitePages.all(web)) {
                for (boolean visuallyImpaired : new boolean[] {false, true}) {
                    SitePages.open(browser, page, visuallyImpaired);
                    Path file = Path.of(folder, page.name() + (visuallyImpaired ? "-vi" : "") + ".png");
                    browser.screenshot(file);
                    assertThat(file).isRegularFile();
                    assertThat(file.toFile().length()).as(file + " has content").isPositive();
                }
            }
        }
    }
}
