package org.schooljournal.rules.ruleset;

/**
 * Provides the built-in rule set of Yugra (order No. 287 of 28 February 2020), the default, at
 * {@link org.schooljournal.spi.ServiceProvider#DEFAULT_PRIORITY}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class YugraRuleSetProvider implements RuleSetProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public YugraRuleSetProvider() {
    }

    @Override
    public String id() {
        return RuleSets.YUGRA_2020;
    }

    @Override
    public int priority() {
        return DEFAULT_PRIORITY;
    }

    @Override
    public RuleSet ruleSet() {
        return RuleSets.yugra2020();
    }
}
