package org.schooljournal.core.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * A right to a kind of action, and the roles that hold it as the regulation assigns them.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Permission {
    /** Set up the academic year and the school's structure (ACC-4, YR-1…YR-10). */
    SET_UP_YEAR(EnumSet.of(Role.HEAD, Role.DEPUTY_HEAD)),
    /** Assign roles and keep staff accounts and profiles (ACC-5). */
    MANAGE_ACCOUNTS(EnumSet.of(Role.SYSTEM_ADMINISTRATOR)),
    /** Enrol, transfer and withdraw students (ROS-2, A2-head 23). */
    MANAGE_ROSTER(EnumSet.of(Role.HEAD, Role.DEPUTY_HEAD)),
    /**
     * Update a class's lists and its students' data (ROS-4): the administration for every class,
     * a homeroom teacher for their own classes only.
     */
    UPDATE_CLASS_LIST(EnumSet.of(Role.HEAD, Role.DEPUTY_HEAD, Role.HOMEROOM_TEACHER));

    private final Set<Role> holders;

    Permission(Set<Role> holders) {
        this.holders = holders;
    }

    /** Returns the roles that hold this right; a new set each time. */
    public Set<Role> holders() {
        return EnumSet.copyOf(holders);
    }

    /** Returns whether the role holds this right. */
    public boolean heldBy(Role role) {
        return holders.contains(role);
    }
}
