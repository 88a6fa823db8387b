package org.schooljournal.core.school;

import org.schooljournal.core.access.Role;

/**
 * A person's role in the school was taken away (ACC-5).
 *
 * <p>This record is immutable and thread-safe.
 */
public record RoleRevoked(String personId, Role role) implements OwnEvent {

    SchoolState applyTo(SchoolState state) {
        return state.withoutRole(personId, role);
    }
}
