package org.schooljournal.core.notification;

import java.time.Instant;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;

/**
 * A guardian's e-mail address was given (NTF-4), unconfirmed until its link is used (NTF-1).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param guardianId the guardian
 * @param email the address
 * @param source how it was given
 * @param tokenSha256 the SHA-256 of the confirmation link's token, lower-case hex
 * @param expiresAt the last instant the link is accepted
 */
public record EmailContactSet(String guardianId, String email, DocumentForm source, String tokenSha256,
        Instant expiresAt) implements ContactEvent {

    Contacts applyTo(Contacts contacts) {
        return contacts.with(guardianId,
                c -> c.withEmail(email, source, new GuardianContact.PendingToken(tokenSha256, expiresAt)));
    }
}
