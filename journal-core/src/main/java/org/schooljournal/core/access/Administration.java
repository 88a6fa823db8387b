package org.schooljournal.core.access;

/**
 * The school's administration — its head and deputy heads (ACC-4, A2-head, A2-deputy) — and the
 * homeroom teacher of a class (ACC-3, ROS-4): the two standings most rules grant rights by, each
 * decided here once.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Administration {

    private Administration() {
    }

    /** Returns whether the actor belongs to the administration: holds a role with ADMINISTER_JOURNALS. */
    public static boolean includes(Actor actor, SchoolRoles school) {
        return ActingRoles.of(actor, school).stream().anyMatch(Permission.ADMINISTER_JOURNALS::heldBy);
    }

    /**
     * ROS-4: returns whether the actor keeps the class's list and its students' guardians: the
     * administration for every class, the homeroom teacher for their own.
     */
    public static boolean keepsClassList(Actor actor, SchoolRoles school, String classCode) {
        return includes(actor, school) || isHomeroomTeacher(actor, school, classCode);
    }

    /**
     * Returns whether the actor is the homeroom teacher of the class (ACC-3, ROS-4): holds the role
     * and is the class's homeroom teacher.
     */
    public static boolean isHomeroomTeacher(Actor actor, SchoolRoles school, String classCode) {
        return ActingRoles.holds(actor, school, Role.HOMEROOM_TEACHER)
                && school.homeroomTeacherOf(classCode).filter(actor.personId()::equals).isPresent();
    }
}
