package org.schooljournal.core.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.schooljournal.core.school.CommandContext;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.Paragraphs;
import org.schooljournal.core.validation.SchoolId;
import org.schooljournal.core.validation.Texts;
import org.schooljournal.spi.identity.Subject;

/**
 * Unbinds a subject from the person it is bound to (PD-3): signing in as it acts as no one from
 * now. The record of who was bound when stays in the log.
 *
 * @param schoolId the school
 * @param subject the subject
 * @param reason why, such as «учётная запись ЕСИА заменена»
 */
public record UnbindSubject(@NotNull @SchoolId String schoolId, @NotNull Subject subject,
        @NotBlank @Paragraphs(max = Texts.REASON) String reason) implements BindingCommand {

    /**
     * {@inheritDoc}
     *
     * @throws InvalidCommandException if the subject is bound to no person of the school
     */
    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        Binding bound = SubjectBindings.of(state).of(subject).orElseThrow(() -> InvalidCommandException.of(this,
                "subject", subject, "is bound to no person of school " + state.schoolId()));
        return List.of(new SubjectUnbound(subject.issuer(), subject.id(), bound.personId(), context.actor().personId(),
                context.now(), reason.strip()));
    }
}
