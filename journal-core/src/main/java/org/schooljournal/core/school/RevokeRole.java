package org.schooljournal.core.school;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.PersonId;
import org.schooljournal.core.validation.SchoolId;

/**
 * Takes a role away from a person (ACC-5). The school's last system administrator keeps the role,
 * so that someone can always manage accounts.
 *
 * @param schoolId the school
 * @param personId the person
 * @param role the role
 */
public record RevokeRole(
        @NotNull @SchoolId String schoolId,
        @NotNull @PersonId String personId,
        @NotNull Role role) implements OwnCommand {

    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        if (!state.rolesOf(personId).contains(role)) {
            return List.of();
        }
        long administrators = state.roles().values().stream()
                .filter(held -> held.contains(Role.SYSTEM_ADMINISTRATOR)).count();
        if (role == Role.SYSTEM_ADMINISTRATOR && administrators == 1) {
            throw InvalidCommandException.of(this, "personId", personId, "is the school's last system administrator");
        }
        return List.of(new RoleRevoked(personId, role));
    }
}
