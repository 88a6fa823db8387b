package org.schooljournal.core.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.schooljournal.core.journal.EntryKind;
import org.schooljournal.core.journal.JournalEntry;
import org.schooljournal.core.journal.JournalState;
import org.schooljournal.core.journal.LessonRef;

/**
 * What the reports read the same way from a journal: a lesson is given when its topic is recorded
 * (LES-2), and the current marks of the lessons of some dates (MRK-1) — one reading for the lesson
 * statistics (MRK-14) and the control of the journals (REP-5).
 */
final class GivenLessons {

    private GivenLessons() {
    }

    /** Returns the lesson's present topic, if it was given: recorded and not removed. */
    static Optional<JournalEntry> topic(JournalState journal, LessonRef lesson) {
        return topic(journal.lessonEntries(lesson));
    }

    /** Returns the present topic among a lesson's entries ({@link JournalState#lessonEntries}), if it was given. */
    static Optional<JournalEntry> topic(List<JournalEntry> lessonEntries) {
        return lessonEntries.stream().filter(e -> e.kind() == EntryKind.TOPIC && e.present()).findFirst();
    }

    /** Returns the present current marks of the lessons from one date to another, both included, in order. */
    static List<JournalEntry> marks(JournalState journal, LocalDate from, LocalDate to) {
        return journal.entries(EntryKind.MARK).stream()
                .filter(e -> e.present() && within(e, from, to))
                .toList();
    }

    /** Returns whether the entry belongs to a lesson from one date to another, both included. */
    static boolean within(JournalEntry entry, LocalDate from, LocalDate to) {
        return entry.lesson().filter(l -> !l.date().isBefore(from) && !l.date().isAfter(to)).isPresent();
    }
}
