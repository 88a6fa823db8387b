package org.schooljournal.spi.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every {@link SignInProvider} checks of a pending sign-in before it talks to its provider,
 * whatever the protocol (ACC-6): that the sign-in is its own, still within its lifetime, that the
 * callback returns its state, and that it is finished once — a replayed callback is refused before
 * any code is exchanged. Remembers each finished state for the lifetime, then forgets it.
 *
 * <p>This class is thread-safe.
 */
public final class FinishedSignIns {

    private final String issuer;
    private final Duration lifetime;
    private final Clock clock;
    private final Map<String, Instant> finished = new ConcurrentHashMap<>();

    /**
     * Returns the record of one provider's sign-ins.
     *
     * @param issuer the provider's issuer, as {@link SignInProvider#issuer()}
     * @param lifetime how long a started sign-in may be finished
     * @param clock the provider's clock
     */
    public FinishedSignIns(String issuer, Duration lifetime, Clock clock) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Checks that the sign-in was started by this provider and may still be finished.
     *
     * @throws SignInRefusedException {@link SignInRefusal#STATE} for another provider's sign-in,
     *     {@link SignInRefusal#EXPIRED_SIGN_IN} past its lifetime
     */
    public void requireOwnAndFresh(PendingSignIn pending) {
        if (!pending.issuer().equals(issuer)) {
            throw new SignInRefusedException(SignInRefusal.STATE, "the sign-in was started with issuer "
                    + pending.issuer() + ", not " + issuer);
        }
        Instant now = clock.instant();
        finished.values().removeIf(started -> started.plus(lifetime).isBefore(now));
        if (pending.startedAt().plus(lifetime).isBefore(now)) {
            throw new SignInRefusedException(SignInRefusal.EXPIRED_SIGN_IN, "the sign-in started at "
                    + pending.startedAt() + " and may be finished for " + lifetime + ", until "
                    + pending.startedAt().plus(lifetime) + "; it is " + now);
        }
    }

    /**
     * Checks that the callback returned the sign-in's state.
     *
     * @throws SignInRefusedException {@link SignInRefusal#STATE} for a foreign or forged callback
     */
    public static void requireState(PendingSignIn pending, String returned) {
        if (!pending.state().equals(returned)) {
            throw new SignInRefusedException(SignInRefusal.STATE, "the callback's state '" + returned
                    + "' is not this sign-in's: a foreign or forged callback");
        }
    }

    /**
     * Records the sign-in as finished: the one time its callback is used.
     *
     * @throws SignInRefusedException {@link SignInRefusal#STATE} if it was finished already
     */
    public void finishOnce(PendingSignIn pending) {
        if (finished.putIfAbsent(pending.state(), pending.startedAt()) != null) {
            throw new SignInRefusedException(SignInRefusal.STATE, "state '" + pending.state() + "' was finished"
                    + " already: a callback is used once");
        }
    }
}
