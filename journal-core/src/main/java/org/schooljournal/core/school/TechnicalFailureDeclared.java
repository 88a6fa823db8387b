package org.schooljournal.core.school;

import java.time.Instant;
import org.schooljournal.rules.TechnicalFailure;

/**
 * A technical failure of the journal was declared (ARC-7).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param start when the journal stopped working
 * @param end when it worked again
 * @param reason what failed
 */
public record TechnicalFailureDeclared(Instant start, Instant end, String reason) implements OwnEvent {

    SchoolState applyTo(SchoolState state) {
        return state.withStructure(state.structure().withFailure(new TechnicalFailure(start, end)));
    }
}
