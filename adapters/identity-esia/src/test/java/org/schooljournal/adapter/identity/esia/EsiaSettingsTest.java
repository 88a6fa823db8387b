package org.schooljournal.adapter.identity.esia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.security.PublicKey;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The settings of the ЕСИА adapter: endpoints under the base, and each bad setting refused by name. */
@Tag("ACC-6")
@DisplayName("ACC-6: ЕСИА's settings: today's endpoints, and a bad setting refused by name")
class EsiaSettingsTest {

    private static final List<PublicKey> KEYS = List.of(EsiaTestPki.gostKeys(256).getPublic());
    private static final URI ESIA = URI.create("https://esia.gosuslugi.ru");

    @Test
    @DisplayName("the endpoints are /aas/oauth2/v2/ac and /aas/oauth2/v3/te under the base, with or without its slash")
    void endpoints() {
        EsiaSettings settings = EsiaSettings.of(ESIA, "SCHOOLJOURNAL", "openid", "A1", KEYS);

        assertThat(settings.authorizationEndpoint()).hasToString("https://esia.gosuslugi.ru/aas/oauth2/v2/ac");
        assertThat(EsiaSettings.of(URI.create("https://esia.gosuslugi.ru/"), "SCHOOLJOURNAL", "openid", "A1", KEYS)
                .tokenEndpoint()).hasToString("https://esia.gosuslugi.ru/aas/oauth2/v3/te");
        assertThat(settings.tokenIssuer()).isEqualTo("http://esia.gosuslugi.ru/");
    }

    @Test
    @DisplayName("a scope without openid, a blank client id, no token key or a relative base is refused, naming it")
    void badSettings() {
        assertThatThrownBy(() -> EsiaSettings.of(ESIA, "SCHOOLJOURNAL", "fullname", "A1", KEYS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scope 'fullname'");
        assertThatThrownBy(() -> EsiaSettings.of(ESIA, " ", "openid", "A1", KEYS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clientId ' '");
        assertThatThrownBy(() -> EsiaSettings.of(ESIA, "SCHOOLJOURNAL", "openid", "A1", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tokenKeys");
        assertThatThrownBy(() -> EsiaSettings.of(URI.create("/esia"), "SCHOOLJOURNAL", "openid", "A1", KEYS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("base '/esia'");
    }

    @Test
    @DisplayName("a token key that is neither GOST R 34.10-2012 nor RSA is refused CONFIGURATION, naming its algorithm")
    void foreignTokenKey() throws Exception {
        java.security.KeyPairGenerator ec = java.security.KeyPairGenerator.getInstance("EC");
        ec.initialize(256);
        EsiaSettings settings = EsiaSettings.of(ESIA, "SCHOOLJOURNAL", "openid", "A1",
                List.of(ec.generateKeyPair().getPublic()));

        assertThatThrownBy(() -> new EsiaSignInProvider(settings, EsiaTestPki.rawSigner(
                EsiaTestPki.ca("УЦ", java.time.Instant.parse("2026-10-12T05:00:00Z"))), java.time.Clock.systemUTC()))
                .isInstanceOfSatisfying(org.schooljournal.spi.JournalException.class,
                        e -> assertThat(e.code()).isEqualTo(org.schooljournal.spi.ErrorCode.CONFIGURATION))
                .hasMessageContaining("token key of algorithm EC");
    }
}
