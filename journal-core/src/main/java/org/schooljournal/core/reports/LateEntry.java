package org.schooljournal.core.reports;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.core.journal.EntryKind;
import org.schooljournal.core.journal.EntryTiming;
import org.schooljournal.core.journal.JournalEntry;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.rules.ruleset.RuleId;

/**
 * An entry of the control of the journals (REP-5) made after its rule's deadline (ATT-2, MRK-2…4,
 * LES-4, MRK-7, MRK-13): late by its author, or late because of a declared technical failure and
 * so on time by the failure's grace (ARC-7), which the report counts apart.
 *
 * <p>How late a failure's entry was is known when it was judged late first and excused by a
 * failure declared after it (its first verdict keeps the lateness); an entry made while a failure
 * declared before it was in force was judged against the extended deadline alone, so its
 * {@code lateBy} is zero and its {@code deadline} the extended one.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param journal the journal
 * @param number the entry's number in the journal
 * @param kind what the entry is
 * @param rule the rule whose deadline it missed
 * @param lesson its lesson; empty for a period mark or an exam result
 * @param studentId its student; empty for a lesson's topic or general homework
 * @param author who entered it
 * @param recordedAt when it was entered
 * @param deadline the deadline it missed, if the rule has one
 * @param lateBy how late it was entered after the deadline
 * @param causedByFailure whether a declared technical failure, not its author, caused it (ARC-7)
 */
public record LateEntry(
        JournalKey journal, int number, EntryKind kind, RuleId rule, Optional<LessonRef> lesson,
        Optional<String> studentId, String author, Instant recordedAt, Optional<Instant> deadline, Duration lateBy,
        boolean causedByFailure) {

    /** Checks the parts are given. */
    public LateEntry {
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(lesson, "lesson");
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(lateBy, "lateBy");
    }

    /**
     * Returns the late entry of a journal's entry, if it is late or late by a failure as it stands
     * and its first value is valid (PD-4), as {@code Journal.lateEntries} and
     * {@code Journal.lateByFailure} list them.
     */
    static Optional<LateEntry> of(JournalKey journal, JournalEntry entry) {
        if (!entry.original().valid() || !(entry.late() || entry.lateByFailure())) {
            return Optional.empty();
        }
        EntryTiming timing = entry.timing().orElseThrow();
        EntryTiming missed = entry.late() ? timing : entry.original().timing().filter(EntryTiming::late).orElse(timing);
        return Optional.of(new LateEntry(journal, entry.number(), entry.kind(), missed.rule(), entry.lesson(),
                entry.studentId(), entry.original().author(), entry.original().recordedAt(), missed.closesAt(),
                missed.lateBy(), entry.lateByFailure()));
    }
}
