package org.schooljournal.core.access;

import java.util.Collection;

/**
 * Who may change a guardian's consent, contacts and notification settings (PD-1, NTF-4): the
 * guardian themselves — holding the guardian's role — in electronic form; the administration or
 * the homeroom teacher of one of their children, from a written document. Never soft.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ContactRights {

    private ContactRights() {
    }

    /**
     * PD-1, NTF-4: checks the actor may act for the guardian in that form.
     *
     * @param electronic whether the document is electronic (else written)
     * @param childrensClasses the current classes of the guardian's children
     * @param action what the actor does, such as the command's name
     * @throws AccessDeniedException if not
     */
    public static void require(Actor actor, SchoolRoles school, String guardianId, boolean electronic,
            Collection<String> childrensClasses, String action) {
        boolean self = actor.personId().equals(guardianId) && electronic && ActingRoles.holds(actor, school, Role.GUARDIAN);
        boolean homeroom = childrensClasses.stream().anyMatch(code -> Administration.isHomeroomTeacher(actor, school, code));
        boolean staff = (Administration.includes(actor, school) || homeroom) && !electronic;
        if (!(self || staff)) {
            throw new AccessDeniedException(actor, action, Permission.UPDATE_CLASS_LIST,
                    "for guardian " + guardianId + " in " + (electronic ? "ELECTRONIC" : "WRITTEN") + " form (the guardian"
                            + " themselves electronically; the administration or their child's homeroom teacher from a"
                            + " written document)", "NTF-4");
        }
    }
}
