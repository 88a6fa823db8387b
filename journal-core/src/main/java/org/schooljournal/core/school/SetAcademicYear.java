package org.schooljournal.core.school;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.SchoolId;
import org.schooljournal.rules.calendar.AcademicYear;

/**
 * Sets the bounds of the academic year (YR-1). The year cannot be changed once study periods are
 * set in it.
 *
 * @param schoolId the school
 * @param year the academic year
 */
public record SetAcademicYear(
        @NotNull @SchoolId String schoolId,
        @NotNull AcademicYear year) implements OwnCommand {

    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        Structure structure = state.structure();
        if (structure.academicYear().equals(Optional.of(year))) {
            return List.of();
        }
        StructureChange.requireWithinDates(this, "year", year.firstDay(), year.lastDay());
        if (!structure.studyPeriods().isEmpty()) {
            throw InvalidCommandException.of(this, "year", year.label(),
                    "cannot change once study periods are set");
        }
        return List.of(new AcademicYearSet(year));
    }
}
