package org.schooljournal.core.journal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.SchoolId;

/**
 * Sets a journal's grading system (MRK-1): five points, pass/fail or ungraded. The administration
 * sets it, before the journal holds marks the new system would not allow.
 *
 * @param schoolId the school
 * @param journal the class or group and the subject
 * @param system the grading system
 */
public record SetGradingSystem(
        @NotNull @SchoolId String schoolId,
        @NotNull @Valid JournalKey journal,
        @NotNull GradingSystem system) implements JournalCommand {

    List<JournalEvent> decide(JournalContext context, JournalState state) {
        JournalScope.of(context, journal, this);
        JournalGate.requireAdministration(context, journal, this);
        if (state.grading() == system) {
            return List.of();
        }
        List<JournalEntry> misfits = state.entries(EntryKind.MARK).stream().filter(e -> e.present()
                && !system.allows(e.current().value())).toList();
        if (!misfits.isEmpty()) {
            throw InvalidCommandException.of(this, "system", system, "does not allow the journal's marks, such as"
                    + " entry " + misfits.get(0).number() + " («" + misfits.get(0).current().value() + "»)");
        }
        return List.of(new GradingSystemSet(system));
    }
}
