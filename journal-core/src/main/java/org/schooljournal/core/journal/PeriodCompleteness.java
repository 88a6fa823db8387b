package org.schooljournal.core.journal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.core.roster.Student;
import org.schooljournal.rules.calendar.StudyPeriod;

/**
 * Whether every student of a journal has a period mark for a period (MRK-7): a mark, a special
 * mark «осв», «н/а», «безотм», or a deferral (MRK-8). The students counted are those of the journal
 * on the period's last day.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param key the journal
 * @param period the period
 * @param marked the students with a period mark or special mark
 * @param deferred the students whose mark is deferred, without a mark yet
 * @param missing the students with neither, in alphabetical order
 */
public record PeriodCompleteness(JournalKey key, PeriodRef period, List<Student> marked, List<Student> deferred,
        List<Student> missing) {

    /** Copies the lists. */
    public PeriodCompleteness {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(period, "period");
        marked = List.copyOf(marked);
        deferred = List.copyOf(deferred);
        missing = List.copyOf(missing);
    }

    /** Returns the completeness of the journal's marks for the period. */
    public static PeriodCompleteness of(JournalScope scope, JournalState journal, StudyPeriod period) {
        PeriodRef ref = PeriodRef.of(period);
        List<Student> students = scope.students(period.lastDay());
        List<Student> marked = students.stream()
                .filter(s -> periodMark(journal, ref, s.personId()).isPresent()).toList();
        List<Student> deferred = students.stream().filter(s -> !marked.contains(s))
                .filter(s -> journal.deferral(s.personId(), ref).isPresent()).toList();
        List<Student> missing = students.stream().filter(s -> !marked.contains(s) && !deferred.contains(s)).toList();
        return new PeriodCompleteness(scope.key(), ref, marked, deferred, missing);
    }

    /** Returns the student's present period mark for the period, if set. */
    public static Optional<JournalEntry> periodMark(JournalState journal, PeriodRef period, String studentId) {
        Optional<String> name = Optional.of(period.toString());
        return journal.entries(EntryKind.PERIOD_MARK).stream()
                .filter(e -> e.present() && e.period().equals(name)
                        && e.studentId().equals(Optional.of(studentId)))
                .findFirst();
    }

    /** Returns whether no student is missing, so that the period closes (MRK-9). */
    public boolean complete() {
        return missing.isEmpty() && !(marked.isEmpty() && deferred.isEmpty());
    }
}
