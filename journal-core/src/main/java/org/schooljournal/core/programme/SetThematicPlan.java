package org.schooljournal.core.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.schooljournal.core.school.CommandContext;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.Code;
import org.schooljournal.core.validation.SchoolId;

/**
 * Sets the calendar-thematic plan (КТП) of a subject in a class or study group: its topics in
 * teaching order, with their hours (YR-8, ACC-4). It replaces the plan set before; setting the
 * same again changes nothing.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param schoolId the school
 * @param holderCode the class or group
 * @param subjectCode the subject
 * @param topics the topics in teaching order
 */
public record SetThematicPlan(
        @NotNull @SchoolId String schoolId,
        @NotNull @Code String holderCode,
        @NotNull @Code String subjectCode,
        @NotEmpty @Size(max = 1000) List<@NotNull @Valid PlannedTopic> topics) implements ProgrammeCommand {

    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        References.holder(state, this, "holderCode", holderCode);
        References.requireSubject(state, this, "subjectCode", subjectCode);
        ThematicPlan plan = new ThematicPlan(holderCode, subjectCode, topics);
        return Programme.of(state).thematicPlan(holderCode, subjectCode).equals(Optional.of(plan))
                ? List.of()
                : List.of(new ThematicPlanSet(plan));
    }
}
