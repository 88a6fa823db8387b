package org.schooljournal.examples.schoolday;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * A class loader over the example's class path that hides the registrations of its storage
 * adapters other than the in-memory one from {@link java.util.ServiceLoader}: the class path a
 * vendor has who embeds journal-core alone, where the engine discovers the in-memory store
 * (README, "Embedding the engine"). The example itself brings the JDBC store.
 */
final class WithoutStorageAdapters extends URLClassLoader {

    private static final String STORE_PROVIDERS = "META-INF/services/org.schooljournal.spi.storage.EventStoreProvider";
    private static final String IN_MEMORY = "org.schooljournal.adapter.memory.";

    WithoutStorageAdapters(URL[] urls, ClassLoader parent) {
        super(urls, parent);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        Enumeration<URL> found = super.getResources(name);
        if (!name.equals(STORE_PROVIDERS)) {
            return found;
        }
        List<URL> kept = Collections.list(found).stream().filter(WithoutStorageAdapters::inMemoryOnly).toList();
        return Collections.enumeration(kept);
    }

    /** Returns whether every provider the registration names is the in-memory store's. */
    private static boolean inMemoryOnly(URL registration) {
        try (InputStream in = registration.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(line -> line.replaceFirst("#.*", "").strip())
                    .filter(line -> !line.isEmpty())
                    .allMatch(provider -> provider.startsWith(IN_MEMORY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
