package org.schooljournal.core.access;

import java.util.Optional;
import java.util.Set;

/**
 * Who may change a school's own log: its set-up, accounts and settings, programme and roster
 * (ACC-1, ACC-4, ACC-5, ROS-4). The actor must hold a role that holds the command's right; a homeroom teacher's
 * right to a class holds only for the classes whose homeroom teacher they are. Never soft
 * (DESIGN.md, principle 4).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SchoolRights {

    private SchoolRights() {
    }

    /**
     * ACC-1, ACC-4, ACC-5, ROS-4: checks the actor holds the right in the school, for the class
     * if the action concerns one.
     *
     * @param action what the actor does, such as the command's name
     * @param classScope the class the action concerns, for rights held per class; empty for the whole school
     * @throws AccessDeniedException naming the actor, the action and the missing right
     */
    public static void require(Actor actor, SchoolRoles school, Permission permission, Optional<String> classScope,
            String action) {
        Set<Role> held = ActingRoles.of(actor, school);
        boolean allowed = held.stream().anyMatch(role -> permission.heldBy(role)
                && (role != Role.HOMEROOM_TEACHER
                        || classScope.filter(code -> Administration.isHomeroomTeacher(actor, school, code)).isPresent()));
        if (!allowed) {
            String scope = classScope.map(code -> "for class " + code + " in school " + school.schoolId())
                    .orElse("in school " + school.schoolId());
            throw new AccessDeniedException(actor, action, permission, scope, requirementOf(permission));
        }
    }

    /**
     * ACC-4: checks the actor belongs to the administration, who controls the school's set-up,
     * runs its reports and keeps its archive.
     *
     * @param action what the actor does, such as "read"
     * @param what what it is done to, such as "the set-up report of school 86-001"
     * @throws AccessDeniedException if not
     */
    public static void requireAdministration(Actor actor, SchoolRoles school, String action, String what) {
        if (!Administration.includes(actor, school)) {
            throw new AccessDeniedException(actor, action, Permission.ADMINISTER_JOURNALS, what, "ACC-4");
        }
    }

    /**
     * PD-2, ACC-4, ACC-5: checks the reader may read the school's whole state — its set-up, staff,
     * roster, guardians and their contacts: the administration and the system administrator.
     * Everyone else reads what concerns them through the other facets (a journal, a diary).
     *
     * @throws AccessDeniedException if not
     */
    public static void requireWholeSchoolReader(Actor reader, SchoolRoles school) {
        if (ActingRoles.of(reader, school).stream().noneMatch(Permission.READ_SCHOOL::heldBy)) {
            throw new AccessDeniedException(reader, "read", Permission.READ_SCHOOL, "the whole state of school "
                    + school.schoolId() + " (every student's and guardian's personal data)", "PD-2");
        }
    }

    /**
     * Checks nobody grants themselves a role, a guardianship or a class (ACC-5, PD-2, ROS-4): what
     * gives a right to someone is decided by another holder of the right to give it, so that no
     * one vouches for themselves — a system administrator does not make themselves head, a
     * homeroom teacher does not register themselves as a student's guardian, a deputy does not
     * make themselves a class's homeroom teacher.
     *
     * @param granteeId who is given the right
     * @param permission the right that gives it, held by whoever else may
     * @param action what the actor does, such as the command's name
     * @param what what is given, such as "the role HEAD"
     * @throws AccessDeniedException if the actor gives it to themselves
     */
    public static void requireNotSelf(Actor actor, SchoolRoles school, String granteeId, Permission permission,
            String action, String what) {
        if (actor.personId().equals(granteeId)) {
            throw new AccessDeniedException(actor, action, permission, "giving themselves " + what + " in school "
                    + school.schoolId() + " (nobody grants themselves a role, a guardianship or a class: another"
                    + " holder of the right does)", switch (permission) {
                        case UPDATE_CLASS_LIST -> "PD-2";
                        case SET_UP_YEAR -> "ROS-4";
                        default -> "ACC-5";
                    });
        }
    }

    private static String requirementOf(Permission permission) {
        return switch (permission) {
            case MANAGE_ACCOUNTS, SET_SCHOOL_SETTINGS -> "ACC-5";
            case UPDATE_CLASS_LIST -> "ROS-4";
            case SET_UP_YEAR, MANAGE_ROSTER, ADMINISTER_JOURNALS -> "ACC-4";
            case RECORD_IN_JOURNAL, READ_JOURNAL -> "ACC-2";
            case READ_SCHOOL -> "PD-2";
            case READ_DIARY -> "DRY-2";
            case HANDLE_COMPROMISE, USE_ACCOUNT -> "PD-4";
            case BIND_SUBJECTS -> "PD-3";
        };
    }
}
