package org.schooljournal.core.school;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.schooljournal.core.access.Permission;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.access.SchoolRights;
import org.schooljournal.core.validation.PersonId;
import org.schooljournal.core.validation.SchoolId;

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
        @NotNull @SchoolId String schoolId,
        @NotNull @PersonId String personId,
        @NotNull Role role) implements OwnCommand {

    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        SchoolRights.requireNotSelf(context.actor(), state, personId, Permission.MANAGE_ACCOUNTS, "AssignRole",
                "the role " + role);
        return state.rolesOf(personId).contains(role) ? List.of() : List.of(new RoleAssigned(personId, role));
    }
}
