package org.schooljournal.spi.identity;

import java.util.Map;
import org.schooljournal.spi.ServiceProvider;

/**
 * Makes sign-in providers: the provider interface of the identity port, found with
 * {@link java.util.ServiceLoader} by {@link org.schooljournal.spi.Bootstrap} (port name
 * {@value #PORT}, property {@code schooljournal.identity}); a host with several identity providers
 * (ЕСИА and a regional one) chooses each by its {@link #id()}. There is no embedded default: a
 * host without sign-in passes actors of its own.
 */
public interface SignInProviderFactory extends ServiceProvider {

    /** The port's name, for {@link org.schooljournal.spi.Bootstrap}. */
    String PORT = "identity";

    /**
     * Creates a sign-in provider.
     *
     * @param settings the provider's settings, such as its issuer and client id; names are the adapter's own
     * @return the provider
     * @throws org.schooljournal.spi.JournalException CONFIGURATION if a setting is missing, unknown
     *     or wrong, naming it
     */
    SignInProvider create(Map<String, String> settings);
}
