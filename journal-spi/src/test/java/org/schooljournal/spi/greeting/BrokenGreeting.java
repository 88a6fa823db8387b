package org.schooljournal.spi.greeting;

/**
 * A registered greeting that fails to load: its constructor throws.
 *
 * <p>It never gets an instance.
 */
public final class BrokenGreeting implements GreetingProvider {

    /** Fails, as a provider whose library is missing would. */
    public BrokenGreeting() {
        throw new IllegalStateException("the broken greeting's library is missing");
    }

    @Override
    public String id() {
        return "broken";
    }

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public String greet(String name) {
        return "";
    }
}
