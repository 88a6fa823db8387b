/**
 * The embedded default of the storage port: an event store in the JVM's memory. Found by
 * discovery; its package is exported for tests and trials that make the store themselves.
 */
module org.schooljournal.adapter.memory {
    requires transitive org.schooljournal.spi;

    exports org.schooljournal.adapter.memory;

    provides org.schooljournal.spi.storage.EventStoreProvider
            with org.schooljournal.adapter.memory.InMemoryEventStoreProvider;
}
