/**
 * Sign-in through ЕСИА (the unified identity system) for the identity port (ACC-6), today's flow:
 * {@link org.schooljournal.adapter.identity.esia.EsiaSignInProvider}, made from
 * {@link org.schooljournal.adapter.identity.esia.EsiaSettings} and the host's
 * {@link org.schooljournal.spi.signature.Signer}.
 *
 * <p>Decisions (docs/identity.md):
 * <ul>
 *   <li>The {@code client_secret} is signed through the signature port, never with a key of this
 *       module: a vendor plugs CryptoPro or a hardware security module; the concatenation and the
 *       timestamp follow the reference client {@code ilimurzin/esia}.</li>
 *   <li>ЕСИА's GOST-signed tokens are verified with BouncyCastle, RS256 ones with Nimbus; the
 *       claims — issuer, audience, expiry — are checked against the provider's
 *       {@link java.time.Clock}, so that each failure is refused with its own
 *       {@link org.schooljournal.spi.identity.SignInRefusal} and tests move time.</li>
 *   <li>A pending sign-in may be finished once, within its lifetime: its state is remembered, so a
 *       replayed callback is refused before the code is exchanged.</li>
 *   <li>No factory for discovery: a provider needs a signer, which a map of settings cannot carry;
 *       the host makes it.</li>
 * </ul>
 */
package org.schooljournal.adapter.identity.esia;
