package org.schooljournal.adapter.memory;

import java.util.Map;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.ServiceProvider;
import org.schooljournal.spi.storage.EventStore;
import org.schooljournal.spi.storage.EventStoreProvider;

/**
 * The provider of the in-memory storage, id {@value #ID}: the embedded default of the storage
 * port (DESIGN.md, principle 6). Its priority is {@link ServiceProvider#FALLBACK_PRIORITY}, so any
 * real storage adapter on the class path is preferred to it, and it is used when none is.
 * Registered in {@code META-INF/services/org.schooljournal.spi.storage.EventStoreProvider}.
 *
 * <p>The store takes no settings, and {@link #create(Map)} refuses any it is given: settings meant
 * for another adapter (a JDBC URL, say) mean that adapter is missing or was not chosen, and
 * silently keeping a school's journal in memory instead would lose it at the next restart.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InMemoryEventStoreProvider implements EventStoreProvider {

    /** The identifier this provider is chosen by: {@code -Dschooljournal.storage=memory}. */
    public static final String ID = "memory";

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public InMemoryEventStoreProvider() {
    }

    @Override
    public String id() {
        return ID;
    }

    /** Returns {@link ServiceProvider#FALLBACK_PRIORITY}: any other storage adapter wins. */
    @Override
    public int priority() {
        return FALLBACK_PRIORITY;
    }

    /**
     * Creates a new, empty {@link InMemoryEventStore}.
     *
     * @param settings must be empty: the in-memory store has no settings
     * @throws JournalException with code CONFIGURATION if a setting is given, naming it
     */
    @Override
    public EventStore create(Map<String, String> settings) {
        ServiceProvider.requireNoSettings(PORT, ID, settings, "storage adapter");
        return new InMemoryEventStore();
    }

    @Override
    public String toString() {
        return "InMemoryEventStoreProvider[" + ID + "]";
    }
}
