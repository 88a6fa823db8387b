package org.schooljournal.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * Finds the provider of a port, in SLF4J's order (STYLE.md): an explicit choice first (an
 * identifier given by the caller, else the system property {@code schooljournal.<port>}); then
 * the discovered provider of the highest {@link ServiceProvider#priority()} (several of equal
 * priority: a warning, and the first by identifier); a provider that fails to load is reported
 * and the others still load; none found: a clear {@link ErrorCode#CONFIGURATION} error, unless the
 * caller has an embedded default — and never the default when a provider failed to load, since a
 * broken database adapter must not quietly become an in-memory journal. Two providers with one
 * identifier are an error.
 *
 * <p>On the module path the port's consumer declares {@code uses} for the provider modules to be
 * resolved (journal-core for storage and notification, journal-rules for rule sets), and this
 * class adds the use of each type it is asked to find to its own module, since
 * {@link ServiceLoader} serves a named module only the services it uses.
 *
 * <p>This class is thread-safe.
 */
public final class Bootstrap {

    private static final System.Logger LOG = System.getLogger(Bootstrap.class.getName());

    private Bootstrap() {
    }

    /**
     * Returns the system property that chooses a provider of that port, such as
     * {@code schooljournal.storage}.
     */
    public static String propertyOf(String port) {
        return "schooljournal." + port;
    }

    /**
     * Finds the provider of a port.
     *
     * @param port the port's short name, such as {@code storage}, used in messages and the property
     * @param type the provider interface
     * @param chosen the identifier chosen by the caller, if any
     * @param loader the class loader to search
     * @return the provider
     * @throws JournalException with code CONFIGURATION if the chosen provider is not found or its
     *     identifier is shared, or none is found
     */
    public static <P extends ServiceProvider> P find(
            String port, Class<P> type, Optional<String> chosen, ClassLoader loader) {
        return find(port, type, chosen, loader, () -> {
            throw new JournalException(ErrorCode.CONFIGURATION, "no provider of the " + port
                    + " port (" + type.getName() + ") was found; add an adapter module to the class path");
        });
    }

    /**
     * Finds the provider of a port, or returns the embedded default when none is found.
     *
     * @throws JournalException with code CONFIGURATION if a provider was chosen and not found, if
     *     none was found but some failed to load, or if two share an identifier
     */
    public static <P extends ServiceProvider> P find(
            String port, Class<P> type, Optional<String> chosen, ClassLoader loader, Supplier<P> fallback) {
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(chosen, "chosen");
        Objects.requireNonNull(fallback, "fallback");
        List<String> failures = new ArrayList<>();
        List<P> found = load(type, loader, failures);
        Optional<String> choice = chosen.or(() -> Optional.ofNullable(System.getProperty(propertyOf(port))));
        if (choice.isPresent()) {
            String id = choice.get();
            List<P> matching = found.stream().filter(p -> p.id().equals(id)).toList();
            if (matching.size() > 1) {
                throw new JournalException(ErrorCode.CONFIGURATION, "several " + port + " providers share the id '"
                        + id + "': " + matching.stream().map(p -> p.getClass().getName()).sorted().toList());
            }
            if (matching.isEmpty()) {
                throw new JournalException(ErrorCode.CONFIGURATION, "the " + port + " provider '" + id
                        + "' was chosen but not found; found: "
                        + found.stream().map(ServiceProvider::id).sorted().toList()
                        + (failures.isEmpty() ? "" : "; failed to load: " + failures));
            }
            return matching.get(0);
        }
        if (found.isEmpty()) {
            if (!failures.isEmpty()) {
                throw new JournalException(ErrorCode.CONFIGURATION, "no " + port + " provider could be loaded;"
                        + " failed to load: " + failures + "; refusing to fall back to a default silently");
            }
            return fallback.get();
        }
        List<String> ids = found.stream().map(ServiceProvider::id).toList();
        if (ids.stream().distinct().count() < ids.size()) {
            throw new JournalException(ErrorCode.CONFIGURATION, "several " + port + " providers share an id: " + ids);
        }
        found.sort(Comparator.comparingInt(ServiceProvider::priority).reversed()
                .thenComparing(ServiceProvider::id));
        if (found.size() > 1 && found.get(0).priority() == found.get(1).priority()) {
            LOG.log(System.Logger.Level.WARNING, "Several " + port + " providers share the highest priority "
                    + found.get(0).priority() + ": " + found.stream().map(ServiceProvider::id).toList()
                    + "; using " + found.get(0).id() + ". Choose one with -D" + propertyOf(port) + "=<id>.");
        }
        return found.get(0);
    }

    /**
     * Returns every provider of a service, for a service whose providers all contribute (the
     * production calendar's years) rather than one being chosen.
     *
     * @param what the service in words, used in the message
     * @throws JournalException with code CONFIGURATION if a provider fails to load: none is ever
     *     left out silently
     */
    public static <P> List<P> all(String what, Class<P> type, ClassLoader loader) {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(type, "type");
        List<String> failures = new ArrayList<>();
        List<P> found = load(type, loader, failures);
        if (!failures.isEmpty()) {
            throw new JournalException(ErrorCode.CONFIGURATION, "a " + what + " provider failed to load: "
                    + String.join("; ", failures));
        }
        return found;
    }

    private static <P> List<P> load(Class<P> type, ClassLoader loader, List<String> failures) {
        // On the module path, ServiceLoader serves a named module only the services it uses; the
        // ports' types belong to other modules (journal-rules' rule sets too), so this module
        // declares the use itself. It does nothing on the class path.
        Bootstrap.class.getModule().addUses(type);
        List<P> found = new ArrayList<>();
        Iterator<P> it = ServiceLoader.load(type, loader).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    return found;
                }
                found.add(it.next());
            } catch (ServiceConfigurationError e) {
                LOG.log(System.Logger.Level.WARNING, "A provider of " + type.getName() + " failed to load", e);
                failures.add(e.getMessage());
            }
        }
    }
}
