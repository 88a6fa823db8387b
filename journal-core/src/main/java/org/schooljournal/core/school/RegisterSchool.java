package org.schooljournal.core.school;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import java.util.List;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.OneLine;
import org.schooljournal.core.validation.SchoolId;
import org.schooljournal.core.validation.Texts;

/**
 * Registers a school. Anyone may register a school that does not exist yet; the person who does
 * becomes its system administrator (ACC-5), who then assigns the other roles.
 *
 * @param schoolId the school's identifier
 * @param name the school's full name, in Russian
 * @param zone the school's time zone (Yugra: Asia/Yekaterinburg)
 */
public record RegisterSchool(
        @NotNull @SchoolId String schoolId,
        @NotBlank @OneLine(max = Texts.SCHOOL_NAME) String name,
        @NotNull ZoneId zone) implements OwnCommand {

    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        if (state.registered()) {
            throw InvalidCommandException.of(this, "schoolId", schoolId, "is already registered");
        }
        return List.of(new SchoolRegistered(name, zone),
                new RoleAssigned(context.actor().personId(), Role.SYSTEM_ADMINISTRATOR));
    }
}
