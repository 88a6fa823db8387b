/**
 * The identity port (ACC-6, PD-3): sign-in through an identity provider — ЕСИА, or any OpenID
 * Connect provider — as one flow a host drives the same way for every protocol. A
 * {@link org.schooljournal.spi.identity.SignInProvider} {@code start}s a sign-in (the address to
 * send the browser to, and a {@link org.schooljournal.spi.identity.PendingSignIn} the host keeps
 * in its session) and {@code finish}es it from the provider's callback: it checks the state,
 * exchanges the code for a token and verifies the token, giving a
 * {@link org.schooljournal.spi.identity.VerifiedSignIn} of a
 * {@link org.schooljournal.spi.identity.Subject} (issuer and subject identifier). journal-core turns
 * it into the {@code Actor} of the person the school bound that subject to; a refusal is a
 * {@link org.schooljournal.spi.identity.SignInRefusedException} naming what failed
 * ({@link org.schooljournal.spi.identity.SignInRefusal}). Adapters are made by a
 * {@link org.schooljournal.spi.identity.SignInProviderFactory} (port {@code identity}).
 *
 * <p>Decisions (docs/identity.md): the port knows nothing of the school's people — binding
 * subjects to persons, blocked accounts (PD-4) and the record of every sign-in are journal-core's;
 * the port's types are JDK types, so that a vendor plugs a protocol library of its choice.
 */
package org.schooljournal.spi.identity;
