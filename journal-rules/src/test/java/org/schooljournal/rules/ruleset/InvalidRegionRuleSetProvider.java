package org.schooljournal.rules.ruleset;

/**
 * A provider that loads but whose document is invalid (a negative ATT-2 limit): asking for its set
 * fails. Registered in the test's {@code META-INF/services}.
 */
public final class InvalidRegionRuleSetProvider implements RuleSetProvider {

    /** The identifier of the invalid region's rule set. */
    public static final String ID = "invalid-region";

    static final String RESOURCE = "invalid-region.json";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int priority() {
        return DEFAULT_PRIORITY;
    }

    @Override
    public RuleSet ruleSet() {
        return RuleSets.read(RESOURCE, InvalidRegionRuleSetProvider.class.getResourceAsStream(RESOURCE));
    }
}
