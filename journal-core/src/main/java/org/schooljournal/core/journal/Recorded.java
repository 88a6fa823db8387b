package org.schooljournal.core.journal;

import java.util.List;
import java.util.Objects;
import org.schooljournal.spi.storage.EventEnvelope;

/**
 * What a command to a journal recorded (ACC-7): the entries it made, by number, so that a
 * correction can follow one (MRK-10), and the envelopes appended to the journal's stream. A
 * command that changed nothing made no entry and appended nothing.
 *
 * <pre>{@code
 * EntryRef mark = engine.execute(teacher, RecordMark.of(schoolId, maths, lesson, "s-1", Mark.of("5"), WorkKind.ORAL))
 *         .entry();
 * engine.execute(teacher, CorrectEntry.mark(schoolId, mark, Mark.of("4"), "ошибка при вводе"));
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param schoolId the school
 * @param journal the journal
 * @param entries the numbers of the entries made, in order; empty for a command that makes none
 *     (a correction, a substitution, a grading system)
 * @param appended the envelopes appended, in order
 */
public record Recorded(String schoolId, JournalKey journal, List<Integer> entries, List<EventEnvelope> appended) {

    /** Copies the lists. */
    public Recorded {
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(journal, "journal");
        entries = List.copyOf(entries);
        appended = List.copyOf(appended);
    }

    /** Returns whether the command changed anything. */
    public boolean changed() {
        return !appended.isEmpty();
    }

    /**
     * Returns the one entry the command made.
     *
     * @throws IllegalStateException if it made none, or several
     */
    public EntryRef entry() {
        if (entries.size() != 1) {
            throw new IllegalStateException("the command made " + entries.size() + " entries in journal " + journal
                    + ", not one: " + entries);
        }
        return new EntryRef(journal, entries.get(0));
    }
}
