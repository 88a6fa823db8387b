package org.schooljournal.core.school;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.schooljournal.core.access.Permission;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.access.SchoolRights;

/**
 * Gives a person a role in the school (ACC-1, ACC-5). Giving a role already held changes nothing.
 * Nobody gives a role to themselves: another system administrator does (the one who registered
 * the school became its first by {@link RegisterSchool}).
 *
 * @param schoolId the school
 * @param personId the person
 * @param role the role
 */
public record AssignRole(
        @NotNull @Pattern(regexp = SchoolId.PATTERN) String schoolId,
        @NotBlank String personId,
        @NotNull Role role) implements OwnCommand {

    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        SchoolRights.requireNotSelf(context.actor(), state, personId, Permission.MANAGE_ACCOUNTS, "AssignRole",
                "the role " + role);
        return state.rolesOf(personId).contains(role) ? List.of() : List.of(new RoleAssigned(personId, role));
    }
}
