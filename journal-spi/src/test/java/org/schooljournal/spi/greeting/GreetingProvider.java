package org.schooljournal.spi.greeting;

import org.schooljournal.spi.ServiceProvider;

/**
 * A test-only port, to check {@link org.schooljournal.spi.Bootstrap} without any real adapter.
 * Registered: {@link EnglishGreeting} (priority 100), {@link RussianGreeting} (200) and
 * {@link BrokenGreeting}, whose constructor throws.
 */
public interface GreetingProvider extends ServiceProvider {

    /** The port's name: {@code -Dschooljournal.greeting=<id>} chooses a provider. */
    String PORT = "greeting";

    /** Greets someone. */
    String greet(String name);
}
