package org.schooljournal.rules.ruleset;

/**
 * A second provider of the test region's identifier, as a region's jar put on the class path twice
 * under two names would be. Not in the test's {@code META-INF/services}: {@link RuleSetsTest}
 * registers it in a class loader of its own, so that the other tests still find one provider.
 */
public final class TwinRegionRuleSetProvider implements RuleSetProvider {

    @Override
    public String id() {
        return TestRegionRuleSetProvider.ID;
    }

    @Override
    public int priority() {
        return DEFAULT_PRIORITY;
    }

    @Override
    public RuleSet ruleSet() {
        throw new AssertionError("a provider whose id is shared is never asked for its set");
    }
}
