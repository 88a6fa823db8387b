package org.schooljournal.core.school;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.schooljournal.core.validation.OneLine;
import org.schooljournal.core.validation.PersonId;
import org.schooljournal.core.validation.SchoolId;
import org.schooljournal.core.validation.Texts;

/**
 * Adds a member of staff, or updates their name (YR-3): part of the year's set-up by the
 * administration (ACC-4); their account's roles are given by the system administrator with
 * {@link AssignRole} (ACC-5).
 *
 * @param schoolId the school
 * @param personId the person's identifier
 * @param surname the surname
 * @param name the given name
 * @param patronymic the patronymic; empty if none
 */
public record HireStaff(
        @NotNull @SchoolId String schoolId,
        @NotNull @PersonId String personId,
        @NotBlank @OneLine(max = Texts.NAME) String surname,
        @NotBlank @OneLine(max = Texts.NAME) String name,
        @NotNull @OneLine(max = Texts.NAME) String patronymic) implements OwnCommand {

    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        PersonName full = PersonName.of(this, surname, name, patronymic);
        StaffMember member = new StaffMember(personId, full.surname(), full.name(), full.patronymic());
        return member.equals(state.structure().staff().get(personId)) ? List.of() : List.of(new StaffHired(member));
    }
}
