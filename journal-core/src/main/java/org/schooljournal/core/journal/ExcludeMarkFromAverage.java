package org.schooljournal.core.journal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.NotFoundException;
import org.schooljournal.core.validation.OneLine;
import org.schooljournal.core.validation.SchoolId;
import org.schooljournal.core.validation.Texts;

/**
 * Excludes a current mark from the average of the forecast (MRK-11), with a reason; the mark stays
 * in the journal and the forecast lists it as excluded. Allowed to those who may correct the mark.
 *
 * @param schoolId the school
 * @param entry the mark's entry
 * @param reason why, such as «работа переписана»
 */
public record ExcludeMarkFromAverage(
        @NotNull @SchoolId String schoolId,
        @NotNull @Valid EntryRef entry,
        @NotBlank @OneLine(max = Texts.REASON) String reason) implements JournalCommand {

    /** Returns the journal of the mark. */
    @Override
    public JournalKey journal() {
        return entry.journal();
    }

    List<JournalEvent> decide(JournalContext context, JournalState state) {
        JournalScope scope = JournalScope.of(context, journal(), this);
        JournalEntry mark = state.entry(entry.number()).orElseThrow(() ->
                NotFoundException.of(this, "entry", entry, "is not an entry of journal " + state.key()));
        if (mark.kind() != EntryKind.MARK || !mark.present()) {
            throw InvalidCommandException.of(this, "entry", entry, "is no current mark, but " + mark.kind()
                    + (mark.present() ? "" : " (removed)"));
        }
        JournalGate.requireCorrect(context, scope, state, mark, this);
        if (state.exclusions().containsKey(entry.number())) {
            return List.of();
        }
        return List.of(new MarkExcluded(entry.number(), reason.strip(), context.actor().personId(), context.now()));
    }
}
