package org.schooljournal.core.notification;

import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.ContactRights;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.NotFoundException;

/** The guardian a contacts command acts for, and the actor's right to act for them (PD-1, NTF-4). */
final class GuardianAccess {

    private GuardianAccess() {
    }

    /**
     * Checks the guardian exists and the actor may act for them in that form
     * ({@link ContactRights}).
     *
     * @throws NotFoundException if the guardian is unknown
     * @throws org.schooljournal.core.access.AccessDeniedException if the actor may not
     */
    static void require(Actor actor, SchoolState state, String guardianId, DocumentForm form, Object command) {
        Roster roster = Roster.of(state);
        if (roster.guardian(guardianId).isEmpty()) {
            throw NotFoundException.of(command, "guardianId", guardianId, "is not a guardian of school " + state.schoolId());
        }
        ContactRights.require(actor, state, guardianId, form == DocumentForm.ELECTRONIC,
                roster.studentsOf(guardianId).stream().map(Student::personId)
                        .flatMap(student -> roster.currentClassOf(student).stream()).toList(),
                command.getClass().getSimpleName());
    }
}
