package org.schooljournal.spi.storage;

import java.util.Map;
import org.schooljournal.spi.ServiceProvider;

/**
 * Makes event stores: the provider of the storage port, found with {@link java.util.ServiceLoader}
 * by {@link org.schooljournal.spi.Bootstrap} (port name {@code storage}, property
 * {@code schooljournal.storage}). An adapter module registers its provider in
 * {@code META-INF/services/org.schooljournal.spi.storage.EventStoreProvider}.
 */
public interface EventStoreProvider extends ServiceProvider {

    /** The port's name, for {@link org.schooljournal.spi.Bootstrap}. */
    String PORT = "storage";

    /**
     * Creates a store.
     *
     * @param settings the adapter's settings, such as a JDBC URL; names are the adapter's own
     * @return the store
     * @throws org.schooljournal.spi.JournalException with code CONFIGURATION if a setting is
     *     missing or wrong, naming it
     */
    EventStore create(Map<String, String> settings);
}
