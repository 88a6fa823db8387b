package org.schooljournal.core.access;

import java.util.Optional;
import java.util.Set;
import org.schooljournal.core.Actor;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolState;

/**
 * Decides whether an actor may execute a command in a school (ACC-1, ACC-4, ACC-5, ROS-4): the
 * actor must hold a role that holds the command's right; a homeroom teacher's right to a class
 * holds only for the classes whose homeroom teacher they are. Access is never soft (DESIGN.md,
 * principle 4).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    /**
     * Checks the actor's right.
     *
     * @throws AccessDeniedException naming the actor, the action and the missing right
     */
    public static void require(Actor actor, SchoolCommand command, SchoolState state) {
        Optional<Permission> needed = command.permission();
        if (needed.isEmpty()) {
            return;
        }
        Permission permission = needed.get();
        Set<Role> held = state.rolesOf(actor.personId());
        Optional<String> classCode = command.classScope(state);
        boolean allowed = held.stream().anyMatch(role -> permission.heldBy(role)
                && (role != Role.HOMEROOM_TEACHER || classCode.isPresent() && isHomeroomTeacher(actor, classCode.get(), state)));
        if (!allowed) {
            String scope = classCode.map(code -> "for class " + code + " in school " + state.schoolId())
                    .orElse("in school " + state.schoolId());
            throw new AccessDeniedException(actor, command.getClass().getSimpleName(), permission, scope);
        }
    }

    private static boolean isHomeroomTeacher(Actor actor, String classCode, SchoolState state) {
        return state.structure().schoolClass(classCode)
                .map(c -> c.homeroomTeacherId().equals(actor.personId()))
                .orElse(false);
    }
}
