package org.schooljournal.adapter.identity.esia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.adapter.signature.gost.Pkcs12Signer;
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
import org.schooljournal.spi.signature.Signer;

/**
 * Sign-in through an ЕСИА stand-in on loopback (ACC-6): the journal's client_secret is signed by
 * signature-gost's {@link Pkcs12Signer} with a GOST key and a certificate of a test CA made at test
 * time; the browser's round trip is made with the JDK's HTTP client, which follows no redirect, so
 * the test reads the callback the stand-in sends the browser to; the engine is a real one over the
 * in-memory store.
 */
@Tag("ACC-6")
@DisplayName("ACC-6: sign-in through an ЕСИА stand-in on loopback becomes the bound person's actor; every failure is refused and recorded")
class EsiaSignInTest {

    private static final String SCHOOL = "86-001";
    private static final Actor ADMIN = Actor.of("admin");
    private static final Actor HEAD = Actor.of("head");
    private static final Actor TEACHER = Actor.of("t-math");
    private static final URI CALLBACK = URI.create("https://journal.school.example/sign-in/esia");
    /** Monday 12 October 2026, 10:00 in Yekaterinburg. */
    private static final Instant MONDAY = Instant.parse("2026-10-12T05:00:00Z");
    private static final Duration YEAR = Duration.ofDays(365);

    private static final EsiaTestPki.Identity CA = EsiaTestPki.ca("Тестовый УЦ", MONDAY);
    private static final EsiaTestPki.Identity JOURNAL = EsiaTestPki.issue(CA, "Школьный журнал",
            MONDAY.minus(YEAR), MONDAY.plus(YEAR));

    @TempDir
    Path files;

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private MovingClock clock;
    private EsiaStandIn esia;
    private EsiaSignInProvider provider;
    private InMemoryEventStore store;
    private JournalEngine engine;

    @BeforeEach
    void setUp() {
        clock = new MovingClock(MONDAY);
        esia = EsiaStandIn.start(clock, CA.certificate());
        provider = provider(journalSigner(), JOURNAL, clock);
        store = new InMemoryEventStore();
        engine = JournalEngine.builder().eventStore(store).clock(clock).build();
        engine.execute(ADMIN, new RegisterSchool(SCHOOL, "МБОУ «Средняя школа № 1»", SchoolCalendar.YUGRA));
        engine.execute(ADMIN, new AssignRole(SCHOOL, HEAD.personId(), Role.HEAD));
        engine.execute(HEAD, new HireStaff(SCHOOL, TEACHER.personId(), "Петрова", "Мария", "Ивановна"));
        engine.identity().bind(HEAD, SCHOOL, Subject.of(esia.issuer(), "1000321"), TEACHER.personId());
    }

    @AfterEach
    void tearDown() {
        esia.close();
    }

    private Signer journalSigner() {
        return Pkcs12Signer.open(EsiaTestPki.pkcs12(files.resolve("journal.p12"), JOURNAL, CA), EsiaTestPki.PASSWORD,
                clock);
    }

    private EsiaSignInProvider provider(Signer signer, EsiaTestPki.Identity certificate, Clock providerClock) {
        return new EsiaSignInProvider(EsiaSettings.of(esia.base(), EsiaStandIn.CLIENT_ID, "openid fullname",
                EsiaTestPki.certificateHash(certificate.certificate()), esia.tokenKeys())
                .withTokenIssuer(esia.issuer()).withZone(ZoneOffset.ofHours(5)), signer, providerClock);
    }

    /** Sends the browser to ЕСИА and returns the parameters of the callback it is redirected to. */
    private Map<String, String> browse(URI authorizationRequest) {
        try {
            HttpResponse<Void> response = browser.send(HttpRequest.newBuilder(authorizationRequest).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).isEqualTo(302);
            URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
            assertThat(location.getPath()).isEqualTo(CALLBACK.getPath());
            return EsiaStandIn.parameters(location.getRawQuery());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Actor signIn() {
        PendingSignIn pending = provider.start(CALLBACK);
        return engine.identity().signIn(SCHOOL, provider, pending, browse(pending.authorizationUri()));
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
        assertThat(today().get(recorded).granted()).isFalse();
    }

    /** A signer that signs other bytes than it is given: its signature does not verify over the request. */
    private static Signer signingOtherBytes(Signer signer) {
        return new Signer() {
            @Override
            public String signatory() {
                return signer.signatory();
            }

            @Override
            public String algorithm() {
                return signer.algorithm();
            }

            @Override
            public byte[] sign(InputStream content) {
                return signer.sign(new SequenceInputStream(content, new ByteArrayInputStream(new byte[] {'x'})));
            }
        };
    }

    @Nested
    @DisplayName("a sign-in that verifies")
    class Granted {

        @Test
        @DisplayName("the authorisation request goes to /aas/oauth2/v2/ac with the client, a signed secret, a UUID state and the timestamp")
        void authorisationRequest() {
            PendingSignIn pending = provider.start(CALLBACK);
            Map<String, String> query = EsiaStandIn.parameters(pending.authorizationUri().getRawQuery());

            assertThat(pending.authorizationUri().getPath()).isEqualTo("/aas/oauth2/v2/ac");
            assertThat(query).containsEntry("client_id", EsiaStandIn.CLIENT_ID)
                    .containsEntry("scope", "openid fullname")
                    .containsEntry("response_type", "code")
                    .containsEntry("access_type", "online")
                    .containsEntry("state", pending.state())
                    .containsEntry("timestamp", "2026.10.12 10:00:00 +0500")
                    .containsEntry("redirect_uri", CALLBACK.toString())
                    .containsEntry("client_certificate_hash", EsiaTestPki.certificateHash(JOURNAL.certificate()));
            assertThat(java.util.UUID.fromString(pending.state()).toString()).isEqualTo(pending.state());
            assertThat(query.get("client_secret")).matches("[A-Za-z0-9_-]+");
            assertThat(pending.nonce()).isEmpty();
            assertThat(pending.codeVerifier()).isEmpty();
            assertThat(pending.startedAt()).isEqualTo(MONDAY);
        }

        @Test
        @DisplayName("a GOST3410_2012_256 token: the sign-in is the bound teacher's actor, recorded with urn:esia:sbj_id and acr")
        void gost256SignsInAsTheBoundPerson() {
            assertThat(signIn()).isEqualTo(TEACHER);

            assertThat(today()).singleElement().satisfies(attempt -> {
                assertThat(attempt.granted()).isTrue();
                assertThat(attempt.issuer()).isEqualTo(esia.issuer());
                assertThat(attempt.subjectId()).contains("1000321");
                assertThat(attempt.personId()).contains("t-math");
                assertThat(attempt.assurance()).isEqualTo("urn:esia:loa:verified");
            });
        }

        @Test
        @DisplayName("a GOST3410_2012_512 token verifies against ЕСИА's 512-bit key")
        void gost512Verifies() {
            esia.algorithm = "GOST3410_2012_512";

            assertThat(signIn()).isEqualTo(TEACHER);
        }

        @Test
        @DisplayName("an RS256 token verifies against ЕСИА's RSA key")
        void rs256Verifies() {
            esia.algorithm = "RS256";

            assertThat(signIn()).isEqualTo(TEACHER);
        }
    }

    @Nested
    @DisplayName("each failure is refused with a clear error, recorded, and nothing bound")
    class Refused {

        @Test
        @DisplayName("a wrong client_secret signature: signed over other bytes than the request's")
        void wrongSignature() {
            provider = provider(signingOtherBytes(journalSigner()), JOURNAL, clock);

            assertRefused(EsiaSignInTest.this::signIn, SignInRefusal.PROVIDER_ERROR, "invalid_request",
                    "client_secret signature does not verify");
        }

        @Test
        @DisplayName("a wrong concatenation order: the secret signs ЕСИА's old order scope + timestamp + client_id + state")
        void wrongConcatenationOrder() {
            PendingSignIn pending = provider.start(CALLBACK);
            Map<String, String> query = EsiaStandIn.parameters(pending.authorizationUri().getRawQuery());
            query.put("client_secret", ClientSecret.sign(journalSigner(), query.get("scope") + query.get("timestamp")
                    + query.get("client_id") + query.get("state")));
            URI reordered = URI.create(esia.base() + "/aas/oauth2/v2/ac?" + EsiaStandIn.form(query));

            assertRefused(() -> engine.identity().signIn(SCHOOL, provider, pending, browse(reordered)),
                    SignInRefusal.PROVIDER_ERROR, "client_secret signature does not verify");
        }

        @Test
        @DisplayName("an expired client certificate")
        void expiredCertificate() {
            EsiaTestPki.Identity expired = EsiaTestPki.issue(CA, "Школьный журнал", MONDAY.minus(YEAR.multipliedBy(2)),
                    MONDAY.minus(YEAR));
            provider = provider(EsiaTestPki.rawSigner(expired), expired, clock);

            assertRefused(EsiaSignInTest.this::signIn, SignInRefusal.PROVIDER_ERROR, "expired or not yet valid");
        }

        @Test
        @DisplayName("an untrusted client certificate: issued by a certification centre ЕСИА does not trust")
        void untrustedCertificate() {
            EsiaTestPki.Identity rogueCa = EsiaTestPki.ca("Чужой УЦ", MONDAY);
            EsiaTestPki.Identity untrusted = EsiaTestPki.issue(rogueCa, "Школьный журнал", MONDAY.minus(YEAR),
                    MONDAY.plus(YEAR));
            provider = provider(Pkcs12Signer.open(EsiaTestPki.pkcs12(files.resolve("rogue.p12"), untrusted, rogueCa),
                    EsiaTestPki.PASSWORD, clock), untrusted, clock);

            assertRefused(EsiaSignInTest.this::signIn, SignInRefusal.PROVIDER_ERROR, "untrusted");
        }

        @Test
        @DisplayName("a replayed state: the same callback finished twice")
        void replayedState() {
            PendingSignIn pending = provider.start(CALLBACK);
            Map<String, String> callback = browse(pending.authorizationUri());
            assertThat(engine.identity().signIn(SCHOOL, provider, pending, callback)).isEqualTo(TEACHER);

            assertRefused(() -> engine.identity().signIn(SCHOOL, provider, pending, callback), SignInRefusal.STATE,
                    "finished already");
        }

        @Test
        @DisplayName("a foreign state: the callback of another sign-in")
        void foreignState() {
            PendingSignIn mine = provider.start(CALLBACK);
            PendingSignIn theirs = provider.start(CALLBACK);
            Map<String, String> theirCallback = browse(theirs.authorizationUri());

            assertRefused(() -> engine.identity().signIn(SCHOOL, provider, mine, theirCallback), SignInRefusal.STATE,
                    theirs.state(), "not this sign-in's");
        }

        @Test
        @DisplayName("a skewed timestamp: the journal's clock ten minutes ahead of ЕСИА's")
        void skewedTimestamp() {
            provider = provider(journalSigner(), JOURNAL, Clock.offset(clock, Duration.ofMinutes(10)));

            assertRefused(EsiaSignInTest.this::signIn, SignInRefusal.PROVIDER_ERROR,
                    "timestamp 2026.10.12 10:10:00 +0500 is more than PT5M off");
        }

        @Test
        @DisplayName("an expired token")
        void expiredToken() {
            esia.issuedAt = Optional.of(MONDAY.minus(Duration.ofMinutes(62)));

            assertRefused(EsiaSignInTest.this::signIn, SignInRefusal.TOKEN_EXPIRED, "expired at 2026-10-12T04:58:00Z");
        }

        @Test
        @DisplayName("a token for another audience")
        void anotherAudience() {
            esia.audience = Optional.of("ANOTHERSYSTEM");

            assertRefused(EsiaSignInTest.this::signIn, SignInRefusal.TOKEN_AUDIENCE, "[ANOTHERSYSTEM]",
                    EsiaStandIn.CLIENT_ID);
        }

        @Test
        @DisplayName("a token of another issuer")
        void anotherIssuer() {
            esia.tokenIssuer = Optional.of("http://evil.example/");

            assertRefused(EsiaSignInTest.this::signIn, SignInRefusal.TOKEN_ISSUER, "http://evil.example/",
                    esia.issuer());
        }

        @Test
        @DisplayName("a sign-in finished after its lifetime")
        void expiredSignIn() {
            PendingSignIn pending = provider.start(CALLBACK);
            Map<String, String> callback = browse(pending.authorizationUri());
            clock.advance(Duration.ofMinutes(11));

            assertRefused(() -> engine.identity().signIn(SCHOOL, provider, pending, callback),
                    SignInRefusal.EXPIRED_SIGN_IN, "until 2026-10-12T05:10:00Z");
        }

        @Test
        @DisplayName("a token signed by another key than ЕСИА's")
        void anotherKey() {
            esia.rogueKey = Optional.of(EsiaTestPki.gostKeys(256));

            assertRefused(EsiaSignInTest.this::signIn, SignInRefusal.TOKEN_SIGNATURE,
                    "GOST3410_2012_256 signature does not verify");
        }

        @Test
        @DisplayName("an RS256 token signed by another key than ЕСИА's")
        void anotherRsaKey() {
            esia.algorithm = "RS256";
            esia.rogueKey = Optional.of(EsiaTestPki.rsaKeys());

            assertRefused(EsiaSignInTest.this::signIn, SignInRefusal.TOKEN_SIGNATURE, "RS256 signature does not verify");
        }

        @Test
        @DisplayName("ЕСИА's error on the callback, such as a user who declined")
        void providerError() {
            PendingSignIn pending = provider.start(CALLBACK);

            assertRefused(() -> engine.identity().signIn(SCHOOL, provider, pending, Map.of("error", "access_denied",
                    "error_description", "ESIA-007014: the user declined", "state", pending.state())),
                    SignInRefusal.PROVIDER_ERROR, "access_denied", "ESIA-007014");
        }

        @Test
        @Tag("PD-3")
        @DisplayName("PD-3: an unknown subject: verified by ЕСИА, bound to no one in the school")
        void unknownSubject() {
            esia.user = "1000999";

            assertRefused(EsiaSignInTest.this::signIn, SignInRefusal.UNKNOWN_SUBJECT, "1000999");
            assertThat(today().get(0).subjectId()).contains("1000999");
        }

        @Test
        @Tag("PD-4")
        @DisplayName("PD-4: a blocked account: the bound teacher's compromise was reported")
        void blockedAccount() {
            engine.compromises().report(HEAD, new ReportCompromise(SCHOOL, TEACHER.personId(), MONDAY.minusSeconds(600),
                    MONDAY.minusSeconds(300), "пароль стал известен постороннему лицу"));

            assertRefused(EsiaSignInTest.this::signIn, SignInRefusal.BLOCKED_ACCOUNT, "t-math", "PD-4");
        }
    }
}
