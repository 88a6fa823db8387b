package org.schooljournal.examples.schoolday;

import java.io.PrintStream;
import java.util.List;
import org.schooljournal.core.journal.Journal;
import org.schooljournal.core.journal.JournalEntry;
import org.schooljournal.core.journal.Revision;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.school.StaffMember;
import org.schooljournal.core.roster.Roster;

/**
 * Prints the history of a journal's first corrected entry (MRK-10): the original value with its
 * author and instant, then each correction with its author, instant and reason.
 */
final class CorrectionHistory {

    private final SchoolState state;
    private final RussianText russian;
    private final JournalText text;
    private final PrintStream out;

    CorrectionHistory(SchoolState state, RussianText russian, JournalText text, PrintStream out) {
        this.state = state;
        this.russian = russian;
        this.text = text;
        this.out = out;
    }

    /** Prints the history of the journal's first corrected entry, or that there is none. */
    void print(Journal journal) {
        List<JournalEntry> corrected = journal.state().entries(JournalEntry::corrected);
        if (corrected.isEmpty()) {
            out.println(text.text("correction.none"));
            return;
        }
        JournalEntry entry = corrected.get(0);
        String student = entry.studentId().flatMap(id -> Roster.of(state).student(id)).map(s -> s.fullName()).orElse("");
        out.println(text.text("correction.title", entry.number(),
                entry.lesson().map(l -> russian.date(l.date())).orElse(entry.period().orElse("")), student));
        Revision original = entry.original();
        out.println(text.text("correction.original", russian.instant(original.recordedAt()), original.value(),
                author(original)));
        for (Revision revision : entry.revisions().subList(1, entry.revisions().size())) {
            out.println(text.text("correction.line", russian.instant(revision.recordedAt()), revision.value(),
                    author(revision), revision.reason().orElse("")));
        }
    }

    private String author(Revision revision) {
        StaffMember member = state.structure().staff().get(revision.author());
        return member == null ? revision.author() : russian.initials(member);
    }
}
