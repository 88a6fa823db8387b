package org.schooljournal.spi.greeting;

import org.schooljournal.spi.ServiceProvider;

/** A test-only port whose only registered provider, {@link OnlyBrokenGreeting}, fails to load. */
public interface OnlyBrokenGreetingProvider extends ServiceProvider {

    /** The port's name. */
    String PORT = "only-broken-greeting";
}
