package org.schooljournal.adapter.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.spi.Bootstrap;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.identity.SignInProvider;
import org.schooljournal.spi.identity.SignInProviderFactory;

@Tag("ACC-6")
@DisplayName("ACC-6: the OpenID Connect provider is discovered, and its settings and metadata are checked, naming what is wrong")
class OidcSignInProviderFactoryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-12T05:00:00Z"), ZoneOffset.UTC);

    private static JournalException configurationError(Runnable action) {
        try {
            action.run();
        } catch (JournalException e) {
            return e;
        }
        throw new AssertionError("no JournalException");
    }

    @Test
    @DisplayName("Bootstrap finds the factory as provider 'oidc' of port 'identity'; it discovers the provider from the issuer")
    void discoveredByBootstrap() {
        SignInProviderFactory factory = Bootstrap.find(SignInProviderFactory.PORT, SignInProviderFactory.class,
                Optional.of("oidc"), getClass().getClassLoader());

        assertThat(factory).isInstanceOf(OidcSignInProviderFactory.class);
        try (LoopbackOidcProvider idp = LoopbackOidcProvider.start(CLOCK)) {
            SignInProvider provider = factory.create(Map.of("issuer", idp.issuer().toString(), "client-id",
                    LoopbackOidcProvider.CLIENT_ID, "client-secret", LoopbackOidcProvider.CLIENT_SECRET));
            assertThat(provider.issuer()).isEqualTo(idp.issuer().toString());
            assertThat(provider.start(URI.create("https://app/cb")).authorizationUri().toString())
                    .startsWith(idp.issuer() + "/authorize?");
        }
    }

    @Test
    @DisplayName("an unknown or missing setting is CONFIGURATION, naming it")
    void settingsAreChecked() {
        SignInProviderFactory factory = new OidcSignInProviderFactory();

        JournalException unknown = configurationError(() -> factory.create(Map.of("issuer", "https://idp",
                "client-id", "c", "clientid", "c")));
        assertThat(unknown.code()).isEqualTo(ErrorCode.CONFIGURATION);
        assertThat(unknown.getMessage()).contains("[clientid]");
        assertThat(configurationError(() -> factory.create(Map.of("issuer", "https://idp"))).getMessage())
                .contains("needs setting 'client-id'");
        assertThat(configurationError(() -> factory.create(Map.of("issuer", "https://idp", "client-id", "c",
                "scope", "profile"))).getMessage()).contains("scope 'profile' must include openid");
    }

    @Test
    @DisplayName("metadata naming another issuer is CONFIGURATION; an unreachable provider is STORAGE")
    void metadataAndReachAreChecked() {
        OidcSettings settings = OidcSettings.of(URI.create("https://sso.example/realms/ugra"), "c");
        String foreign = "{\"issuer\":\"https://evil.example\",\"authorization_endpoint\":\"https://evil.example/a\","
                + "\"token_endpoint\":\"https://evil.example/t\",\"jwks_uri\":\"https://evil.example/j\","
                + "\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"],"
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}";

        JournalException wrongIssuer = configurationError(() -> OidcSignInProvider.of(settings, CLOCK, foreign));
        assertThat(wrongIssuer.code()).isEqualTo(ErrorCode.CONFIGURATION);
        assertThat(wrongIssuer.getMessage()).contains("https://evil.example", "https://sso.example/realms/ugra");

        URI gone;
        try (LoopbackOidcProvider idp = LoopbackOidcProvider.start(CLOCK)) {
            gone = idp.issuer();
        }
        JournalException unreachable = configurationError(() -> OidcSignInProvider.discover(
                OidcSettings.of(gone, "c"), CLOCK));
        assertThat(unreachable.code()).isEqualTo(ErrorCode.STORAGE);
        assertThat(unreachable.getMessage()).contains(gone.toString());
    }

    @Test
    @DisplayName("settings hide the client secret and refuse what cannot work")
    void settingsValues() {
        OidcSettings settings = OidcSettings.of(URI.create("https://sso.example/realms/ugra"), "c").withClientSecret("top");

        assertThat(settings.toString()).contains("confidential").doesNotContain("top");
        assertThatThrownBy(() -> OidcSettings.of(URI.create("/relative"), "c")).hasMessageContaining("absolute");
        assertThatThrownBy(() -> OidcSettings.of(URI.create("https://idp"), " ")).hasMessageContaining("clientId");
    }
}
