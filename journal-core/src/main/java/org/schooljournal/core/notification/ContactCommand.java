package org.schooljournal.core.notification;

import org.schooljournal.core.access.Permission;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolPart;

/**
 * A command to the guardians' contacts; each checks who may act for the guardian itself (PD-1, NTF-4).
 */
sealed interface ContactCommand extends SchoolCommand
        permits RecordConsent, SetContactEmail, ConfirmEmail, SetNotificationSettings {

    /** Returns the part with its events and its commands, each with the right it needs (ACC-1). */
    static SchoolPart<Contacts> part() {
        return SchoolPart.of("contacts", Contacts.empty(), ContactEvent.FAMILY)
                .commands(ContactCommand.class)
                .commandCheckingAccess(RecordConsent.class, RecordConsent::decide)
                .commandCheckingAccess(SetContactEmail.class, SetContactEmail::decide)
                .commandCheckingAccess(ConfirmEmail.class, ConfirmEmail::decide)
                .commandCheckingAccess(SetNotificationSettings.class, SetNotificationSettings::decide)
                .build();
    }
}
