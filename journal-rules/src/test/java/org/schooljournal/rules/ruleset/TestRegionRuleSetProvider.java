package org.schooljournal.rules.ruleset;

/**
 * A region's provider as a region would write one: it reads its own document, the Yugra set with
 * other parameters, from a resource. Registered in the test's {@code META-INF/services}.
 */
public final class TestRegionRuleSetProvider implements RuleSetProvider {

    /** The identifier of the test region's rule set. */
    public static final String ID = "test-region";

    static final String RESOURCE = "test-region.json";

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
        return RuleSets.read(RESOURCE, TestRegionRuleSetProvider.class.getResourceAsStream(RESOURCE));
    }
}
