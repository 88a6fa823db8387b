package org.schooljournal.core.access;

import java.util.Optional;
import java.util.Set;

/**
 * What the access rules read of a school (ACC-1): who holds which role, and who is the homeroom
 * teacher of each class. The school's state is one.
 */
public interface SchoolRoles {

    /** Returns the school's identifier. */
    String schoolId();

    /** Returns the roles the person holds in the school; empty if none. */
    Set<Role> rolesOf(String personId);

    /** Returns the homeroom teacher of the class, if the school has the class. */
    Optional<String> homeroomTeacherOf(String classCode);
}
