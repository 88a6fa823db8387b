package org.schooljournal.core.notification;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.schooljournal.core.school.CommandContext;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.BoundedDate;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.PersonId;
import org.schooljournal.core.validation.SchoolId;

/**
 * Registers a guardian's consent or refusal to the processing of personal data, with its date and
 * form (PD-1); the latest counts, the earlier stay in the history. Without a consent nothing
 * goes to the guardian electronically (NTF-5).
 *
 * @param schoolId the school
 * @param guardianId the guardian
 * @param given a consent (true) or a refusal (false)
 * @param date the date of the document; not after today
 * @param form written (entered by the school) or electronic (by the guardian)
 */
public record RecordConsent(
        @NotNull @SchoolId String schoolId,
        @NotNull @PersonId String guardianId,
        boolean given,
        @NotNull @BoundedDate LocalDate date,
        @NotNull DocumentForm form) implements ContactCommand {

    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        GuardianAccess.require(context.actor(), state, guardianId, form, this);
        LocalDate today = LocalDate.ofInstant(context.now(), state.profile().orElseThrow().zone());
        if (date.isAfter(today)) {
            throw InvalidCommandException.of(this, "date", date, "is after today, " + today);
        }
        return List.of(new ConsentRecorded(guardianId,
                new Consent(given, date, form, context.actor().personId(), context.now())));
    }
}
