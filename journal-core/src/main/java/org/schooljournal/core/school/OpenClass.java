package org.schooljournal.core.school;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.schooljournal.core.access.Permission;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.access.SchoolRights;
import org.schooljournal.core.validation.Code;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.NotFoundException;
import org.schooljournal.core.validation.PersonId;
import org.schooljournal.core.validation.SchoolId;

/**
 * Opens a class — grade and letter, such as 5А — with its homeroom teacher, who must be on the
 * staff and is given the homeroom teacher's role (YR-4, ACC-3); opened again with another
 * teacher, the class changes its homeroom teacher. Nobody makes themselves a class's homeroom
 * teacher: it gives the right to its list and its students' guardians (ROS-4), so another member
 * of the administration appoints them, as the head's order does.
 *
 * @param schoolId the school
 * @param code the class: its grade, then a Cyrillic capital letter
 * @param grade the grade, 1–11
 * @param homeroomTeacherId the homeroom teacher
 */
public record OpenClass(
        @NotNull @SchoolId String schoolId,
        @NotNull @Code @Pattern(regexp = SchoolClass.CODE_PATTERN, message = SchoolClass.CODE_RULE) String code,
        @Min(1) @Max(11) int grade,
        @NotNull @PersonId String homeroomTeacherId) implements OwnCommand {

    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        SchoolRights.requireNotSelf(context.actor(), state, homeroomTeacherId, Permission.SET_UP_YEAR, "OpenClass",
                "class " + code + " as its homeroom teacher");
        if (!code.startsWith(Integer.toString(grade)) || Character.isDigit(code.charAt(Integer.toString(grade).length()))) {
            throw InvalidCommandException.of(this, "code", code, "must start with the grade " + grade);
        }
        if (!state.structure().staff().containsKey(homeroomTeacherId)) {
            throw NotFoundException.of(this, "homeroomTeacherId", homeroomTeacherId,
                    "is not on the staff of school " + schoolId);
        }
        Optional<SchoolClass> existing = state.structure().schoolClass(code);
        if (existing.isPresent() && existing.get().grade() == grade
                && existing.get().homeroomTeacherId().equals(homeroomTeacherId)) {
            return List.of();
        }
        List<SchoolEvent> events = new ArrayList<>();
        events.add(new ClassOpened(code, grade, homeroomTeacherId));
        if (!state.rolesOf(homeroomTeacherId).contains(Role.HOMEROOM_TEACHER)) {
            events.add(new RoleAssigned(homeroomTeacherId, Role.HOMEROOM_TEACHER));
        }
        return events;
    }
}
