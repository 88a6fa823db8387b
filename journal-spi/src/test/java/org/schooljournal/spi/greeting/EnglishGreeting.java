package org.schooljournal.spi.greeting;

/**
 * A registered greeting of the default priority.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EnglishGreeting implements GreetingProvider {

    @Override
    public String id() {
        return "english";
    }

    @Override
    public int priority() {
        return DEFAULT_PRIORITY;
    }

    @Override
    public String greet(String name) {
        return "Hello, " + name;
    }
}
