package org.schooljournal.core.journal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An entry was made in a journal: a topic, homework, an absence, a mark, a note or a period mark,
 * with its author, instant and timeliness (ACC-7, ARC-7).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param number the entry's number in the journal
 * @param kind what the entry is
 * @param lesson the lesson; empty for a period mark
 * @param studentId the student; empty for a topic and general homework
 * @param period the period of a period mark
 * @param details what else the kind keeps
 * @param value the value as the journal shows it
 * @param author who entered it (a substitute, for a substituted lesson: LES-5)
 * @param recordedAt when
 * @param timing its timeliness, where a rule limits it
 */
public record EntryRecorded(
        int number, EntryKind kind, Optional<LessonRef> lesson, Optional<String> studentId, Optional<String> period,
        Map<String, String> details, String value, String author, Instant recordedAt, Optional<EntryTiming> timing)
        implements JournalEvent {

    JournalState applyTo(JournalState state) {
        return state.withEntry(new JournalEntry(number, kind, lesson, studentId, period, details,
                List.of(new Revision(value, author, recordedAt, Optional.empty(), timing)), Optional.empty()));
    }
}
