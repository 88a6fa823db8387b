package org.schooljournal.core.log;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The content of a command given an id, as a digest: SHA-256 of its type, its actor and its
 * fields — every field of it and of the values in it, whatever their accessors — as canonical JSON — maps by their keys' text and sets by their elements' JSON (whatever
 * comparator a sorted one has), so that the same
 * command gives the same digest in every run of every engine, whatever order a set iterates in.
 * Two commands with one id are the same command when their digests are equal ({@link
 * CommandStamp}).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CommandDigest {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .addModule(new SimpleModule().addSerializer(Set.class, new SortedSet()).addSerializer(Map.class, new SortedMap()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .build();

    private CommandDigest() {
    }

    /**
     * Returns the digest of the command as the actor gives it.
     *
     * @throws IllegalArgumentException if the command cannot be written as JSON, so cannot be
     *     given an id
     */
    public static byte[] of(String actorId, Object command) {
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(command, "command");
        byte[] json;
        try {
            json = MAPPER.writeValueAsBytes(command);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a " + command.getClass().getSimpleName()
                    + " cannot be given a command id: its fields cannot be written as JSON", e);
        }
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
        digest.update((command.getClass().getName() + "\n" + actorId + "\n").getBytes(StandardCharsets.UTF_8));
        digest.update(json);
        return digest.digest();
    }

    /** Writes a map as an object of its entries sorted by their keys' text. */
    @SuppressWarnings("rawtypes")
    private static final class SortedMap extends JsonSerializer<Map> {

        @Override
        public void serialize(Map map, JsonGenerator generator, SerializerProvider provider) throws IOException {
            TreeMap<String, Object> sorted = new TreeMap<>();
            for (Object entry : map.entrySet()) {
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) entry;
                JsonNode key = MAPPER.valueToTree(e.getKey());
                sorted.put(key.isTextual() ? key.textValue() : key.toString(), e.getValue());
            }
            generator.writeStartObject();
            for (Map.Entry<String, Object> entry : sorted.entrySet()) {
                generator.writeFieldName(entry.getKey());
                provider.defaultSerializeValue(entry.getValue(), generator);
            }
            generator.writeEndObject();
        }
    }

    /** Writes a set as an array of its elements sorted by their JSON. */
    @SuppressWarnings("rawtypes")
    private static final class SortedSet extends JsonSerializer<Set> {

        @Override
        public void serialize(Set set, JsonGenerator generator, SerializerProvider provider) throws IOException {
            List<JsonNode> elements = new ArrayList<>(set.size());
            for (Object element : set) {
                elements.add(MAPPER.valueToTree(element));
            }
            elements.sort(Comparator.comparing(JsonNode::toString));
            generator.writeStartArray();
            for (JsonNode element : elements) {
                generator.writeTree(element);
            }
            generator.writeEndArray();
        }
    }
}
