package org.schooljournal.core.notification;

import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;

/**
 * A guardian set their notification switches and schedule (NTF-2, NTF-3).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param guardianId the guardian
 * @param newMessages notify of new messages
 * @param byEmail notify by e-mail
 * @param schedule when
 */
public record NotificationSettingsSet(String guardianId, boolean newMessages, boolean byEmail, Schedule schedule)
        implements SchoolEvent {

    @Override
    public SchoolState applyTo(SchoolState state) {
        return state.withContacts(state.contacts().with(guardianId, c -> c.withSettings(newMessages, byEmail, schedule)));
    }
}
