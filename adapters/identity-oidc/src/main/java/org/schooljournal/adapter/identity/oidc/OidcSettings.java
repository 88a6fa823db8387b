package org.schooljournal.adapter.identity.oidc;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How the journal signs in through one OpenID Connect provider (ACC-6): the provider's issuer, the
 * client the provider registered for the journal, and the limits of a sign-in.
 *
 * <p>This record is immutable and thread-safe. Its {@code toString} hides the client secret.
 *
 * @param issuer the provider's issuer identifier, such as {@code https://sso.example/realms/ugra};
 *     its {@code /.well-known/openid-configuration} is read at discovery
 * @param clientId the journal's client identifier at the provider
 * @param clientSecret the client's secret, sent with HTTP Basic; empty for a public client, which
 *     relies on PKCE alone
 * @param scope the scopes asked for, space-separated; must include {@code openid}
 * @param signInLifetime how long a started sign-in may be finished
 * @param clockSkew how far the provider's clock may be from the journal's, for a token's times
 * @param timeout how long to wait for the provider at each call
 */
public record OidcSettings(URI issuer, String clientId, String clientSecret, String scope, Duration signInLifetime,
        Duration clockSkew, Duration timeout) {

    /** The lifetime of a sign-in unless set: 10 minutes. */
    public static final Duration SIGN_IN_LIFETIME = Duration.ofMinutes(10);

    /** The clock skew allowed unless set: 60 seconds. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    /** The timeout of a call to the provider unless set: 10 seconds. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException naming the setting, if the issuer is not absolute, the
     *     client id is blank, the scope lacks {@code openid}, or a duration is not positive (the
     *     skew: negative)
     */
    public OidcSettings {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(signInLifetime, "signInLifetime");
        Objects.requireNonNull(clockSkew, "clockSkew");
        Objects.requireNonNull(timeout, "timeout");
        if (!issuer.isAbsolute() || issuer.getHost() == null) {
            throw new IllegalArgumentException("issuer '" + issuer + "' must be an absolute URL with a host");
        }
        if (clientId.isBlank()) {
            throw new IllegalArgumentException("clientId must not be blank");
        }
        if (!java.util.List.of(scope.trim().split("\\s+")).contains("openid")) {
            throw new IllegalArgumentException("scope '" + scope + "' must include openid");
        }
        if (signInLifetime.isNegative() || signInLifetime.isZero() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("signInLifetime " + signInLifetime + " and timeout " + timeout
                    + " must be positive");
        }
        if (clockSkew.isNegative()) {
            throw new IllegalArgumentException("clockSkew " + clockSkew + " must not be negative");
        }
    }

    /** Returns the settings of a public client asking for {@code openid}, with the default limits. */
    public static OidcSettings of(URI issuer, String clientId) {
        return new OidcSettings(issuer, clientId, "", "openid", SIGN_IN_LIFETIME, CLOCK_SKEW, TIMEOUT);
    }

    /** Returns these settings for a confidential client with that secret. */
    public OidcSettings withClientSecret(String secret) {
        return new OidcSettings(issuer, clientId, secret, scope, signInLifetime, clockSkew, timeout);
    }

    /** Returns these settings asking for those scopes, space-separated. */
    public OidcSettings withScope(String scopes) {
        return new OidcSettings(issuer, clientId, clientSecret, scopes, signInLifetime, clockSkew, timeout);
    }

    @Override
    public String toString() {
        return "OidcSettings[" + issuer + ", client " + clientId + (clientSecret.isEmpty() ? ", public" : ", confidential")
                + ", scope " + scope + "]";
    }
}
