package org.schooljournal.examples.web;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (packages chromium and
 * chromium-driver, which {@code .ci/run} installs): a real browser on the served pages, with axe-core
 * to check them against WCAG 2.0 A and AA (ГОСТ Р 52872-2012, UX-2). Close it after.
 */
final class Browser implements AutoCloseable {

    /** The WCAG 2.0 levels ГОСТ Р 52872-2012 takes: axe-core's tags for A and AA. */
    static final List<String> WCAG_2_0_AA = List.of("wcag2a", "wcag2aa");

    private final WebFixture web;
    private final ChromeDriver driver;

    Browser(WebFixture web) {
        this.web = web;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=ru-RU", "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    }

    /** Returns the driver. */
    ChromeDriver driver() {
        return driver;
    }

    /** Opens the path of the served site. */
    Browser open(String path) {
        driver.get(web.url(path));
        return this;
    }

    /** Signs in as the demo person by pressing their button on the sign-in page; returns this. */
    Browser signIn(String personId) {
        open(Paths.SIGN_IN);
        submit(driver.findElement(By.cssSelector("form:has(input[name=person][value='" + personId + "']) button")));
        return this;
    }

    /** Signs out by the frame's button, if signed in; returns this. */
    Browser signOut() {
        List<WebElement> buttons = driver.findElements(By.cssSelector("form[action='" + Paths.SIGN_OUT + "'] button"));
        if (!buttons.isEmpty()) {
            submit(buttons.get(0));
        }
        return this;
    }

    /** Switches the version for the visually impaired on or off by the frame's button; returns this. */
    Browser toggleVersion() {
        submit(driver.findElement(By.cssSelector("form[action='" + Paths.VERSION + "'] button")));
        return this;
    }

    /** Returns whether the version for the visually impaired is on, as the page's body says. */
    boolean visuallyImpaired() {
        return driver.findElement(By.tagName("body")).getAttribute("class").contains("vi");
    }

    /**
     * Runs axe-core on the page open now against WCAG 2.0 A and AA, and returns its violations as
     * lines (rule, impact, the first elements), empty when there is none.
     */
    List<String> accessibilityViolations() {
        Results results = new AxeBuilder().withTags(WCAG_2_0_AA).analyze(driver);
        return results.getViolations().stream().map(Browser::describe).collect(Collectors.toList());
    }

    /** Saves a screenshot of the whole page open now to the file, as PNG. */
    void screenshot(Path file) {
        long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        Dimension window = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(Math.max(height + 120, 600), 4000)));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("screenshot " + file + ": " + e, e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    /**
     * Presses a form's button and waits until the page it leads to has replaced this one: a click
     * returns before the browser has followed the post's redirect, and on a loaded machine the next
     * command would otherwise read the old page.
     */
    private void submit(WebElement button) {
        WebElement page = driver.findElement(By.tagName("html"));
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> gone(page)
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Returns whether the element has left the document: Chromium says so as a stale reference, or,
     * caught in the middle of the swap, as an inspector error that the node is no longer the document's.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException gone) {
            return true;
        }
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — "
                + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
