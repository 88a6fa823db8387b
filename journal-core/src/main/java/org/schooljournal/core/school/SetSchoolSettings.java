package org.schooljournal.core.school;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.SchoolId;

/**
 * Sets the school's own settings over the region's rule set (ACC-5, the system parameters;
 * DESIGN.md, principle 11): MRK-3's day counting, the YR-11 deadline, the ARC-7 grace, the
 * opening of the MRK-7 window, each rule's enforcement and the MRK-11 forecast's rounding. The
 * settings replace the school's previous ones as a whole; {@link SchoolSettings#REGION_DEFAULTS}
 * goes back to the region's. Laid over the engine's region rule set they must give a valid rule
 * set, or the command is refused naming the setting, its value and the rule. Setting the settings
 * the school already has changes nothing.
 *
 * @param schoolId the school
 * @param settings the school's settings
 */
public record SetSchoolSettings(
        @NotNull @SchoolId String schoolId,
        @NotNull SchoolSettings settings) implements OwnCommand {

    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        try {
            settings.over(context.regionRuleSet());
        } catch (SettingMisfit misfit) {
            throw InvalidCommandException.of(this, misfit.field(), misfit.value(), misfit.rule());
        }
        return state.settings().equals(settings) ? List.of() : List.of(new SchoolSettingsSet(settings));
    }
}
