package org.schooljournal.core.journal;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.rules.SchoolRules;

/**
 * What a journal command may know when it decides: who executes it, the engine's current instant,
 * the school's state and the school's rules (its calendar, rule set and declared failures).
 *
 * <p>This class is immutable and thread-safe.
 */
final class JournalContext {

    private final Actor actor;
    private final Instant now;
    private final SchoolState school;
    private final Supplier<SchoolRules> rules;

    /**
     * Creates a context.
     *
     * @param rules the school's rules, computed when first asked for
     */
    JournalContext(Actor actor, Instant now, SchoolState school, Supplier<SchoolRules> rules) {
        this.actor = Objects.requireNonNull(actor, "actor");
        this.now = Objects.requireNonNull(now, "now");
        this.school = Objects.requireNonNull(school, "school");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** Returns who executes the command. */
    Actor actor() {
        return actor;
    }

    /** Returns the engine clock's instant. */
    Instant now() {
        return now;
    }

    /** Returns the school's state. */
    SchoolState school() {
        return school;
    }

    /** Returns the school's rules. */
    SchoolRules rules() {
        return rules.get();
    }
}
