package org.schooljournal.rules.ruleset;

/**
 * A provider that cannot be instantiated: its constructor throws, so {@link java.util.ServiceLoader}
 * reports a {@link java.util.ServiceConfigurationError}. Registered first in the test's
 * {@code META-INF/services}, to prove that the providers after it still load.
 */
public final class BrokenRuleSetProvider implements RuleSetProvider {

    /** Always fails, as a provider whose set-up breaks would. */
    public BrokenRuleSetProvider() {
        throw new IllegalStateException("broken on purpose by the test");
    }

    @Override
    public String id() {
        return "broken-region";
    }

    @Override
    public int priority() {
        return DEFAULT_PRIORITY;
    }

    @Override
    public RuleSet ruleSet() {
        throw new AssertionError("never instantiated");
    }
}
