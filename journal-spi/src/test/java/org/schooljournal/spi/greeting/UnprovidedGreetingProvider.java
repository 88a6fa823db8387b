package org.schooljournal.spi.greeting;

import org.schooljournal.spi.ServiceProvider;

/** A test-only port that no provider is registered for, to check the fallback and the error. */
public interface UnprovidedGreetingProvider extends ServiceProvider {

    /** The port's name. */
    String PORT = "unprovided-greeting";
}
