package org.schooljournal.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.schooljournal.examples.schoolday.DemoSchool;

/**
 * Every form the site has refuses a post without its form token, or with another session's, with
 * 403, and changes nothing: nobody is signed in or out, the version is not switched. Every POST
 * form found on every page of the site ({@link SitePages}) carries the token and is refused
 * without it, so a form a page adds is checked without a line here.
 */
class CsrfTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"" + WebSession.TOKEN_FIELD + "\" value=\"([^\"]+)\"");
    private static final String VI_BODY = "<body class=\"vi\"";

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]*)\"");
    private static final Pattern POST = Pattern.compile("\\bmethod=\"post\"", Pattern.CASE_INSENSITIVE);

    private final WebFixture web = WebFixture.shared().atDemoStart();

    static Stream<SitePages.Page> pages() {
        return SitePages.all(OwnSchool.web()).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    @DisplayName("every form of every page carries the session's token, and its post without the token is refused")
    void everyFormOfEveryPageCarriesTheTokenAndIsRefusedWithoutIt(SitePages.Page page) {
        WebFixture own = OwnSchool.web();
        WebClient client = new WebClient(own);
        if (page.personId() == null) {
            client.get(Paths.SIGN_IN);
        } else {
            client.signIn(page.personId());
        }
        String html = client.get(page.path()).body();
        Matcher form = FORM.matcher(html);
        int posts = 0;
        while (form.find()) {
            if (!POST.matcher(form.group(1)).find()) {
                continue;
            }
            posts++;
            Matcher action = ACTION.matcher(form.group(1));
            String path = action.find() ? action.group(1).replace("&amp;", "&") : page.path();
            assertThat(form.group(2)).as("the form " + path + " of " + page + " carries the token")
                    .containsPattern("name=\"" + WebSession.TOKEN_FIELD + "\" value=\"[^\"]+\"");
            assertRefused(client.postWithout(path, Map.of()));
        }
        assertThat(posts).as("the frame's version switch at least").isPositive();
    }

    @Nested
    @DisplayName("the sign-in form")
    class SignIn {

        @Test
        @DisplayName("without its token: 403, and nobody signed in")
        void withoutToken() {
            WebClient client = new WebClient(web);
            client.get(Paths.SIGN_IN);
            assertRefused(client.postWithout(Paths.SIGN_IN, Map.of("person", DemoSchool.HEAD)));
            assertSignedOut(client);
        }

        @Test
        @DisplayName("with another session's token: 403, and nobody signed in")
        void withAnotherSessionsToken() {
            WebClient client = new WebClient(web);
            client.get(Paths.SIGN_IN);
            assertRefused(client.postWithout(Paths.SIGN_IN, formWith(Map.<String, String>of("person", DemoSchool.HEAD), anotherToken())));
            assertSignedOut(client);
        }

        @Test
        @DisplayName("with no session at all: 403, and nobody signed in")
        void withoutSession() {
            WebClient client = new WebClient(web);
            assertRefused(client.postWithout(Paths.SIGN_IN, formWith(Map.<String, String>of("person", DemoSchool.HEAD), anotherToken())));
            assertSignedOut(client);
        }
    }

    @Nested
    @DisplayName("the sign-out form")
    class SignOut {

        @Test
        @DisplayName("without its token: 403, and still signed in")
        void withoutToken() {
            WebClient client = new WebClient(web).signIn(DemoSchool.HEAD);
            assertRefused(client.postWithout(Paths.SIGN_OUT, Map.of()));
            assertThat(client.get(Paths.CONTROL).statusCode()).as("still signed in").isEqualTo(200);
        }

        @Test
        @DisplayName("with another session's token: 403, and still signed in")
        void withAnotherSessionsToken() {
            WebClient client = new WebClient(web).signIn(DemoSchool.HEAD);
            assertRefused(client.postWithout(Paths.SIGN_OUT, formWith(Map.<String, String>of(), anotherToken())));
            assertThat(client.get(Paths.CONTROL).statusCode()).as("still signed in").isEqualTo(200);
        }

        @Test
        @DisplayName("with its token: signed out (the case above can fail)")
        void withToken() {
            WebClient client = new WebClient(web).signIn(DemoSchool.HEAD);
            assertThat(client.post(Paths.SIGN_OUT, Map.of()).statusCode()).isEqualTo(302);
            assertSignedOut(client);
        }
    }

    @Nested
    @DisplayName("the version switch")
    class Version {

        @Test
        @DisplayName("without its token: 403, and the version not switched")
        void withoutToken() {
            WebClient client = new WebClient(web);
            client.get(Paths.SIGN_IN);
            assertRefused(client.postWithout(Paths.VERSION, Map.of("back", Paths.SIGN_IN)));
            assertThat(client.get(Paths.SIGN_IN).body()).doesNotContain(VI_BODY);
        }

        @Test
        @DisplayName("with another session's token: 403, and the version not switched")
        void withAnotherSessionsToken() {
            WebClient client = new WebClient(web);
            client.get(Paths.SIGN_IN);
            assertRefused(client.postWithout(Paths.VERSION, formWith(Map.<String, String>of("back", Paths.SIGN_IN), anotherToken())));
            assertThat(client.get(Paths.SIGN_IN).body()).doesNotContain(VI_BODY);
        }

        @Test
        @DisplayName("with its token: switched (the cases above can fail)")
        void withToken() {
            WebClient client = new WebClient(web);
            client.get(Paths.SIGN_IN);
            assertThat(client.post(Paths.VERSION, Map.of("back", Paths.SIGN_IN)).statusCode()).isEqualTo(302);
            assertThat(client.get(Paths.SIGN_IN).body()).contains(VI_BODY);
        }
    }

    /** Returns the form token of another browser's session, signed in as a guardian. */
    private String anotherToken() {
        WebClient other = new WebClient(web).signIn(web.site().people().all().get(2).id());
        Matcher matcher = TOKEN.matcher(other.get(Paths.SIGN_IN).body());
        assertThat(matcher.find()).as("the page carries a form token").isTrue();
        return matcher.group(1);
    }

    private static Map<String, String> formWith(Map<String, String> form, String token) {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.put(WebSession.TOKEN_FIELD, token);
        return withToken;
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    private static void assertSignedOut(WebClient client) {
        HttpResponse<String> control = client.get(Paths.CONTROL);
        assertThat(control.statusCode()).as("not signed in: sent to the sign-in page").isEqualTo(302);
        assertThat(control.headers().firstValue("Location")).contains(Paths.SIGN_IN);
    }
}
