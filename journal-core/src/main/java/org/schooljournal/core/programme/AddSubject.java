package org.schooljournal.core.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.schooljournal.core.school.CommandContext;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.Code;
import org.schooljournal.core.validation.OneLine;
import org.schooljournal.core.validation.SchoolId;
import org.schooljournal.core.validation.Texts;

/**
 * Adds a subject of the federal curriculum or the school's component to the school's list, or
 * changes its name or component (YR-3, ACC-4). Adding it again as it is changes nothing.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param schoolId the school
 * @param code the subject's code
 * @param name the subject's name, in Russian
 * @param component the federal list or the school's component
 */
public record AddSubject(
        @NotNull @SchoolId String schoolId,
        @NotNull @Code String code,
        @NotBlank @OneLine(max = Texts.TITLE) String name,
        @NotNull SubjectComponent component) implements ProgrammeCommand {

    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        Subject subject = new Subject(code, name, component);
        return Programme.of(state).subject(code).equals(Optional.of(subject))
                ? List.of()
                : List.of(new SubjectAdded(subject));
    }
}
