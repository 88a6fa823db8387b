package org.schooljournal.core.school;

import org.schooljournal.core.access.Role;

/**
 * A person was given a role in the school (ACC-1, ACC-5).
 *
 * <p>This record is immutable and thread-safe.
 */
public record RoleAssigned(String personId, Role role) implements OwnEvent {

    SchoolState applyTo(SchoolState state) {
        return state.withRole(personId, role);
    }
}
