package org.schooljournal.spi.greeting;

/**
 * A second greeting with the identifier of {@link EnglishGreeting}, as an adapter's jar put on the
 * class path twice under two names would be. Not in the test's {@code META-INF/services}: the
 * test that needs it registers it in a class loader of its own.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SecondEnglishGreeting implements GreetingProvider {

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
        return "Hi, " + name;
    }
}
