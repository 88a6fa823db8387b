package org.schooljournal.spi.greeting;

/**
 * The one provider of {@link OnlyBrokenGreetingProvider}; its constructor throws.
 *
 * <p>It never gets an instance.
 */
public final class OnlyBrokenGreeting implements OnlyBrokenGreetingProvider {

    /** Fails, as a provider whose library is missing would. */
    public OnlyBrokenGreeting() {
        throw new IllegalStateException("the only greeting's library is missing");
    }

    @Override
    public String id() {
        return "only-broken";
    }

    @Override
    public int priority() {
        return DEFAULT_PRIORITY;
    }
}
