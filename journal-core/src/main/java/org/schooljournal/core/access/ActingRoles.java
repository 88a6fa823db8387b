package org.schooljournal.core.access;

import java.util.Set;

/**
 * The roles an actor acts in, the one place every access rule of this package asks (ACC-1): the
 * roles the school's state gives the person. A blocked account — one whose compromise was
 * reported (PD-4) — will act in none, decided here once, so that no rule can forget it.
 *
 * <p>This class is stateless and thread-safe.
 */
final class ActingRoles {

    private ActingRoles() {
    }

    /** Returns the roles the actor acts in, in the school; empty if none. */
    static Set<Role> of(Actor actor, SchoolRoles school) {
        // PD-4: an account blocked after a reported compromise acts in no role; its check goes here.
        return school.rolesOf(actor.personId());
    }

    /** Returns whether the actor acts in the role in the school. */
    static boolean holds(Actor actor, SchoolRoles school, Role role) {
        return of(actor, school).contains(role);
    }
}
