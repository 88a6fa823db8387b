package org.schooljournal.core.access;

import java.util.Set;

/**
 * The roles an actor acts in, the one place every access rule of this package asks (ACC-1): the
 * roles the school's state gives the person. A blocked account (PD-4) never reaches a rule: the
 * facets refuse it first ({@link AccountRights#requireActive}), for every command and read of its
 * school.
 *
 * <p>This class is stateless and thread-safe.
 */
final class ActingRoles {

    private ActingRoles() {
    }

    /** Returns the roles the actor acts in, in the school; empty if none. */
    static Set<Role> of(Actor actor, SchoolRoles school) {
        return school.rolesOf(actor.personId());
    }

    /** Returns whether the actor acts in the role in the school. */
    static boolean holds(Actor actor, SchoolRoles school, Role role) {
        return of(actor, school).contains(role);
    }
}
