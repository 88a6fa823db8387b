package org.schooljournal.rules.ruleset;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.time.Duration;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and writes rule-set documents with Jackson. Strict: every field is required, no unknown
 * field or rule is accepted, values are never coerced from another JSON type. A document either
 * yields a whole {@link RuleSet} or an {@link InvalidRuleSetException} naming the JSON path.
 */
final class RuleSetReader {

    static final RuleSetReader INSTANCE = new RuleSetReader();

    private static final Set<String> TOP_LEVEL_FIELDS = Set.of("id", "region", "title", "rules");

    private final ObjectMapper mapper;

    private RuleSetReader() {
        SimpleModule isoTime = new SimpleModule("iso-time")
                .addDeserializer(Duration.class, new IsoTextDeserializer<>(
                        Duration.class, Duration::parse, "an ISO-8601 duration such as \"PT20M\""))
                .addDeserializer(MonthDay.class, new IsoTextDeserializer<>(
                        MonthDay.class, MonthDay::parse, "a month and day such as \"--09-05\""))
                .addSerializer(Duration.class, ToStringSerializer.instance)
                .addSerializer(MonthDay.class, ToStringSerializer.instance);
        mapper = JsonMapper.builder()
                .addModule(isoTime)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES,
                        DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Boolean,
                LogicalType.Textual, LogicalType.Enum, LogicalType.Collection)) {
            for (CoercionInputShape shape : CoercionInputShape.values()) {
                mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
            }
        }
    }

    RuleSet read(String source, String json) {
        return bind(source, parse(source, json));
    }

    RuleSet override(RuleSet base, String overridesJson) {
        Objects.requireNonNull(overridesJson, "overridesJson");
        String source = "overrides of " + base.id();
        JsonNode overrides = parse(source, overridesJson);
        requireObject(source, "$", overrides);
        ObjectNode merged = tree(base);
        merge(merged, overrides);
        return bind(source, merged);
    }

    private JsonNode parse(String source, String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InvalidRuleSetException(source, "$", "malformed JSON" + where + ": "
                    + plain(e.getOriginalMessage()), e);
        }
    }

    /** Keeps Jackson's statement of the problem, without its configuration advice and source dump. */
    private static String plain(String jacksonMessage) {
        return jacksonMessage
                .replaceAll("\\s*\\(set DeserializationConfig[^)]*\\)", "")
                .replaceAll("\\s*at \\[Source:[\\s\\S]*", "")
                .replaceAll("\\s*\\n[\\s\\S]*", "")
                .strip();
    }

    String write(RuleSet ruleSet) {
        try {
            return mapper.writeValueAsString(tree(ruleSet));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write rule set " + ruleSet.id(), e);
        }
    }

    private ObjectNode tree(RuleSet ruleSet) {
        ObjectNode root = mapper.createObjectNode()
                .put("id", ruleSet.id())
                .put("region", ruleSet.region())
                .put("title", ruleSet.title());
        ObjectNode rules = root.putObject("rules");
        ruleSet.rules().forEach((id, rule) -> rules.set(id.code(), mapper.valueToTree(rule)));
        return root;
    }

    private static void merge(ObjectNode target, JsonNode update) {
        update.properties().forEach(field -> {
            JsonNode current = target.get(field.getKey());
            if (current instanceof ObjectNode currentObject && field.getValue().isObject()) {
                merge(currentObject, field.getValue());
            } else {
                target.set(field.getKey(), field.getValue().deepCopy());
            }
        });
    }

    private RuleSet bind(String source, JsonNode root) {
        requireObject(source, "$", root);
        requireFields(source, "$", root, TOP_LEVEL_FIELDS);
        String id = text(source, "$.id", root.get("id"));
        String region = text(source, "$.region", root.get("region"));
        String title = text(source, "$.title", root.get("title"));
        JsonNode rulesNode = root.get("rules");
        requireObject(source, "$.rules", rulesNode);

        Map<RuleId, Rule> rules = new EnumMap<>(RuleId.class);
        for (Map.Entry<String, JsonNode> field : rulesNode.properties()) {
            String path = "$.rules." + field.getKey();
            RuleId ruleId = RuleId.find(field.getKey()).orElseThrow(() -> new InvalidRuleSetException(
                    source, path, "unknown rule; known rules are " + Arrays.toString(RuleId.values()), null));
            rules.put(ruleId, bindRule(source, path, field.getValue(), ruleId.parameters()));
        }
        for (RuleId ruleId : RuleId.values()) {
            if (!rules.containsKey(ruleId)) {
                throw new InvalidRuleSetException(source, "$.rules." + ruleId, "rule is missing", null);
            }
        }
        return new RuleSet(id, region, title, rules);
    }

    private Rule bindRule(String source, String path, JsonNode node, Class<? extends Rule> type) {
        requireObject(source, path, node);
        Set<String> fields = new LinkedHashSet<>();
        Arrays.stream(type.getRecordComponents()).forEach(component -> fields.add(component.getName()));
        requireFields(source, path, node, fields);
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof BadParameter bad) {
                throw new InvalidRuleSetException(source, path + "." + bad.field(), bad.problem(), e);
            }
            throw new InvalidRuleSetException(source, path + pathOf(e), plain(e.getOriginalMessage()), e);
        } catch (JsonProcessingException e) {
            throw new InvalidRuleSetException(source, path, plain(e.getOriginalMessage()), e);
        }
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append('.').append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static void requireObject(String source, String path, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new InvalidRuleSetException(source, path, "expected a JSON object, found "
                    + (node == null ? "nothing" : node.getNodeType()), null);
        }
    }

    private static void requireFields(String source, String path, JsonNode node, Set<String> expected) {
        List<String> unknown = new ArrayList<>();
        node.fieldNames().forEachRemaining(name -> {
            if (!expected.contains(name)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            throw new InvalidRuleSetException(source, path + "." + unknown.get(0),
                    "unknown field; expected " + new TreeSet<>(expected), null);
        }
        for (String name : expected) {
            if (!node.has(name)) {
                throw new InvalidRuleSetException(source, path + "." + name, "required field is missing", null);
            }
        }
    }

    private static String text(String source, String path, JsonNode node) {
        if (!node.isTextual()) {
            throw new InvalidRuleSetException(source, path, "expected a non-blank string, found "
                    + node.getNodeType(), null);
        }
        if (node.asText().isBlank()) {
            throw new InvalidRuleSetException(source, path, "must not be blank", null);
        }
        return node.asText();
    }
}
