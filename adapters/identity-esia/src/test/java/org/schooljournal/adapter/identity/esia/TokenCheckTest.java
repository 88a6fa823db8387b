package org.schooljournal.adapter.identity.esia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.bouncycastle.crypto.digests.GOST3411_2012_256Digest;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.ECGOST3410_2012Signer;
import org.bouncycastle.jcajce.provider.asymmetric.util.ECUtil;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.adapter.tck.MovingClock;
import org.schooljournal.spi.identity.SignInRefusal;
import org.schooljournal.spi.identity.SignInRefusedException;

/**
 * The byte order of a GOST-signed ЕСИА token, pinned with BouncyCastle's low-level signer rather
 * than the JCA signature the adapter verifies with: the JWS signature is {@code s || r}, each 32
 * bytes big-endian, over the Streebog-256 digest of the signing input read as GOST R 34.10-2012
 * reads it (the digest's bytes reversed into the number e) — the form of a GOST signature value
 * in CMS, which OpenSSL's GOST engine verifies too. And what is never accepted: {@code alg: none}.
 */
@Tag("ACC-6")
@DisplayName("ACC-6: ЕСИА's GOST token signature: s || r big-endian over Streebog-256, pinned; alg none refused")
class TokenCheckTest {

    private static final Instant NOW = Instant.parse("2026-10-12T05:00:00Z");
    private static final KeyPair ESIA = EsiaTestPki.gostKeys(256);
    private static final TokenCheck CHECK = new TokenCheck(new EsiaSettings(URI.create("https://esia.example"),
            "SCHOOLJOURNAL", "openid", "", "A1", List.of(ESIA.getPublic()), EsiaSettings.ISSUER, ZoneOffset.UTC,
            EsiaSettings.SIGN_IN_LIFETIME, EsiaSettings.CLOCK_SKEW, EsiaSettings.TIMEOUT), new MovingClock(NOW));

    private static String part(Map<String, Object> json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                JSONObjectUtils.toJSONString(json).getBytes(StandardCharsets.UTF_8));
    }

    private static String input(String algorithm) {
        return part(Map.of("alg", algorithm, "typ", "JWT")) + "." + part(Map.of("iss", EsiaSettings.ISSUER,
                "client_id", "SCHOOLJOURNAL", "urn:esia:sbj_id", 1000321L, "iat", NOW.getEpochSecond(),
                "exp", NOW.getEpochSecond() + 3600));
    }

    /** Signs with the low-level signer and lays out the pair in that order. */
    private static String signed(String input, boolean sThenR) throws Exception {
        byte[] message = input.getBytes(StandardCharsets.US_ASCII);
        GOST3411_2012_256Digest streebog = new GOST3411_2012_256Digest();
        streebog.update(message, 0, message.length);
        byte[] digest = new byte[32];
        streebog.doFinal(digest, 0);
        ECGOST3410_2012Signer signer = new ECGOST3410_2012Signer();
        signer.init(true, new ParametersWithRandom(ECUtil.generatePrivateKeyParameter(ESIA.getPrivate()),
                new SecureRandom()));
        BigInteger[] rs = signer.generateSignature(digest); // reverses the digest into e itself
        byte[] signature = new byte[64];
        copy(sThenR ? rs[1] : rs[0], signature, 0);
        copy(sThenR ? rs[0] : rs[1], signature, 32);
        return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    private static void copy(BigInteger value, byte[] into, int at) {
        byte[] bytes = value.toByteArray();
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, into, at + 32 - length, length);
    }

    @Test
    @DisplayName("s || r, big-endian, over Streebog-256 of the signing input, verifies")
    void sThenRVerifies() throws Exception {
        assertThat(CHECK.verify(signed(input("GOST3410_2012_256"), true)).subject().id()).isEqualTo("1000321");
    }

    @Test
    @DisplayName("r || s, the other order, is refused TOKEN_SIGNATURE")
    void rThenSIsRefused() throws Exception {
        String token = signed(input("GOST3410_2012_256"), false);

        assertThatThrownBy(() -> CHECK.verify(token)).isInstanceOfSatisfying(SignInRefusedException.class,
                e -> assertThat(e.refusal()).isEqualTo(SignInRefusal.TOKEN_SIGNATURE));
    }

    @Test
    @DisplayName("an unsigned token (alg none) is never accepted")
    void unsignedTokenIsRefused() {
        String token = part(Map.of("alg", "none")) + "." + input("none").split("\\.")[1] + ".";

        assertThatThrownBy(() -> CHECK.verify(token)).isInstanceOfSatisfying(SignInRefusedException.class,
                e -> assertThat(e.refusal()).isIn(SignInRefusal.TOKEN_MALFORMED, SignInRefusal.TOKEN_SIGNATURE));
    }

    @Test
    @DisplayName("an HS256 token, signed with a shared secret, is refused naming the algorithm")
    void hmacIsRefused() {
        String token = input("HS256") + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32]);

        assertThatThrownBy(() -> CHECK.verify(token)).isInstanceOfSatisfying(SignInRefusedException.class,
                e -> assertThat(e.refusal()).isEqualTo(SignInRefusal.TOKEN_SIGNATURE))
                .hasMessageContaining("'HS256' is not accepted");
    }
}
