package org.schooljournal.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.Actor;
import org.schooljournal.examples.schoolday.DemoSchool;

/** The frame every page shares: the demo sign-in, the form token, the session's cookie, refusals. */
class SkeletonTest {

    private final WebFixture web = WebFixture.shared().atDemoStart();

    @Test
    @Tag("ACC-6")
    void signingInThroughTheOidcProviderLeadsToThePersonsPageOnAnHttpOnlySameSiteSession() {
        WebClient client = new WebClient(web);
        var page = client.get(Paths.SIGN_IN);
        assertThat(page.headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly").contains("SameSite=Lax");
        var started = client.post(Paths.SIGN_IN, Map.of("person", DemoSchool.HEAD));
        assertThat(started.statusCode()).isEqualTo(302);
        assertThat(started.headers().firstValue("Location").orElseThrow())
                .startsWith(web.site().identity().issuer() + "/authorize").contains("code_challenge_method=S256")
                .contains("login_hint=" + DemoSchool.HEAD);

        assertThat(new WebClient(web).signIn(DemoSchool.HEAD).landing()).isEqualTo(Paths.CONTROL);
        var signIns = web.site().engine().identity().signIns(Actor.of(DemoSchool.HEAD), DemoSchool.ID, web.site().today());
        assertThat(signIns).last().satisfies(a -> {
            assertThat(a.granted()).isTrue();
            assertThat(a.issuer()).isEqualTo(web.site().identity().issuer());
        });
    }

    @Test
    @Tag("ACC-6")
    void aCallbackWithAForeignStateIsRefusedAndSignsNoOneIn() {
        WebClient client = new WebClient(web);
        client.get(Paths.SIGN_IN);
        client.post(Paths.SIGN_IN, Map.of("person", DemoSchool.HEAD));
        var callback = client.get(SignInPage.CALLBACK + "?code=forged&state=forged");
        assertThat(callback.statusCode()).isEqualTo(403);
        assertThat(client.get(Paths.CONTROL).statusCode()).as("not signed in").isEqualTo(302);
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
