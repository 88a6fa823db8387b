package org.schooljournal.core.compromise;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The kinds of stream whose operations a compromise invalidates (PD-4) — the journals' and the
 * students' diaries' — as the engine's facets register them when the engine is built; the
 * compromise facet reads and corrects them through it. The engine's own wiring.
 *
 * <p>This class is thread-safe.
 */
public final class InvalidationSources {

    private final List<InvalidationSource> sources = new CopyOnWriteArrayList<>();

    /** Creates the engine's sources, none registered yet. */
    public InvalidationSources() {
    }

    /** Registers a kind of stream whose operations a compromise invalidates. */
    public void register(InvalidationSource source) {
        sources.add(Objects.requireNonNull(source, "source"));
    }

    /** Returns the registered kinds, in the order they were registered. */
    List<InvalidationSource> all() {
        return sources;
    }
}
