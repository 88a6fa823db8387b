package org.schooljournal.adapter.identity.esia;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.spi.signature.Signer;

/**
 * Known answers of ЕСИА's {@code client_secret} (ACC-6): the timestamp's format and the order of
 * the concatenation, pinned as the reference client {@code ilimurzin/esia} builds them.
 */
@Tag("ACC-6")
@DisplayName("ACC-6: ЕСИА's client_secret: the timestamp and the concatenation, pinned")
class ClientSecretTest {

    private static final PublicKey ESIA_KEY = EsiaTestPki.gostKeys(256).getPublic();
    private static final EsiaSettings SETTINGS = new EsiaSettings(URI.create("https://esia.gosuslugi.ru"),
            "SCHOOLJOURNAL", "openid fullname", "org_inf", "A1B2", List.of(ESIA_KEY), EsiaSettings.ISSUER,
            ZoneOffset.ofHours(5), EsiaSettings.SIGN_IN_LIFETIME, EsiaSettings.CLOCK_SKEW, EsiaSettings.TIMEOUT);
    private static final URI CALLBACK = URI.create("https://journal.example/cb");

    @Test
    @DisplayName("the timestamp is yyyy.MM.dd HH:mm:ss Z at the configured offset")
    void timestamp() {
        Instant monday = Instant.parse("2026-10-12T05:00:00Z");

        assertThat(ClientSecret.timestamp(monday, ZoneOffset.ofHours(5))).isEqualTo("2026.10.12 10:00:00 +0500");
        assertThat(ClientSecret.timestamp(monday, ZoneOffset.UTC)).isEqualTo("2026.10.12 05:00:00 +0000");
        assertThat(ClientSecret.timestamp(Instant.parse("2027-01-02T03:04:05Z"), ZoneOffset.ofHours(3)))
                .isEqualTo("2027.01.02 06:04:05 +0300");
    }

    @Test
    @DisplayName("/v2/ac signs client_id + scope + scope_org + timestamp + state + redirect_uri")
    void authorisationConcatenation() {
        assertThat(ClientSecret.ofAuthorization(SETTINGS, "2026.10.12 10:00:00 +0500", "st-1", CALLBACK))
                .isEqualTo("SCHOOLJOURNALopenid fullnameorg_inf2026.10.12 10:00:00 +0500st-1https://journal.example/cb");
    }

    @Test
    @DisplayName("/v3/te signs the same, then the code")
    void tokenConcatenation() {
        assertThat(ClientSecret.ofToken(SETTINGS, "2026.10.12 10:00:00 +0500", "st-2", CALLBACK, "code-9"))
                .isEqualTo("SCHOOLJOURNALopenid fullnameorg_inf2026.10.12 10:00:00 +0500st-2https://journal.example/cbcode-9");
    }

    @Test
    @DisplayName("the secret is the signer's signature of the message's UTF-8 bytes, Base64 URL-safe without padding")
    void signatureIsBase64UrlSafe() {
        ByteArrayOutputStream signed = new ByteArrayOutputStream();
        Signer signer = new Signer() {
            @Override
            public String signatory() {
                return "CN=test";
            }

            @Override
            public String algorithm() {
                return "test";
            }

            @Override
            public byte[] sign(InputStream content) {
                try {
                    content.transferTo(signed);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return new byte[] {(byte) 0xFB, (byte) 0xFF, (byte) 0xBF, 0x01};
            }
        };

        assertThat(ClientSecret.sign(signer, "Журнал")).isEqualTo("-_-_AQ");
        assertThat(signed.toString(StandardCharsets.UTF_8)).isEqualTo("Журнал");
    }
}
