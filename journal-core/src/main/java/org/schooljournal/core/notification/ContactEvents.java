package org.schooljournal.core.notification;

import java.util.List;
import org.schooljournal.core.school.SchoolEvent;

/** The event types of guardians' consents and contacts (PD-1, NTF-1…NTF-4), for the codec. */
public final class ContactEvents {

    /** Every event type of this package. */
    public static final List<Class<? extends SchoolEvent>> TYPES = List.of(
            ConsentRecorded.class, EmailContactSet.class, EmailConfirmed.class, NotificationSettingsSet.class);

    private ContactEvents() {
    }
}
