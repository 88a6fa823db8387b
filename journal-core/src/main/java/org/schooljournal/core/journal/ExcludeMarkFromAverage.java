package org.schooljournal.core.journal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.List;
import org.schooljournal.core.school.SchoolId;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.NotFoundException;

/**
 * Excludes a current mark from the average of the forecast (MRK-11), with a reason; the mark stays
 * in the journal and the forecast lists it as excluded. Allowed to those who may correct the mark.
 *
 * @param schoolId the school
 * @param holderCode the class or group
 * @param subjectCode the subject
 * @param entry the mark's entry number
 * @param reason why, such as «работа переписана»
 */
public record ExcludeMarkFromAverage(
        @NotNull @Pattern(regexp = SchoolId.PATTERN) String schoolId,
        @NotBlank String holderCode,
        @NotBlank String subjectCode,
        @Positive int entry,
        @NotBlank String reason) implements JournalCommand {

    List<JournalEvent> decide(JournalContext context, JournalState journal) {
        JournalScope scope = JournalScope.of(context, journal(), this);
        JournalEntry mark = journal.entry(entry).orElseThrow(() ->
                NotFoundException.of(this, "entry", entry, "is not an entry of journal " + journal.key()));
        if (mark.kind() != EntryKind.MARK || !mark.present()) {
            throw InvalidCommandException.of(this, "entry", entry, "is no current mark, but " + mark.kind()
                    + (mark.present() ? "" : " (removed)"));
        }
        JournalGate.requireCorrect(context, scope, journal, mark, this);
        if (journal.exclusions().containsKey(entry)) {
            return List.of();
        }
        return List.of(new MarkExcluded(entry, reason.strip(), context.actor().personId(), context.now()));
    }
}
