package org.schooljournal.rules.ruleset;

import org.schooljournal.spi.ServiceProvider;

/**
 * Ships a region's rule set, found with {@link java.util.ServiceLoader} by
 * {@link org.schooljournal.spi.Bootstrap} (port name {@value #PORT}): a region that has its own
 * regulation implements this, registers the class in
 * {@code META-INF/services/org.schooljournal.rules.ruleset.RuleSetProvider} (and with
 * {@code provides} in its {@code module-info}), and users ask for it with
 * {@link RuleSets#byId(String)}. Usually the implementation reads a JSON resource with
 * {@link RuleSets#read(String, java.io.InputStream)}.
 *
 * <p>A rule set is always asked for by its identifier, so the {@link #priority()} of a region's
 * provider ranks it only where a caller lets {@code Bootstrap} choose; regions use
 * {@link ServiceProvider#DEFAULT_PRIORITY}, as the built-in {@link YugraRuleSetProvider} does.
 *
 * <p>Implementations must be thread-safe and have a public no-argument constructor.
 */
public interface RuleSetProvider extends ServiceProvider {

    /** The port's name, for {@link org.schooljournal.spi.Bootstrap} and its messages. */
    String PORT = "rule-set";

    /** Returns the identifier of the rule set, unique among providers, such as {@code yugra-2020}. */
    @Override
    String id();

    /**
     * Returns the rule set; called each time it is asked for, so it may be cached.
     *
     * @return the rule set
     * @throws InvalidRuleSetException if the provider's document is invalid
     */
    RuleSet ruleSet();
}
