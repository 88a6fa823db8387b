package org.schooljournal.core.school;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.schooljournal.core.validation.SchoolId;
import org.schooljournal.rules.calendar.StudyPeriod;

/**
 * Adds a study period of one or more education levels (YR-1). It must lie in the academic year
 * and not overlap another period of a common level.
 *
 * @param schoolId the school
 * @param period the period
 */
public record AddStudyPeriod(
        @NotNull @SchoolId String schoolId,
        @NotNull StudyPeriod period) implements OwnCommand {

    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        if (state.structure().studyPeriods().contains(period)) {
            return List.of();
        }
        StructureChange.requireWithinDates(this, "period", period.firstDay(), period.lastDay());
        StructureChange.check(this, "period", period, state, state.structure().withStudyPeriod(period));
        return List.of(new StudyPeriodAdded(period));
    }
}
