package org.schooljournal.core.school;

import java.time.Instant;
import java.util.Objects;
import org.schooljournal.core.access.Actor;
import org.schooljournal.rules.ruleset.RuleSet;

/**
 * What a command may know besides the school's state when it decides: who executes it, the
 * engine's current instant, and the rule set.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param actor who executes the command
 * @param now the engine clock's instant
 * @param ruleSet the engine's rule set
 */
public record CommandContext(Actor actor, Instant now, RuleSet ruleSet) {

    /** Checks the parts are given. */
    public CommandContext {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(ruleSet, "ruleSet");
    }
}
