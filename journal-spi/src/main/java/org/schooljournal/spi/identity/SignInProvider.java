package org.schooljournal.spi.identity;

import java.net.URI;
import java.util.Map;

/**
 * Sign-in through one identity provider (ACC-6), driven by the host the same way for every
 * protocol — ЕСИА's, OpenID Connect's:
 *
 * <pre>{@code
 * PendingSignIn pending = provider.start(URI.create("https://journal.example/callback"));
 * session.put("sign-in", pending);                       // server side
 * response.redirect(pending.authorizationUri());
 * // … the provider calls back with ?code=…&state=…
 * VerifiedSignIn signIn = provider.finish(session.remove("sign-in"), callbackParameters);
 * Actor actor = engine.identity().signIn(schoolId, signIn);
 * }</pre>
 *
 * <p>Implementations are thread-safe; a pending sign-in may be finished once.
 */
public interface SignInProvider {

    /** Returns the provider's issuer identifier: the issuer of every {@link Subject} it verifies. */
    String issuer();

    /**
     * Starts a sign-in: makes a fresh state (and nonce and PKCE verifier, where the protocol has
     * them) and the authorisation request to send the browser to.
     *
     * @param redirectUri where the provider calls back; registered with the provider
     * @return the pending sign-in, for the host to keep in its session
     * @throws org.schooljournal.spi.JournalException STORAGE if the provider cannot be reached
     */
    PendingSignIn start(URI redirectUri);

    /**
     * Finishes a sign-in from the provider's callback: checks the state, exchanges the code for a
     * token, verifies the token (its signature, issuer, audience, expiry, nonce) and returns who
     * signed in.
     *
     * @param pending what {@link #start} returned, from the host's session
     * @param callbackParameters the callback's query parameters, such as {@code code} and {@code state}
     * @return the verified sign-in
     * @throws SignInRefusedException naming the check that failed
     * @throws org.schooljournal.spi.JournalException STORAGE if the provider cannot be reached
     */
    VerifiedSignIn finish(PendingSignIn pending, Map<String, String> callbackParameters);
}
