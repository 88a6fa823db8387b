package org.schooljournal.core.school;

import java.util.Optional;

/**
 * A class was opened with its homeroom teacher (YR-4).
 *
 * <p>This record is immutable and thread-safe.
 */
public record ClassOpened(String code, int grade, String homeroomTeacherId) implements OwnEvent {

    SchoolState applyTo(SchoolState state) {
        return state.withStructure(state.structure().withClass(new SchoolClass(code, grade, homeroomTeacherId, Optional.empty())));
    }
}
