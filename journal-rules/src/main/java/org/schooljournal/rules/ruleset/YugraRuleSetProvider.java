package org.schooljournal.rules.ruleset;

/**
 * Provides the built-in rule set of Yugra (order No. 287 of 28 February 2020), the default.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class YugraRuleSetProvider implements RuleSetProvider {

    @Override
    public String id() {
        return RuleSets.YUGRA_2020;
    }

    @Override
    public RuleSet ruleSet() {
        return RuleSets.yugra2020();
    }
}
