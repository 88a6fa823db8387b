package org.schooljournal.core.notification;

import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;

/**
 * A guardian's consent or refusal was registered (PD-1).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param guardianId the guardian
 * @param consent the consent or refusal
 */
public record ConsentRecorded(String guardianId, Consent consent) implements ContactEvent {

    Contacts applyTo(Contacts contacts) {
        return contacts.with(guardianId, c -> c.withConsent(consent));
    }
}
