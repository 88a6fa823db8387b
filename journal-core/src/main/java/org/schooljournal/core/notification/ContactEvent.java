package org.schooljournal.core.notification;

import org.schooljournal.core.log.EventFamily;
import org.schooljournal.core.school.SchoolEvent;

/**
 * An event of the guardians' contacts: consents (PD-1), e-mail addresses and their confirmation (NTF-1, NTF-4), notification settings (NTF-2, NTF-3). Each type's stored name is explicit and never changes with its class
 * (DESIGN.md, principle 10; docs/event-log.md).
 */
sealed interface ContactEvent extends SchoolEvent
        permits ConsentRecorded, EmailContactSet, EmailConfirmed, NotificationSettingsSet {

    /** The stored types, and how each changes the part. */
    EventFamily<Contacts, ContactEvent> FAMILY = EventFamily.<Contacts, ContactEvent>of(ContactEvent.class)
            .type("ConsentRecorded", ConsentRecorded.class, ConsentRecorded::applyTo)
            .type("EmailContactSet", EmailContactSet.class, EmailContactSet::applyTo)
            .type("EmailConfirmed", EmailConfirmed.class, EmailConfirmed::applyTo)
            .type("NotificationSettingsSet", NotificationSettingsSet.class, NotificationSettingsSet::applyTo)
            .build();
}
