package org.schooljournal.examples.schoolday;

import java.io.PrintStream;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schooljournal.core.journal.EntryTiming;
import org.schooljournal.core.journal.Journal;
import org.schooljournal.core.journal.JournalEntry;
import org.schooljournal.core.journal.WorkKind;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.roster.Roster;

/**
 * Prints the entries of a journal recorded late, as the administration controls them: how many by
 * rule, then the first few of each rule — what was entered, for which lesson, when, the deadline
 * and how late, to the minute as the instants are printed — and how many more there are.
 */
final class LatenessReport {

    /** How many entries of each rule are printed. */
    static final int PER_RULE = 3;

    private final SchoolState state;
    private final RussianText russian;
    private final JournalText text;
    private final PrintStream out;

    LatenessReport(SchoolState state, RussianText russian, JournalText text, PrintStream out) {
        this.state = state;
        this.russian = russian;
        this.text = text;
        this.out = out;
    }

    /** Prints the journal's late entries, as the administration reads them. */
    void print(Journal journal) {
        List<JournalEntry> late = journal.lateEntries();
        if (late.isEmpty()) {
            out.println(text.text("late.none"));
            return;
        }
        Map<String, List<JournalEntry>> byRule = new LinkedHashMap<>();
        late.forEach(e -> byRule.computeIfAbsent(timing(e).rule().code(), rule -> new ArrayList<>()).add(e));
        List<String> counts = new ArrayList<>();
        byRule.forEach((rule, entries) -> counts.add(text.text("late.count", rule, entries.size())));
        out.println(text.text("late.title", late.size(), String.join(", ", counts)));
        int shown = 0;
        for (Map.Entry<String, List<JournalEntry>> rule : byRule.entrySet()) {
            for (JournalEntry entry : rule.getValue().subList(0, Math.min(PER_RULE, rule.getValue().size()))) {
                printEntry(rule.getKey(), entry);
                shown++;
            }
        }
        if (late.size() > shown) {
            out.println(text.text("late.more", late.size() - shown));
        }
    }

    private void printEntry(String rule, JournalEntry entry) {
        EntryTiming timing = timing(entry);
        String lesson = entry.lesson().map(l -> text.day(l.date())).orElse(entry.period().orElse(""));
        String student = entry.studentId().flatMap(id -> Roster.of(state).student(id)).map(text::student).orElse("");
        String work = entry.detail("work").map(w -> text.work(WorkKind.valueOf(w))).orElse("");
        String what = text.text("late." + entry.kind().name(), entry.original().value(), student, work);
        out.println(text.text("late.line", rule, lesson, what, russian.instant(entry.original().recordedAt()),
                timing.closesAt().map(russian::closing).orElse(""),
                russian.duration(timing.lateBy().truncatedTo(ChronoUnit.MINUTES))));
    }

    private static EntryTiming timing(JournalEntry entry) {
        return entry.original().timing().orElseThrow();
    }
}
