package org.schooljournal.core.log;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

/**
 * Turns events into payload bytes and back with Jackson (JSON, UTF-8). An event's stored type is
 * its class's simple name; each type is registered once. Schema version 1 throughout, until an
 * event's shape changes.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EventCodec {

    /** The schema version of every event type so far. */
    public static final int SCHEMA_VERSION = 1;

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .build();
    private final Map<String, Class<?>> types = new LinkedHashMap<>();

    /**
     * Creates a codec for these event types.
     *
     * @throws IllegalArgumentException if two types share a simple name
     */
    public EventCodec(Collection<? extends Class<?>> eventTypes) {
        for (Class<?> type : eventTypes) {
            Class<?> before = types.putIfAbsent(type.getSimpleName(), type);
            if (before != null && before != type) {
                throw new IllegalArgumentException("event types " + before.getName() + " and " + type.getName()
                        + " share the name " + type.getSimpleName());
            }
        }
    }

    /**
     * Returns the stored type name of an event.
     *
     * @throws IllegalArgumentException if its type is not registered
     */
    public String typeOf(Object event) {
        String type = event.getClass().getSimpleName();
        if (types.get(type) != event.getClass()) {
            throw new IllegalArgumentException("event type " + event.getClass().getName() + " is not registered");
        }
        return type;
    }

    /** Returns the event's payload. */
    public byte[] encode(Object event) {
        typeOf(event);
        try {
            return mapper.writeValueAsBytes(event);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise " + event, e);
        }
    }

    /**
     * Returns the school event of that type and schema version from its payload.
     *
     * @throws JournalException with code INTEGRITY if the type is unknown or no school event, or
     *     the payload unreadable
     */
    public SchoolEvent decode(String type, int schemaVersion, byte[] payload) {
        return decode(type, schemaVersion, payload, SchoolEvent.class);
    }

    /**
     * Returns the event of that type and schema version from its payload, as the kind of event
     * its stream holds.
     *
     * @throws JournalException with code INTEGRITY if the type is unknown or not of that kind, or
     *     the payload unreadable
     */
    public <E> E decode(String type, int schemaVersion, byte[] payload, Class<E> kind) {
        Class<?> eventClass = types.get(Objects.requireNonNull(type, "type"));
        if (eventClass == null || schemaVersion != SCHEMA_VERSION) {
            throw new JournalException(ErrorCode.INTEGRITY, "unknown event type " + type + " v" + schemaVersion);
        }
        if (!kind.isAssignableFrom(eventClass)) {
            throw new JournalException(ErrorCode.INTEGRITY, "a " + type + " event is no " + kind.getSimpleName()
                    + " and does not belong in this stream");
        }
        try {
            return kind.cast(mapper.readValue(payload, eventClass));
        } catch (IOException e) {
            throw new JournalException(ErrorCode.INTEGRITY, "cannot read a " + type + " event: " + e.getMessage(), e);
        }
    }
}
