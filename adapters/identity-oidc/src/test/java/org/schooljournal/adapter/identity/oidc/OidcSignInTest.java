package org.schooljournal.adapter.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.adapter.tck.MovingClock;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.compromise.ReportCompromise;
import org.schooljournal.core.identity.SignInAttempted;
import org.schooljournal.core.school.AssignRole;
import org.schooljournal.core.school.HireStaff;
import org.schooljournal.core.school.RegisterSchool;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.identity.PendingSignIn;
import org.schooljournal.spi.identity.SignInRefusal;
import org.schooljournal.spi.identity.SignInRefusedException;
import org.schooljournal.spi.identity.Subject;

/**
 * Sign-in through an OpenID Connect provider on loopback (ACC-6): the browser's round trip is made
 * with the JDK's HTTP client, which follows no redirect, so the test reads the callback the
 * provider sends the browser to; the engine is a real one over the in-memory store.
 */
@Tag("ACC-6")
@DisplayName("ACC-6: sign-in through an OpenID Connect provider on loopback becomes the bound person's actor; every failure is refused and recorded")
class OidcSignInTest {

    private static final String SCHOOL = "86-001";
    private static final Actor ADMIN = Actor.of("admin");
    private static final Actor HEAD = Actor.of("head");
    private static final Actor TEACHER = Actor.of("t-math");
    private static final URI CALLBACK = URI.create("https://journal.school.example/sign-in/callback");
    /** Monday 12 October 2026, 10:00 in Yekaterinburg. */
    private static final Instant MONDAY = Instant.parse("2026-10-12T05:00:00Z");

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private MovingClock clock;
    private LoopbackOidcProvider idp;
    private OidcSignInProvider provider;
    private InMemoryEventStore store;
    private JournalEngine engine;

    @BeforeEach
    void setUp() {
        clock = new MovingClock(MONDAY);
        idp = LoopbackOidcProvider.start(clock);
        provider = OidcSignInProvider.discover(OidcSettings.of(idp.issuer(), LoopbackOidcProvider.CLIENT_ID)
                .withClientSecret(LoopbackOidcProvider.CLIENT_SECRET).withScope("openid profile"), clock);
        store = new InMemoryEventStore();
        engine = JournalEngine.builder().eventStore(store).clock(clock).build();
        engine.execute(ADMIN, new RegisterSchool(SCHOOL, "МБОУ «Средняя школа № 1»", SchoolCalendar.YUGRA));
        engine.execute(ADMIN, new AssignRole(SCHOOL, HEAD.personId(), Role.HEAD));
        engine.execute(HEAD, new HireStaff(SCHOOL, TEACHER.personId(), "Петрова", "Мария", "Ивановна"));
        engine.identity().bind(HEAD, SCHOOL, Subject.of(idp.issuer().toString(), "sub-petrova"), TEACHER.personId());
    }

    @AfterEach
    void tearDown() {
        idp.close();
    }

    /** Sends the browser to the provider and returns the parameters of the callback it is redirected to. */
    private Map<String, String> browse(PendingSignIn pending) {
        try {
            HttpResponse<Void> response = browser.send(HttpRequest.newBuilder(pending.authorizationUri()).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).isEqualTo(302);
            URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
            assertThat(location.getPath()).isEqualTo(CALLBACK.getPath());
            Map<String, String> callback = new HashMap<>();
            URLUtils.parseParameters(location.getRawQuery()).forEach((name, values) -> callback.put(name, values.get(0)));
            return callback;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Actor signIn() {
        PendingSignIn pending = provider.start(CALLBACK);
        return engine.identity().signIn(SCHOOL, provider, pending, browse(pending));
    }

    private List<SignInAttempted> today() {
        return engine.identity().signIns(HEAD, SCHOOL, LocalDate.of(2026, 10, 12));
    }

    /** Asserts the sign-in is refused for that reason, recorded as such, and nothing is bound or changed. */
    private void assertRefused(ThrowingCallable signIn, SignInRefusal refusal, String... named) {
        long schoolVersion = store.version("school-" + SCHOOL);
        int recorded = today().size();

        assertThatThrownBy(signIn).isInstanceOfSatisfying(SignInRefusedException.class, e -> {
            assertThat(e.refusal()).isEqualTo(refusal);
            assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED);
            assertThat(e.getMessage()).contains(named);
        });
        assertThat(store.version("school-" + SCHOOL)).as("nothing bound or changed in the school").isEqualTo(schoolVersion);
        assertThat(engine.identity().bindings(HEAD, SCHOOL)).hasSize(1);
        assertThat(today()).hasSize(recorded + 1);
        assertThat(today().get(recorded).refusal()).contains(refusal);
    }

    @Nested
    @DisplayName("a sign-in that verifies")
    class Granted {

        @Test
        @DisplayName("the authorisation request asks for a code with PKCE S256, a state and a nonce, for the client")
        void authorisationRequestCarriesPkce() {
            PendingSignIn pending = provider.start(CALLBACK);
            Map<String, List<String>> query = URLUtils.parseParameters(pending.authorizationUri().getRawQuery());

            assertThat(pending.authorizationUri().getPath()).isEqualTo("/realms/ugra/authorize");
            assertThat(query.get("response_type")).containsExactly("code");
            assertThat(query.get("client_id")).containsExactly(LoopbackOidcProvider.CLIENT_ID);
            assertThat(query.get("scope")).containsExactly("openid profile");
            assertThat(query.get("state")).containsExactly(pending.state());
            assertThat(query.get("nonce")).containsExactly(pending.nonce());
            assertThat(query.get("code_challenge_method")).containsExactly("S256");
            assertThat(query.get("code_challenge").get(0)).isNotEqualTo(pending.codeVerifier());
            assertThat(pending.startedAt()).isEqualTo(MONDAY);
        }

        @Test
        @DisplayName("the stand-in approves the user a login_hint names (the web example's demo sign-in), as its subject")
        void loginHintNamesTheUser() {
            engine.identity().bind(HEAD, SCHOOL, Subject.of(idp.issuer().toString(), "sub-ivanov"), HEAD.personId());
            PendingSignIn pending = provider.start(CALLBACK);
            PendingSignIn hinted = new PendingSignIn(pending.issuer(),
                    URI.create(pending.authorizationUri() + "&login_hint=sub-ivanov"), pending.redirectUri(),
                    pending.state(), pending.nonce(), pending.codeVerifier(), pending.startedAt());

            assertThat(engine.identity().signIn(SCHOOL, provider, pending, browse(hinted))).isEqualTo(HEAD);
            assertThat(today()).singleElement().satisfies(a -> assertThat(a.subjectId()).contains("sub-ivanov"));
        }

        @Test
        @DisplayName("an RS256 ID token: the sign-in is the bound teacher's actor, recorded with the subject and its acr")
        void rs256SignsInAsTheBoundPerson() {
            assertThat(signIn()).isEqualTo(TEACHER);

            assertThat(today()).singleElement().satisfies(attempt -> {
                assertThat(attempt.granted()).isTrue();
                assertThat(attempt.issuer()).isEqualTo(idp.issuer().toString());
                assertThat(attempt.subjectId()).contains("sub-petrova");
                assertThat(attempt.personId()).contains("t-math");
                assertThat(attempt.assurance()).isEqualTo("urn:ugra:loa:substantial");
            });
        }

        @Test
        @DisplayName("an ES256 ID token verifies against the provider's EC key")
        void es256Verifies() {
            idp.algorithm = JWSAlgorithm.ES256;

            assertThat(signIn()).isEqualTo(TEACHER);
        }

        @Test
        @DisplayName("a public client sends no secret and relies on PKCE alone")
        void publicClient() {
            idp.publicClient = true;
            provider = OidcSignInProvider.discover(OidcSettings.of(idp.issuer(), LoopbackOidcProvider.CLIENT_ID), clock);

            assertThat(signIn()).isEqualTo(TEACHER);
        }

        @Test
        @DisplayName("a token issued within the clock skew of the journal's clock is accepted")
        void withinTheSkew() {
            idp.issuedAt = Optional.of(MONDAY.plusSeconds(30));

            assertThat(signIn()).isEqualTo(TEACHER);
        }
    }

    @Nested
    @DisplayName("each failure is refused with a clear error, recorded, and nothing bound")
    class Refused {

        @Test
        @DisplayName("a wrong signature: a token signed by a key the provider does not publish")
        void wrongSignature() {
            idp.rogueKey = Optional.of(LoopbackOidcProvider.forgersKey());

            assertRefused(OidcSignInTest.this::signIn, SignInRefusal.TOKEN_SIGNATURE, "does not verify",
                    "key id 'rsa-1'");
        }

        @Test
        @DisplayName("an expired token")
        void expiredToken() {
            idp.issuedAt = Optional.of(MONDAY.minus(Duration.ofMinutes(7)));

            assertRefused(OidcSignInTest.this::signIn, SignInRefusal.TOKEN_EXPIRED, "expired at 2026-10-12T04:58:00Z");
        }

        @Test
        @DisplayName("a token issued in the future beyond the clock skew")
        void tokenFromTheFuture() {
            idp.issuedAt = Optional.of(MONDAY.plus(Duration.ofMinutes(3)));

            assertRefused(OidcSignInTest.this::signIn, SignInRefusal.TOKEN_EXPIRED, "issued at 2026-10-12T05:03:00Z");
        }

        @Test
        @DisplayName("a token for another audience")
        void anotherAudience() {
            idp.audience = Optional.of("another-client");

            assertRefused(OidcSignInTest.this::signIn, SignInRefusal.TOKEN_AUDIENCE, "[another-client]",
                    "school-journal");
        }

        @Test
        @DisplayName("a token of another issuer")
        void anotherIssuer() {
            idp.tokenIssuer = Optional.of("https://evil.example/");

            assertRefused(OidcSignInTest.this::signIn, SignInRefusal.TOKEN_ISSUER, "https://evil.example/");
        }

        @Test
        @DisplayName("a foreign state: the callback of another sign-in")
        void foreignState() {
            PendingSignIn mine = provider.start(CALLBACK);
            PendingSignIn theirs = provider.start(CALLBACK);
            Map<String, String> theirCallback = browse(theirs);

            assertRefused(() -> engine.identity().signIn(SCHOOL, provider, mine, theirCallback), SignInRefusal.STATE,
                    theirs.state(), "not this sign-in's");
        }

        @Test
        @DisplayName("a replayed state: the same callback finished twice")
        void replayedState() {
            PendingSignIn pending = provider.start(CALLBACK);
            Map<String, String> callback = browse(pending);
            assertThat(engine.identity().signIn(SCHOOL, provider, pending, callback)).isEqualTo(TEACHER);

            assertRefused(() -> engine.identity().signIn(SCHOOL, provider, pending, callback), SignInRefusal.STATE,
                    "finished already");
        }

        @Test
        @DisplayName("a wrong nonce: the token of another sign-in")
        void wrongNonce() {
            idp.nonce = Optional.of("someone-elses-nonce");

            assertRefused(OidcSignInTest.this::signIn, SignInRefusal.TOKEN_NONCE, "someone-elses-nonce");
        }

        @Test
        @DisplayName("a wrong PKCE verifier: the provider refuses the code")
        void wrongPkceVerifier() {
            PendingSignIn pending = provider.start(CALLBACK);
            Map<String, String> callback = browse(pending);
            PendingSignIn tampered = new PendingSignIn(pending.issuer(), pending.authorizationUri(), pending.redirectUri(),
                    pending.state(), pending.nonce(), pending.codeVerifier() + "x", pending.startedAt());

            assertRefused(() -> engine.identity().signIn(SCHOOL, provider, tampered, callback),
                    SignInRefusal.CODE_EXCHANGE, "invalid_grant", "PKCE");
        }

        @Test
        @DisplayName("a confidential client that sends no secret: the provider refuses the client")
        void missingClientSecret() {
            provider = OidcSignInProvider.discover(OidcSettings.of(idp.issuer(), LoopbackOidcProvider.CLIENT_ID), clock);

            assertRefused(OidcSignInTest.this::signIn, SignInRefusal.CODE_EXCHANGE, "invalid_client");
        }

        @Test
        @DisplayName("a sign-in finished after its lifetime")
        void expiredSignIn() {
            PendingSignIn pending = provider.start(CALLBACK);
            Map<String, String> callback = browse(pending);
            clock.advance(Duration.ofMinutes(11));

            assertRefused(() -> engine.identity().signIn(SCHOOL, provider, pending, callback),
                    SignInRefusal.EXPIRED_SIGN_IN, "until 2026-10-12T05:10:00Z");
        }

        @Test
        @DisplayName("the provider's error on the callback, such as a user who declined")
        void providerError() {
            PendingSignIn pending = provider.start(CALLBACK);

            assertRefused(() -> engine.identity().signIn(SCHOOL, provider, pending, Map.of("error", "access_denied",
                    "error_description", "user declined", "state", pending.state())), SignInRefusal.PROVIDER_ERROR,
                    "access_denied", "user declined");
        }

        @Test
        @Tag("PD-3")
        @DisplayName("PD-3: an unknown subject: verified by the provider, bound to no one in the school")
        void unknownSubject() {
            idp.user = "sub-stranger";

            assertRefused(OidcSignInTest.this::signIn, SignInRefusal.UNKNOWN_SUBJECT, "sub-stranger");
            assertThat(today().get(0).subjectId()).contains("sub-stranger");
        }

        @Test
        @Tag("PD-4")
        @DisplayName("PD-4: a blocked account: the bound teacher's compromise was reported")
        void blockedAccount() {
            engine.compromises().report(HEAD, new ReportCompromise(SCHOOL, TEACHER.personId(), MONDAY.minusSeconds(600),
                    MONDAY.minusSeconds(300), "пароль стал известен постороннему лицу"));

            assertRefused(OidcSignInTest.this::signIn, SignInRefusal.BLOCKED_ACCOUNT, "t-math", "PD-4");
        }
    }
}
