package org.schooljournal.core.notification;

import java.util.Set;
import org.schooljournal.core.Actor;
import org.schooljournal.core.access.AccessDeniedException;
import org.schooljournal.core.access.Permission;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.NotFoundException;

/**
 * Who may change a guardian's consent, contacts and settings: the guardian themselves, in
 * electronic form; the administration or the homeroom teacher of one of their children, from a
 * written document (PD-1, NTF-4). Never soft.
 */
final class ContactAccess {

    private ContactAccess() {
    }

    /**
     * Checks the guardian exists and the actor may act for them in that form.
     *
     * @throws NotFoundException if the guardian is unknown
     * @throws AccessDeniedException if the actor may not
     */
    static void require(Actor actor, SchoolState state, String guardianId, DocumentForm form, Object command) {
        if (state.roster().guardian(guardianId).isEmpty()) {
            throw NotFoundException.of(command, "guardianId", guardianId, "is not a guardian of school " + state.schoolId());
        }
        boolean self = actor.personId().equals(guardianId) && form == DocumentForm.ELECTRONIC;
        Set<Role> roles = state.rolesOf(actor.personId());
        boolean administration = roles.contains(Role.HEAD) || roles.contains(Role.DEPUTY_HEAD);
        boolean homeroom = roles.contains(Role.HOMEROOM_TEACHER) && state.roster().studentsOf(guardianId).stream()
                .map(Student::personId)
                .flatMap(student -> state.roster().currentClassOf(student).stream())
                .flatMap(code -> state.structure().schoolClass(code).stream())
                .anyMatch(c -> c.homeroomTeacherId().equals(actor.personId()));
        boolean school = (administration || homeroom) && form == DocumentForm.WRITTEN;
        if (!(self || school)) {
            throw new AccessDeniedException(actor, command.getClass().getSimpleName(), Permission.UPDATE_CLASS_LIST,
                    "for guardian " + guardianId + " in " + form + " form (the guardian themselves electronically;"
                            + " the administration or their child's homeroom teacher from a written document)");
        }
    }
}
