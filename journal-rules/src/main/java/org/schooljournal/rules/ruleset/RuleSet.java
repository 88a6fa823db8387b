package org.schooljournal.rules.ruleset;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A rule set: every time-limit rule of a region's regulation with its parameters, legal reference
 * and enforcement, read from a JSON document (see {@link RuleSets}). A school may lay its own
 * parameters over it with {@link #withOverrides(String)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleSet {

    private final String id;
    private final String region;
    private final String title;
    private final Map<RuleId, Rule> rules;

    RuleSet(String id, String region, String title, Map<RuleId, Rule> rules) {
        this.id = Objects.requireNonNull(id, "id");
        this.region = Objects.requireNonNull(region, "region");
        this.title = Objects.requireNonNull(title, "title");
        this.rules = Collections.unmodifiableMap(new EnumMap<>(rules));
        for (RuleId ruleId : RuleId.values()) {
            if (!ruleId.parameters().isInstance(this.rules.get(ruleId))) {
                throw new IllegalArgumentException("rule " + ruleId + " is missing or of a wrong type");
            }
        }
    }

    /** Returns the rule set's identifier, such as {@code yugra-2020}. */
    public String id() {
        return id;
    }

    /** Returns the region, as an ISO 3166-2 code such as {@code RU-KHM}. */
    public String region() {
        return region;
    }

    /** Returns the title of the regulation, in Russian. */
    public String title() {
        return title;
    }

    /** Returns every rule, in the order of {@link RuleId}. */
    public Map<RuleId, Rule> rules() {
        return rules;
    }

    /** Returns the rule with that ID. */
    public Rule rule(RuleId ruleId) {
        return rules.get(Objects.requireNonNull(ruleId, "ruleId"));
    }

    /**
     * Returns the rule with that ID as the type of its parameters.
     *
     * @throws ClassCastException if {@code type} is not the type of that rule's parameters
     */
    public <R extends Rule> R rule(RuleId ruleId, Class<R> type) {
        return type.cast(rule(ruleId));
    }

    /**
     * Returns this rule set with a school's overrides laid over it. The overrides are a JSON
     * document of the same shape holding only what changes, such as
     * {@code {"rules": {"MRK-3": {"counting": "SCHOOL_DAYS"}}}}: objects are merged, any other value
     * replaces. This rule set is not changed.
     *
     * @throws InvalidRuleSetException if the overrides or the merged document are invalid
     */
    public RuleSet withOverrides(String overridesJson) {
        return RuleSetReader.INSTANCE.override(this, overridesJson);
    }

    /** Returns this rule set as a JSON document that {@link RuleSets#read} reads back. */
    public String toJson() {
        return RuleSetReader.INSTANCE.write(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RuleSet that
                && id.equals(that.id) && region.equals(that.region) && title.equals(that.title)
                && rules.equals(that.rules);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, region, title, rules);
    }

    @Override
    public String toString() {
        return "RuleSet[" + id + ", " + region + ", " + rules.size() + " rules]";
    }
}
