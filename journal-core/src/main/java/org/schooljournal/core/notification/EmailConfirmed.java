package org.schooljournal.core.notification;

import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;

/**
 * A guardian confirmed their e-mail address through its link (NTF-1); the link is used up.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param guardianId the guardian
 */
public record EmailConfirmed(String guardianId) implements ContactEvent {

    Contacts applyTo(Contacts contacts) {
        return contacts.with(guardianId, GuardianContact::confirmed);
    }
}
