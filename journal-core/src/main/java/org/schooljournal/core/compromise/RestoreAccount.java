package org.schooljournal.core.compromise;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.schooljournal.core.school.CommandContext;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.SchoolId;
import org.schooljournal.core.validation.PersonId;
import org.schooljournal.core.validation.Paragraphs;
import org.schooljournal.core.validation.Texts;

/**
 * Restores an account blocked by a compromise report (PD-4), once its credentials are renewed —
 * the person's identifier comes from the identity provider and stays theirs; the password is what
 * changes. Only after the act is drawn up, so that the act lists every operation of the blocked
 * time; those stay invalid, and the account's operations are valid again from now. The
 * administration or the system administrator restores it, never the person. A school that prefers
 * a new account instead never restores the old one and assigns the new one its roles
 * (docs/compromise.md).
 *
 * @param schoolId the school
 * @param personId whose account
 * @param reason why it may act again, such as «пароль ЕСИА сменён 12.10.2026»
 */
public record RestoreAccount(
        @NotNull @SchoolId String schoolId,
        @NotNull @PersonId String personId,
        @NotBlank @Paragraphs(max = Texts.REASON) String reason) implements CompromiseCommand {

    /**
     * {@inheritDoc}
     *
     * @throws InvalidCommandException if the account is not blocked, or its act is not drawn up yet
     */
    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        Compromise open = CompromiseRecords.of(state).latestOf(personId).filter(Compromise::open)
                .orElseThrow(() -> InvalidCommandException.of(this, "personId", personId, "is not blocked by a"
                        + " compromise report of school " + state.schoolId()));
        if (!open.drawnUp()) {
            throw InvalidCommandException.of(this, "personId", personId, "is blocked by report " + open.number()
                    + ", whose act is not drawn up yet: it lists the operations of the blocked time first"
                    + " (Compromises.drawUpAct)");
        }
        return List.of(new AccountRestored(open.number(), context.actor().personId(), context.now(), reason.strip()));
    }
}
