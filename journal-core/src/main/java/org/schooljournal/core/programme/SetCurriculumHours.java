package org.schooljournal.core.programme;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schooljournal.core.school.CommandContext;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.Code;
import org.schooljournal.core.validation.SchoolId;

/**
 * Sets the curriculum of a class or study group — an individual curriculum for a group of one
 * student — with its profile: the hours of each subject per week (YR-6, ACC-4). It replaces the
 * curriculum set before; setting the same again changes nothing ({@code 2} and {@code 2.0} hours
 * are the same).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param schoolId the school
 * @param holderCode the class or group
 * @param profile the profile
 * @param weeklyHours the hours per week of each subject, by subject code
 */
public record SetCurriculumHours(
        @NotNull @SchoolId String schoolId,
        @NotNull @Code String holderCode,
        @NotNull CurriculumProfile profile,
        @NotEmpty @Size(max = 100) Map<@NotNull @Code String, @NotNull @Positive @DecimalMax("168") @Digits(integer = 3, fraction = 2) BigDecimal> weeklyHours) implements ProgrammeCommand {

    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        References.holder(state, this, "holderCode", holderCode);
        weeklyHours.keySet().forEach(subject -> References.requireSubject(state, this, "weeklyHours", subject));
        Curriculum curriculum = new Curriculum(holderCode, profile, weeklyHours);
        return Programme.of(state).curriculum(holderCode).equals(Optional.of(curriculum))
                ? List.of()
                : List.of(new CurriculumSet(curriculum));
    }
}
