package org.schooljournal.adapter.jdbc.modulepath;

import java.util.Map;
import java.util.Optional;
import org.schooljournal.spi.Bootstrap;
import org.schooljournal.spi.storage.EventStore;
import org.schooljournal.spi.storage.EventStoreProvider;

/**
 * A host that opens the JDBC store on an H2 file, run by {@code ModulePathTest} from the class
 * path while storage-jdbc and journal-spi are modules on the module path. Its package is not the
 * store's: a class path class in the store's package would be hidden by the module.
 */
public final class OpenOnTheModulePath {

    private OpenOnTheModulePath() {
    }

    /**
     * Opens the store, which brings its schema up with Flyway, and prints its module and a stream's
     * version.
     *
     * @param args the H2 file's JDBC URL
     */
    public static void main(String[] args) {
        EventStoreProvider provider = Bootstrap.find(EventStoreProvider.PORT, EventStoreProvider.class,
                Optional.of("jdbc"), Thread.currentThread().getContextClassLoader());
        try (EventStore store = provider.create(Map.of("url", args[0]))) {
            System.out.println("module: " + store.getClass().getModule().getName());
            System.out.println("version: " + store.version("school-86-001"));
        }
    }
}
