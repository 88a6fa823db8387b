package org.schooljournal.core.notification;

import java.time.Instant;
import java.util.Optional;
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
 * @param at when they were set; null in events recorded before it was kept, which then make no
 *     digest due until the settings are set again
 */
public record NotificationSettingsSet(String guardianId, boolean newMessages, boolean byEmail, Schedule schedule,
        Instant at) implements ContactEvent {

    Contacts applyTo(Contacts contacts) {
        return contacts.with(guardianId, c -> c.withSettings(newMessages, byEmail, schedule,
                Optional.ofNullable(at)));
    }
}
