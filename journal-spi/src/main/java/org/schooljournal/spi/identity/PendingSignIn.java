package org.schooljournal.spi.identity;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A sign-in started and not yet finished: where to send the browser, and what the host keeps in
 * its session (server side, never in the browser) until the provider calls back — the state that
 * ties the callback to this start, the nonce the token must carry, the PKCE verifier the code is
 * exchanged with. Given back whole to {@link SignInProvider#finish}. A protocol that has no nonce
 * or no PKCE (ЕСИА) leaves them empty.
 *
 * <p>This record is immutable and thread-safe. Its {@code toString} hides the nonce and the
 * verifier, which are secrets.
 *
 * @param issuer the provider's issuer identifier, as {@link SignInProvider#issuer()}
 * @param authorizationUri where to send the browser: the provider's authorisation request
 * @param redirectUri where the provider calls back, sent again at the token exchange
 * @param state the random value the callback must return
 * @param nonce the random value the ID token must carry; empty if the protocol has none
 * @param codeVerifier the PKCE code verifier; empty if the protocol has none
 * @param startedAt when the sign-in started, by the provider's clock
 */
public record PendingSignIn(String issuer, URI authorizationUri, URI redirectUri, String state, String nonce,
        String codeVerifier, Instant startedAt) {

    /**
     * Checks the parts are given.
     *
     * @throws IllegalArgumentException if the state is empty
     */
    public PendingSignIn {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(authorizationUri, "authorizationUri");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(codeVerifier, "codeVerifier");
        Objects.requireNonNull(startedAt, "startedAt");
        if (state.isEmpty()) {
            throw new IllegalArgumentException("state must not be empty: it ties the callback to this start");
        }
    }

    @Override
    public String toString() {
        return "PendingSignIn[" + issuer + ", state " + state + ", started " + startedAt + "]";
    }
}
