package org.schooljournal.core.journal;

import java.util.function.Supplier;
import org.schooljournal.core.log.Log;
import org.schooljournal.core.school.DeclareTechnicalFailure;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.school.SchoolStates;
import org.schooljournal.rules.SchoolRules;

/**
 * ARC-7: after a technical failure is declared — it can only be declared once it is over, so the
 * entries made meanwhile were judged late — each journal of the school judges its late entries
 * again and records, by whoever declared the failure, those the failure excuses
 * ({@link EntryRejudged}). Declaring the same failure again appends nothing to the school's stream
 * and judges again what is left: a crash between the school's append and the journals' is mended
 * by repeating the command.
 */
final class FailureFollowUp implements SchoolStates.FollowUp {

    private final Log log;
    private final SchoolStates schools;
    private final JournalStates journals;

    FailureFollowUp(Log log, SchoolStates schools, JournalStates journals) {
        this.log = log;
        this.schools = schools;
        this.journals = journals;
    }

    @Override
    public void follow(String actorId, SchoolCommand command, Supplier<SchoolState> school) {
        if (!(command instanceof DeclareTechnicalFailure)) {
            return;
        }
        SchoolState state = school.get();
        SchoolRules rules = schools.rules(state);
        for (JournalKey key : journals.all(state.schoolId())) {
            log.writer().write(journals.streams(), key.stream(state.schoolId()), JournalState.empty(key), actorId,
                    "judging late entries again after a technical failure (ARC-7)",
                    (journal, now) -> Rejudgement.due(journal, rules));
        }
    }
}
