package org.schooljournal.core.journal;

import java.util.ArrayList;
import java.util.List;
import org.schooljournal.rules.SchoolRules;
import org.schooljournal.rules.TechnicalFailure;
import org.schooljournal.rules.TimeLimit;
import org.schooljournal.rules.Verdict;

/**
 * ARC-7: which of a journal's entries a technical failure declared after they were made excuses —
 * those judged late whose deadline fell within the failure and that were made within its grace —
 * and the events that say so, keeping each entry's original verdict.
 */
final class Rejudgement {

    private Rejudgement() {
    }

    /** Returns the events judging again, with the school's failures as declared now, the journal's late entries not judged again yet. */
    static List<JournalEvent> due(JournalState journal, SchoolRules rules) {
        List<JournalEvent> events = new ArrayList<>();
        for (JournalEntry entry : journal.timedEntries()) {
            if (entry.rejudged().isPresent()) {
                continue;
            }
            entry.original().timing().filter(EntryTiming::late).ifPresent(timing -> {
                Verdict verdict = rules.rejudge(timing.rule(), timing.opensAt(), timing.closesAt().orElseThrow(),
                        entry.original().recordedAt());
                if (verdict.causedByFailure()) {
                    TechnicalFailure failure = verdict.limit().extension().map(TimeLimit.Extension::failure)
                            .orElseThrow();
                    events.add(new EntryRejudged(entry.number(), EntryTiming.of(verdict), failure.start(),
                            failure.end()));
                }
            });
        }
        return events;
    }
}
