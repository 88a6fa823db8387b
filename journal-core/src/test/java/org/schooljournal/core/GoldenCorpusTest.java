package org.schooljournal.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.log.EventCodec;
import org.schooljournal.core.log.EventFamily;
import org.schooljournal.core.school.SchoolLog;

/**
 * The golden corpus of the log (DESIGN.md, principle 10; docs/event-log.md): one stored line per
 * event type and schema version in {@code golden/events.jsonl}, which must keep decoding to the
 * same value forever. A type added without its line fails here, naming the line to add; run with
 * {@code -Dgolden.append=true} to append the missing lines (never to change one).
 */
@Tag("ARC-4")
@Tag("ACC-7")
@DisplayName("ARC-4, ACC-7: every stored event type has a golden line that keeps decoding to the same value")
class GoldenCorpusTest {

    private static final String CORPUS = "/golden/events.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static EventCodec codec;
    private static Map<String, Object> values;
    private static List<ObjectNode> lines;

    @BeforeAll
    static void read() throws IOException {
        codec = SchoolLog.codec();
        values = GoldenEvents.all();
        lines = new ArrayList<>();
        try (InputStream in = GoldenCorpusTest.class.getResourceAsStream(CORPUS)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    lines.add((ObjectNode) JSON.readTree(line));
                }
            }
        }
    }

    @Test
    @DisplayName("every stored type of the engine, at its current version, has a value and a golden line")
    void everyTypeHasItsLine() throws IOException {
        Map<String, String> missing = new LinkedHashMap<>();
        for (EventFamily.Type type : codec.types()) {
            assertThat(values).as("GoldenEvents has a value of %s", type.name()).containsKey(type.name());
            if (line(type.name(), type.version()) == null) {
                missing.put(type.name(), lineOf(type.name()));
            }
        }
        if (!missing.isEmpty() && Boolean.getBoolean("golden.append")) {
            Files.writeString(Path.of("src/test/resources" + CORPUS), String.join("\n", missing.values()) + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
        assertThat(missing).as("the golden lines to add to %s", CORPUS).isEmpty();
    }

    @Test
    @DisplayName("every golden line decodes, through the codec as the engine reads the log, to its value")
    void everyLineDecodesToItsValue() throws IOException {
        assertThat(lines).isNotEmpty();
        for (ObjectNode line : lines) {
            String type = line.get("type").asText();
            int version = line.get("version").asInt();
            byte[] payload = JSON.writeValueAsBytes(line.get("payload"));
            Object decoded = codec.decode(type, version, payload, Object.class);
            if (version == current(type)) {
                assertThat(decoded).as(type).isEqualTo(values.get(type));
            }
        }
    }

    @Test
    @DisplayName("every value is stored exactly as its golden line: names and shapes of the payload do not drift")
    void everyValueEncodesToItsLine() throws IOException {
        for (Map.Entry<String, Object> value : values.entrySet()) {
            EventCodec.Encoded encoded = codec.encode(value.getValue());
            assertThat(encoded.type()).isEqualTo(value.getKey());
            ObjectNode line = line(encoded.type(), encoded.schemaVersion());
            assertThat(line).as("the golden line of %s v%s", encoded.type(), encoded.schemaVersion()).isNotNull();
            assertThat(shape(JSON.readTree(encoded.payload()))).as(encoded.type()).isEqualTo(shape(line.get("payload")));
        }
    }

    @Test
    @DisplayName("each stored type and version has one golden line, and every line names a type the engine reads")
    void noDuplicateOrStrayLine() {
        List<String> keys = lines.stream().map(l -> l.get("type").asText() + " v" + l.get("version").asInt()).toList();
        assertThat(keys).doesNotHaveDuplicates();
        for (ObjectNode line : lines) {
            assertThat(current(line.get("type").asText())).as(line.get("type").asText())
                    .isGreaterThanOrEqualTo(line.get("version").asInt());
        }
    }

    /**
     * Returns the JSON with its arrays of plain values sorted: a set (a period's levels, public
     * non-working days) is written in no fixed order; the order of lists is checked by decoding.
     */
    private static JsonNode shape(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            node.properties().forEach(field -> copy.set(field.getKey(), shape(field.getValue())));
            return copy;
        }
        if (node.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            node.forEach(item -> items.add(shape(item)));
            if (items.stream().allMatch(JsonNode::isValueNode)) {
                items.sort(java.util.Comparator.comparing(JsonNode::toString));
            }
            return JSON.createArrayNode().addAll(items);
        }
        return node;
    }

    private static int current(String type) {
        return codec.types().stream().filter(t -> t.name().equals(type)).mapToInt(EventFamily.Type::version)
                .findFirst().orElse(0);
    }

    private static ObjectNode line(String type, int version) {
        return lines.stream().filter(l -> l.get("type").asText().equals(type) && l.get("version").asInt() == version)
                .findFirst().orElse(null);
    }

    private static String lineOf(String type) throws IOException {
        Object value = values.get(type);
        if (value == null) {
            return "(add a value of " + type + " to GoldenEvents first)";
        }
        EventCodec.Encoded encoded = codec.encode(value);
        ObjectNode line = JSON.createObjectNode();
        line.put("type", encoded.type());
        line.put("version", encoded.schemaVersion());
        JsonNode payload = JSON.readTree(encoded.payload());
        line.set("payload", payload);
        return JSON.writeValueAsString(line);
    }
}
