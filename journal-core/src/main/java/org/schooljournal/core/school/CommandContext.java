package org.schooljournal.core.school;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import org.schooljournal.core.access.Actor;
import org.schooljournal.rules.ruleset.RuleSet;

/**
 * What a command may know besides the school's state when it decides: who executes it, the
 * engine's current instant, the school's effective rule set (the region's with the school's own
 * settings laid over it, DESIGN.md, principle 11) and the region's rule set itself.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CommandContext {

    private final Actor actor;
    private final Instant now;
    private final RuleSet regionRuleSet;
    private final Supplier<RuleSet> ruleSet;

    /**
     * Creates the context of a school that follows the region's rule set, with no settings of
     * its own.
     *
     * @param actor who executes the command
     * @param now the engine clock's instant
     * @param ruleSet the region's rule set, which is also the school's
     */
    public CommandContext(Actor actor, Instant now, RuleSet ruleSet) {
        this(actor, now, ruleSet, () -> ruleSet);
    }

    /**
     * Creates a context.
     *
     * @param regionRuleSet the engine's rule set, every school's default
     * @param ruleSet the school's effective rule set, made when first asked for, so that a command
     *     that needs none is never stopped by settings that no longer fit
     */
    CommandContext(Actor actor, Instant now, RuleSet regionRuleSet, Supplier<RuleSet> ruleSet) {
        this.actor = Objects.requireNonNull(actor, "actor");
        this.now = Objects.requireNonNull(now, "now");
        this.regionRuleSet = Objects.requireNonNull(regionRuleSet, "regionRuleSet");
        this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
    }

    /** Returns who executes the command. */
    public Actor actor() {
        return actor;
    }

    /** Returns the engine clock's instant. */
    public Instant now() {
        return now;
    }

    /**
     * Returns the school's effective rule set: the region's with the school's own settings laid
     * over it ({@link Schools#ruleSet(SchoolState)}).
     *
     * @throws org.schooljournal.spi.JournalException CONFIGURATION if the school's recorded
     *     settings do not fit the region's rule set
     */
    public RuleSet ruleSet() {
        return ruleSet.get();
    }

    /** Returns the region's rule set, the engine's, which every school's settings are laid over. */
    public RuleSet regionRuleSet() {
        return regionRuleSet;
    }

    @Override
    public String toString() {
        return "CommandContext[" + actor + ", " + now + ", " + regionRuleSet.id() + "]";
    }
}
