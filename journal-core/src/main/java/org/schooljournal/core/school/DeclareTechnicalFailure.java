package org.schooljournal.core.school;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.schooljournal.core.validation.BoundedDate;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.OneLine;
import org.schooljournal.core.validation.SchoolId;
import org.schooljournal.core.validation.Texts;
import org.schooljournal.rules.TechnicalFailure;

/**
 * Declares a technical failure of the journal (ARC-7): from its start to its end the school worked
 * without the journal, and entries whose deadline fell inside it, made within the rule set's grace
 * after it, are on time and marked as caused by the failure.
 *
 * @param schoolId the school
 * @param start when the journal stopped working
 * @param end when it worked again; not before the start, not after now
 * @param reason what failed, in the administration's words
 */
public record DeclareTechnicalFailure(
        @NotNull @SchoolId String schoolId,
        @NotNull @BoundedDate Instant start,
        @NotNull @BoundedDate Instant end,
        @NotBlank @OneLine(max = Texts.REASON) String reason) implements OwnCommand {

    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        if (end.isBefore(start)) {
            throw InvalidCommandException.of(this, "end", end, "must not be before start " + start);
        }
        if (end.isAfter(context.now())) {
            throw InvalidCommandException.of(this, "end", end, "must not be after now, " + context.now()
                    + ": a failure is declared once it is over");
        }
        TechnicalFailure failure = new TechnicalFailure(start, end);
        if (state.structure().failures().contains(failure)) {
            return List.of();
        }
        return List.of(new TechnicalFailureDeclared(start, end, reason.strip()));
    }
}
