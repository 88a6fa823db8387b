package org.schooljournal.core.notification;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.schooljournal.core.school.CommandContext;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.PersonId;
import org.schooljournal.core.validation.SchoolId;

/**
 * Sets a guardian's two switches — notify of new messages, notify by e-mail; both off until set
 * (NTF-2) — and the schedule: immediate, daily at an hour, weekly on Saturdays (NTF-3).
 *
 * @param schoolId the school
 * @param guardianId the guardian
 * @param newMessages notify of new messages
 * @param byEmail notify by e-mail
 * @param schedule when
 * @param form electronic (by the guardian) or written (entered by the school)
 */
public record SetNotificationSettings(
        @NotNull @SchoolId String schoolId,
        @NotNull @PersonId String guardianId,
        boolean newMessages,
        boolean byEmail,
        @NotNull Schedule schedule,
        @NotNull DocumentForm form) implements ContactCommand {

    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        GuardianAccess.require(context.actor(), state, guardianId, form, this);
        GuardianContact contact = Contacts.of(state).of(guardianId);
        if (contact.newMessages() == newMessages && contact.byEmail() == byEmail && contact.schedule().equals(schedule)) {
            return List.of();
        }
        return List.of(new NotificationSettingsSet(guardianId, newMessages, byEmail, schedule, context.now()));
    }
}
