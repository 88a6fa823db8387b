package org.schooljournal.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.schooljournal.examples.schoolday.DemoSchool;

/** The frame every page shares: the demo sign-in, the form token, the session's cookie, refusals. */
class SkeletonTest {

    private final WebFixture web = WebFixture.shared().atDemoStart();

    @Test
    void signingInAsADemoPersonLeadsToTheirPageOnAnHttpOnlySameSiteSession() {
        WebClient client = new WebClient(web);
        client.get(Paths.SIGN_IN);
        var response = client.post(Paths.SIGN_IN, Map.of("person", DemoSchool.HEAD));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).contains(Paths.CONTROL);
        assertThat(response.headers().firstValue("Set-Cookie").orElseThrow())
                .contains("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void aFormPostedWithoutItsTokenIsRefusedAndChangesNothing() {
        WebClient client = new WebClient(web);
        client.get(Paths.SIGN_IN);
        var response = client.postWithout(Paths.SIGN_IN, Map.of("person", DemoSchool.HEAD));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(client.get(Paths.CONTROL).statusCode()).as("not signed in: sent to the sign-in page").isEqualTo(302);
    }

    @Test
    void aPageAskedForBeforeSigningInSendsToTheSignInPage() {
        var response = new WebClient(web).get(Paths.CONTROL);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).contains(Paths.SIGN_IN);
    }

    @Test
    void theSignInPageInTheBrowserDeclaresRussianAndHasNoWcagViolation() {
        try (Browser browser = new Browser(web)) {
            browser.open(Paths.SIGN_IN);
            assertThat(browser.driver().findElement(org.openqa.selenium.By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.toggleVersion();
            assertThat(browser.visuallyImpaired()).isTrue();
            assertThat(browser.accessibilityViolations()).isEmpty();
        }
    }
}
