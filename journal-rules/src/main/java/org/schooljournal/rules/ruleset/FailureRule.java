package org.schooljournal.rules.ruleset;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * ARC-7: during a technical failure the school works without the journal and enters the data
 * later; such entries are late because of the failure, not the teacher (A2-head 6). An entry whose
 * time limit closed inside a declared failure is on time if made within {@code grace} after the
 * failure ends, and is marked as caused by it. Applies to the rules in {@code appliesTo}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param reference the clause of the regulation
 * @param grace how long after a failure ends its late entries are on time; 0 to 366 days ({@link ParameterBounds})
 * @param appliesTo the rules whose limits a failure extends; not ARC-7 itself
 */
public record FailureRule(String reference, Duration grace, Set<RuleId> appliesTo) implements Rule {

    /** Checks the parameters; see {@link BadParameter}. */
    public FailureRule {
        BadParameter.text("reference", reference);
        BadParameter.notNegative("grace", grace);
        BadParameter.required("appliesTo", appliesTo);
        if (appliesTo.stream().anyMatch(Objects::isNull)) {
            throw BadParameter.invalid("appliesTo", "must not contain null");
        }
        appliesTo = appliesTo.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(appliesTo));
        if (appliesTo.contains(RuleId.ARC_7)) {
            throw BadParameter.invalid("appliesTo", "must not contain ARC-7 itself");
        }
    }
}
