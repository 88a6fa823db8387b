package org.schooljournal.rules.ruleset;

/**
 * Ships a region's rule set, found with {@link java.util.ServiceLoader}: a region that has its
 * own regulation implements this, lists the class in
 * {@code META-INF/services/org.schooljournal.rules.ruleset.RuleSetProvider}, and users ask for it
 * with {@link RuleSets#byId(String)}. Usually the implementation reads a JSON resource with
 * {@link RuleSets#read(String, java.io.InputStream)}.
 *
 * <p>Implementations must be thread-safe and have a public no-argument constructor.
 */
public interface RuleSetProvider {

    /** Returns the identifier of the rule set, unique among providers, such as {@code yugra-2020}. */
    String id();

    /**
     * Returns the rule set; called each time it is asked for, so it may be cached.
     *
     * @throws InvalidRuleSetException if the provider's document is invalid
     */
    RuleSet ruleSet();
}
