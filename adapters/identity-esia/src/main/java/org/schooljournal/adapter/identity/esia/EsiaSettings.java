package org.schooljournal.adapter.identity.esia;

import java.net.URI;
import java.security.PublicKey;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * How the journal signs in through ЕСИА (ACC-6): where ЕСИА is, the information system the
 * journal is registered as there (its мнемоника and the hash of its certificate), what it asks
 * for, whose keys sign ЕСИА's tokens, and the limits of a sign-in.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param base ЕСИА's address, such as {@code https://esia.gosuslugi.ru} (or the test one,
 *     {@code https://esia-portal1.test.gosuslugi.ru}); the endpoints {@code /aas/oauth2/v2/ac} and
 *     {@code /aas/oauth2/v3/te} are under it
 * @param clientId the journal's мнемоника in ЕСИА ({@code client_id})
 * @param scope the scopes asked for, space-separated, such as {@code openid fullname}; must include
 *     {@code openid}
 * @param scopeOrg the organisation's scopes ({@code scope_org}), space-separated; usually empty
 * @param clientCertificateHash the hash of the journal's certificate as ЕСИА's utility computes it
 *     ({@code client_certificate_hash}), sent with every request
 * @param tokenKeys the keys ЕСИА signs its tokens with: GOST R 34.10-2012 (256 or 512) or RSA, from
 *     ЕСИА's published certificates; at least one
 * @param tokenIssuer the issuer ЕСИА's tokens name, {@value #ISSUER} in production
 * @param zone the offset of the request's {@code timestamp}
 * @param signInLifetime how long a started sign-in may be finished
 * @param clockSkew how far ЕСИА's clock may be from the journal's, for a token's times
 * @param timeout how long to wait for ЕСИА at the token request
 */
public record EsiaSettings(URI base, String clientId, String scope, String scopeOrg, String clientCertificateHash,
        List<PublicKey> tokenKeys, String tokenIssuer, ZoneOffset zone, Duration signInLifetime, Duration clockSkew,
        Duration timeout) {

    /** The issuer of production ЕСИА's tokens. */
    public static final String ISSUER = "http://esia.gosuslugi.ru/";

    /** The lifetime of a sign-in unless set: 10 minutes. */
    public static final Duration SIGN_IN_LIFETIME = Duration.ofMinutes(10);

    /** The clock skew allowed unless set: 60 seconds. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    /** The timeout of a call to ЕСИА unless set: 10 seconds. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException naming the setting and its value, if the base is not an
     *     absolute URL, the client id, the certificate hash or the issuer is blank, the scope lacks
     *     {@code openid}, there is no token key, or a duration is not positive (the skew: negative)
     */
    public EsiaSettings {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(scopeOrg, "scopeOrg");
        Objects.requireNonNull(clientCertificateHash, "clientCertificateHash");
        Objects.requireNonNull(tokenKeys, "tokenKeys");
        Objects.requireNonNull(tokenIssuer, "tokenIssuer");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(signInLifetime, "signInLifetime");
        Objects.requireNonNull(clockSkew, "clockSkew");
        Objects.requireNonNull(timeout, "timeout");
        tokenKeys = List.copyOf(tokenKeys);
        if (!base.isAbsolute() || base.getHost() == null) {
            throw new IllegalArgumentException("base '" + base + "' must be an absolute URL with a host");
        }
        if (clientId.isBlank() || clientCertificateHash.isBlank() || tokenIssuer.isBlank()) {
            throw new IllegalArgumentException("clientId '" + clientId + "', clientCertificateHash '"
                    + clientCertificateHash + "' and tokenIssuer '" + tokenIssuer + "' must not be blank");
        }
        if (!List.of(scope.trim().split("\\s+")).contains("openid")) {
            throw new IllegalArgumentException("scope '" + scope + "' must include openid");
        }
        if (tokenKeys.isEmpty()) {
            throw new IllegalArgumentException("tokenKeys must hold at least one of ЕСИА's keys: a token is"
                    + " never accepted unverified");
        }
        if (signInLifetime.isNegative() || signInLifetime.isZero() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("signInLifetime " + signInLifetime + " and timeout " + timeout
                    + " must be positive");
        }
        if (clockSkew.isNegative()) {
            throw new IllegalArgumentException("clockSkew " + clockSkew + " must not be negative");
        }
    }

    /**
     * Returns the settings for production ЕСИА's issuer, with no organisation scopes, timestamps in
     * UTC and the default limits.
     */
    public static EsiaSettings of(URI base, String clientId, String scope, String clientCertificateHash,
            List<PublicKey> tokenKeys) {
        return new EsiaSettings(base, clientId, scope, "", clientCertificateHash, tokenKeys, ISSUER, ZoneOffset.UTC,
                SIGN_IN_LIFETIME, CLOCK_SKEW, TIMEOUT);
    }

    /** Returns these settings for tokens of that issuer (ЕСИА's test environment, a stand-in). */
    public EsiaSettings withTokenIssuer(String issuer) {
        return new EsiaSettings(base, clientId, scope, scopeOrg, clientCertificateHash, tokenKeys, issuer, zone,
                signInLifetime, clockSkew, timeout);
    }

    /** Returns these settings with timestamps at that offset, such as {@code +05:00} in Yugra. */
    public EsiaSettings withZone(ZoneOffset offset) {
        return new EsiaSettings(base, clientId, scope, scopeOrg, clientCertificateHash, tokenKeys, tokenIssuer,
                offset, signInLifetime, clockSkew, timeout);
    }

    /** Returns ЕСИА's authorisation endpoint, {@code <base>/aas/oauth2/v2/ac}. */
    public URI authorizationEndpoint() {
        return endpoint("aas/oauth2/v2/ac");
    }

    /** Returns ЕСИА's token endpoint, {@code <base>/aas/oauth2/v3/te}. */
    public URI tokenEndpoint() {
        return endpoint("aas/oauth2/v3/te");
    }

    private URI endpoint(String path) {
        String root = base.toString();
        return URI.create(root.endsWith("/") ? root + path : root + "/" + path);
    }

    @Override
    public String toString() {
        return "EsiaSettings[" + base + ", client " + clientId + ", scope " + scope + ", " + tokenKeys.size()
                + " token keys, issuer " + tokenIssuer + "]";
    }
}
