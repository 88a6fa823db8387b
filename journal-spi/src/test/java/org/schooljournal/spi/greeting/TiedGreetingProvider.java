package org.schooljournal.spi.greeting;

import org.schooljournal.spi.ServiceProvider;

/**
 * A test-only port whose two providers share a priority: {@link MansiGreeting}, registered first,
 * and {@link KhantyGreeting}, first by id.
 */
public interface TiedGreetingProvider extends ServiceProvider {

    /** The port's name. */
    String PORT = "tied-greeting";
}
