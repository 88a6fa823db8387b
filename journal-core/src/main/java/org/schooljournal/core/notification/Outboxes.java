package org.schooljournal.core.notification;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The outboxes of an engine (ATT-5, NTF-3): the kinds of stream that keep one, and per school the
 * streams this engine knows to hold pending notifications, so that a dispatch every few seconds
 * reads what is pending, not what the school holds. A facet registers its kind when the engine is
 * built and tells of each stream it queues a notification in.
 *
 * <p>This class is thread-safe.
 */
public final class Outboxes {

    private final List<OutboxSource> sources = new CopyOnWriteArrayList<>();
    private final Map<String, Set<String>> pending = new ConcurrentHashMap<>();

    /** Creates the engine's outboxes, none registered yet. */
    public Outboxes() {
    }

    /** Registers a kind of stream that keeps an outbox. */
    public void register(OutboxSource source) {
        sources.add(Objects.requireNonNull(source, "source"));
    }

    /** Notes that a stream of the school holds a pending notification. */
    public void queued(String schoolId, String stream) {
        pendingIn(schoolId).add(stream);
    }

    /** Returns the streams of the school known to hold pending notifications; the set itself. */
    Set<String> pendingIn(String schoolId) {
        return pending.computeIfAbsent(schoolId, id -> ConcurrentHashMap.newKeySet());
    }

    /** Returns the kinds of stream that keep an outbox. */
    List<OutboxSource> sources() {
        return sources;
    }

    /** Returns the kind of the stream, if one keeps it. */
    Optional<OutboxSource> sourceOf(String schoolId, String stream) {
        return sources.stream().filter(source -> source.owns(schoolId, stream)).findFirst();
    }
}
