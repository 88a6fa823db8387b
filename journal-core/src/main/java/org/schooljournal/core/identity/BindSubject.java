package org.schooljournal.core.identity;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.school.CommandContext;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.NotFoundException;
import org.schooljournal.core.validation.PersonId;
import org.schooljournal.core.validation.SchoolId;
import org.schooljournal.spi.identity.Subject;

/**
 * Binds a subject of an identity provider to a person of the school (PD-3, ACC-6): signing in as
 * the subject then acts as the person. Accounts are personal: a subject bound to another person of
 * the school is refused, and so is a second subject of the same issuer for a person (unbind the
 * first); binding the same subject to the same person again changes nothing. The person is one
 * the school knows — on the staff, holding a role, a student or a guardian.
 *
 * @param schoolId the school
 * @param subject the subject, as the identity provider names it
 * @param personId the person of the school
 */
public record BindSubject(@NotNull @SchoolId String schoolId, @NotNull Subject subject,
        @NotNull @PersonId String personId) implements BindingCommand {

    /**
     * {@inheritDoc}
     *
     * @throws NotFoundException if the school knows no such person
     * @throws InvalidCommandException if the subject is bound to another person, or the person to
     *     another subject of the issuer (PD-3)
     */
    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        if (!knows(state, personId)) {
            throw NotFoundException.of(this, "personId", personId, "is no person of school " + state.schoolId()
                    + " (on the staff, holding a role, a student or a guardian)");
        }
        SubjectBindings bindings = SubjectBindings.of(state);
        Optional<Binding> bound = bindings.of(subject);
        if (bound.isPresent()) {
            if (bound.get().personId().equals(personId)) {
                return List.of();
            }
            throw InvalidCommandException.of(this, "subject", subject, "is bound to person " + bound.get().personId()
                    + " of school " + state.schoolId() + " since " + bound.get().boundAt() + ": an account is personal"
                    + " and never shared (PD-3); unbind it first (UnbindSubject)");
        }
        Optional<Binding> other = bindings.ofPerson(personId).stream()
                .filter(binding -> binding.issuer().equals(subject.issuer())).findFirst();
        if (other.isPresent()) {
            throw InvalidCommandException.of(this, "personId", personId, "is bound to subject "
                    + other.get().subject() + " already: one subject of each identity provider per person (PD-3);"
                    + " unbind it first (UnbindSubject)");
        }
        return List.of(new SubjectBound(subject.issuer(), subject.id(), personId, context.actor().personId(),
                context.now()));
    }

    /** Returns whether the school knows the person: on the staff, holding a role, a student or a guardian. */
    static boolean knows(SchoolState school, String personId) {
        Roster roster = Roster.of(school);
        return school.structure().staff().containsKey(personId) || !school.rolesOf(personId).isEmpty()
                || roster.student(personId).isPresent() || roster.guardian(personId).isPresent();
    }
}
