package org.schooljournal.spi.greeting;

/**
 * A tied greeting, registered first but second by id.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MansiGreeting implements TiedGreetingProvider {

    @Override
    public String id() {
        return "mansi";
    }

    @Override
    public int priority() {
        return DEFAULT_PRIORITY;
    }
}
