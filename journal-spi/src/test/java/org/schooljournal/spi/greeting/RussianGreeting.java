package org.schooljournal.spi.greeting;

/**
 * A registered greeting of a priority above the default: the one found when none is chosen.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RussianGreeting implements GreetingProvider {

    @Override
    public String id() {
        return "russian";
    }

    @Override
    public int priority() {
        return 2 * DEFAULT_PRIORITY;
    }

    @Override
    public String greet(String name) {
        return "Здравствуйте, " + name;
    }
}
