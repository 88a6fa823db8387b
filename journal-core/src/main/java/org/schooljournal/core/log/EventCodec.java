package org.schooljournal.core.log;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.schooljournal.core.validation.Excerpt;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

/**
 * Turns events into payload bytes and back with Jackson (JSON, UTF-8), under the explicit stored
 * names and schema versions their {@link EventFamily families} list (DESIGN.md, principle 10). A
 * payload of an older schema version is read through its family's upcasts; the stored bytes never
 * change (docs/event-log.md).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EventCodec {

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .build();
    private final Map<String, Stored> byName = new LinkedHashMap<>();
    private final Map<Class<?>, EventFamily.Type> byClass = new LinkedHashMap<>();

    private record Stored(EventFamily.Type type, EventFamily<?, ?> family) {
    }

    /**
     * An event as it is stored.
     *
     * @param type its stored name
     * @param schemaVersion its schema version
     * @param payload its JSON, UTF-8
     */
    public record Encoded(String type, int schemaVersion, byte[] payload) {
    }

    /**
     * Creates a codec for the types of these families.
     *
     * @throws IllegalArgumentException if two types of different families share a stored name
     */
    public EventCodec(Collection<? extends EventFamily<?, ?>> families) {
        for (EventFamily<?, ?> family : families) {
            for (EventFamily.Type type : family.types()) {
                Stored before = byName.putIfAbsent(type.name(), new Stored(type, family));
                if (before != null && before.type().type() != type.type()) {
                    throw new IllegalArgumentException("event types " + before.type().type().getName() + " and "
                            + type.type().getName() + " are both stored as " + type.name());
                }
                byClass.put(type.type(), type);
            }
        }
    }

    /** Returns every stored type the codec knows, in the order of its families. */
    public List<EventFamily.Type> types() {
        return byName.values().stream().map(Stored::type).toList();
    }

    /**
     * Returns the event as it is stored: its name, current schema version and payload.
     *
     * @throws IllegalArgumentException if its type is in no family of the codec
     */
    public Encoded encode(Object event) {
        EventFamily.Type type = byClass.get(event.getClass());
        if (type == null) {
            throw new IllegalArgumentException("event type " + event.getClass().getName() + " has no stored name");
        }
        try {
            return new Encoded(type.name(), type.version(), mapper.writeValueAsBytes(event));
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise " + event, e);
        }
    }

    /**
     * Returns the event of that stored type and schema version from its payload, as the kind of
     * event its stream holds.
     *
     * @throws JournalException with code INTEGRITY if the type is unknown or not of that kind, its
     *     version newer than the codec's, or the payload unreadable
     */
    public <E> E decode(String type, int schemaVersion, byte[] payload, Class<E> kind) {
        Stored stored = byName.get(Objects.requireNonNull(type, "type"));
        if (stored == null) {
            throw new JournalException(ErrorCode.INTEGRITY, "unknown event type " + Excerpt.of(type) + " v"
                    + schemaVersion);
        }
        EventFamily.Type current = stored.type();
        if (schemaVersion < 1 || schemaVersion > current.version()) {
            throw new JournalException(ErrorCode.INTEGRITY, "event type " + type + " v" + schemaVersion
                    + " is not readable here: this version reads v1 to v" + current.version());
        }
        if (!kind.isAssignableFrom(current.type())) {
            throw new JournalException(ErrorCode.INTEGRITY, "a " + type + " event is no " + kind.getSimpleName()
                    + " and does not belong in this stream");
        }
        try {
            if (schemaVersion == current.version()) {
                return kind.cast(mapper.readValue(payload, current.type()));
            }
            ObjectNode node = (ObjectNode) mapper.readTree(payload);
            for (int version = schemaVersion; version < current.version(); version++) {
                UnaryOperator<ObjectNode> upcast = stored.family().upcast(type, version);
                node = upcast.apply(node);
            }
            return kind.cast(mapper.treeToValue(node, current.type()));
        } catch (IOException | ClassCastException e) {
            throw new JournalException(ErrorCode.INTEGRITY, "cannot read a " + type + " v" + schemaVersion + " event: "
                    + PayloadProblem.of(e), e);
        }
    }
}
