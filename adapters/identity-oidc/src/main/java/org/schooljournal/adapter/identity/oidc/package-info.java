/**
 * Sign-in through any OpenID Connect provider — Keycloak, a regional identity provider — for the
 * identity port (ACC-6): {@link org.schooljournal.adapter.identity.oidc.OidcSignInProvider}, made
 * from {@link org.schooljournal.adapter.identity.oidc.OidcSettings} by discovery of the issuer's
 * {@code /.well-known/openid-configuration}, or by the
 * {@link org.schooljournal.adapter.identity.oidc.OidcSignInProviderFactory} (provider {@code oidc}).
 *
 * <p>Decisions (docs/identity.md):
 * <ul>
 *   <li>The authorisation-code flow with PKCE (S256) always, and a nonce always: a confidential
 *       client sends its secret too (HTTP Basic), a public one the verifier alone.</li>
 *   <li>Nimbus verifies the ID token's signature against the provider's JWKS (RS256 or ES256,
 *       never {@code none} or HMAC); the claims — issuer, audience, expiry, nonce — are checked
 *       here against the provider's {@link java.time.Clock}, so that each failure is refused with
 *       its own {@link org.schooljournal.spi.identity.SignInRefusal} and tests move time instead of
 *       waiting.</li>
 *   <li>A pending sign-in may be finished once, within its lifetime: its state is remembered
 *       until the lifetime ends, so a replayed callback is refused before the code is exchanged.</li>
 * </ul>
 */
package org.schooljournal.adapter.identity.oidc;
