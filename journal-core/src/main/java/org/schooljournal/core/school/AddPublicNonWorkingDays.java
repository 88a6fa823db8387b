package org.schooljournal.core.school;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.schooljournal.core.validation.BoundedDate;
import org.schooljournal.core.validation.Dates;
import org.schooljournal.core.validation.SchoolId;

/**
 * Adds public non-working days (нерабочие праздничные дни) to the calendar (YR-2).
 *
 * @param schoolId the school
 * @param days the days
 */
public record AddPublicNonWorkingDays(
        @NotNull @SchoolId String schoolId,
        @NotEmpty @Size(max = Dates.MAX_READ_DAYS) Set<@NotNull @BoundedDate LocalDate> days) implements OwnCommand {

    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        Set<LocalDate> added = new TreeSet<>(days);
        added.removeAll(state.structure().publicNonWorkingDays());
        return added.isEmpty() ? List.of() : List.of(new PublicNonWorkingDaysAdded(added));
    }
}
