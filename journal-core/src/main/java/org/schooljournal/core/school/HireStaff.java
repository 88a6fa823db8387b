package org.schooljournal.core.school;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

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
        @NotNull @Pattern(regexp = SchoolId.PATTERN) String schoolId,
        @NotBlank String personId,
        @NotBlank String surname,
        @NotBlank String name,
        @NotNull String patronymic) implements OwnCommand {

    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        StaffMember member = new StaffMember(personId, surname.strip(), name.strip(), patronymic.strip());
        return member.equals(state.structure().staff().get(personId)) ? List.of() : List.of(new StaffHired(member));
    }
}
