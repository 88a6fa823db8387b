package org.schooljournal.spi.greeting;

/**
 * A tied greeting, registered second but first by id.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KhantyGreeting implements TiedGreetingProvider {

    @Override
    public String id() {
        return "khanty";
    }

    @Override
    public int priority() {
        return DEFAULT_PRIORITY;
    }
}
