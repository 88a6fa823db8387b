package org.schooljournal.core.feed;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.core.journal.EntryKind;
import org.schooljournal.core.journal.JournalEntry;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.LessonRef;

/**
 * Whose diary shows a feed item, and so who besides the host may read it (PD-2): one student's
 * (their mark, absence, remark), or the class's of a journal on a date (a topic, a homework for
 * all, a substitution) — shown to each student of the journal that day. A message to guardians
 * is shown to the guardians only (DRY-6). The reader's right itself is decided in
 * {@code access.DiaryRights}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param journal the journal the item is of
 * @param student the student whose item it is; empty for the class's
 * @param date the day the class's item belongs to; empty if none (then only the host sees it)
 * @param guardiansOnly whether only the student's guardians, not the student, see it
 */
record Audience(JournalKey journal, Optional<String> student, Optional<LocalDate> date, boolean guardiansOnly) {

    Audience {
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(student, "student");
        Objects.requireNonNull(date, "date");
    }

    /** Returns the audience of a student's own item. */
    static Audience student(JournalKey journal, String student) {
        return new Audience(journal, Optional.of(student), Optional.empty(), false);
    }

    /** Returns the audience of the class's item of a lesson. */
    static Audience lesson(JournalKey journal, LessonRef lesson) {
        return new Audience(journal, Optional.empty(), Optional.of(lesson.date()), false);
    }

    /** Returns the audience of an entry of a journal: its student's, or its lesson's class's. */
    static Audience of(JournalKey journal, JournalEntry entry) {
        return of(journal, entry.kind(), entry.studentId(), entry.lesson());
    }

    /** Returns the audience of an entry of a kind, for a student or a lesson's class. */
    static Audience of(JournalKey journal, EntryKind kind, Optional<String> student, Optional<LessonRef> lesson) {
        return new Audience(journal, student, lesson.map(LessonRef::date), kind == EntryKind.GUARDIAN_MESSAGE);
    }
}
