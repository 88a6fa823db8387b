package org.schooljournal.spi;

/**
 * What every port's provider interface has in common, so that one {@link Bootstrap} finds them
 * all: an identifier to choose it by, and a priority to rank it when nothing is chosen.
 * Providers are found with {@link java.util.ServiceLoader}; implementations must have a public
 * no-argument constructor and be thread-safe.
 */
public interface ServiceProvider {

    /** Returns the identifier a user chooses this provider by, such as {@code memory} or {@code jdbc}. */
    String id();

    /**
     * Returns the rank of this provider when none is chosen explicitly: the highest wins. Embedded
     * defaults use {@link #FALLBACK_PRIORITY}, so that any real adapter on the class path is
     * preferred to them.
     */
    int priority();

    /** The priority of an embedded default such as the in-memory store. */
    int FALLBACK_PRIORITY = 0;

    /** The usual priority of a real adapter. */
    int DEFAULT_PRIORITY = 100;

    /**
     * Checks that a provider without settings was given none, for the {@code create} of an
     * embedded default: a setting given to it was meant for an adapter missing from the class path.
     *
     * @param port the port, such as {@code storage}
     * @param id the provider's identifier
     * @param kind what the port's adapters are called, such as "storage adapter"
     * @throws JournalException with code CONFIGURATION if a setting is given, naming it
     */
    static void requireNoSettings(String port, String id, java.util.Map<String, String> settings, String kind) {
        java.util.Objects.requireNonNull(settings, "settings");
        if (!settings.isEmpty()) {
            throw new JournalException(ErrorCode.CONFIGURATION, "the " + port + " provider '" + id
                    + "' takes no settings, but was given " + settings.keySet().stream().sorted().toList()
                    + "; were they meant for another " + kind + " that is missing from the class path?");
        }
    }
}
