package org.schooljournal.core.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.core.compromise.Invalidation;

/**
 * One entry of a journal — a topic, homework, an absence, a mark, a note, a period mark — with
 * every value it has had (MRK-10): the original first, each correction after it. The current value
 * is the last valid one: a value entered through a compromised account after the head and support
 * were informed stays in the history, marked invalid, and counts for nothing (PD-4).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param number the entry's number in its journal, from 1; a correction names it
 * @param kind what the entry is
 * @param lesson the lesson it belongs to; empty for a period mark
 * @param studentId the student; empty for a lesson's topic and general homework
 * @param period the study period of a period mark, such as {@code QUARTER-1}
 * @param details what else the kind keeps: a mark's work kind and weight, a note's kind, the
 *     manner of homework
 * @param revisions the values, oldest first; not empty
 * @param rejudged the verdict of a technical failure declared after the entry was made late, if
 *     one excused it (ARC-7); the first value's timing keeps the original verdict
 */
public record JournalEntry(
        int number, EntryKind kind, Optional<LessonRef> lesson, Optional<String> studentId, Optional<String> period,
        Map<String, String> details, List<Revision> revisions, Optional<EntryTiming> rejudged) {

    /**
     * Copies the collections.
     *
     * @throws IllegalArgumentException if there is no revision
     */
    public JournalEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(lesson, "lesson");
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(rejudged, "rejudged");
        details = Map.copyOf(details);
        revisions = List.copyOf(revisions);
        if (revisions.isEmpty()) {
            throw new IllegalArgumentException("entry " + number + " needs its first value");
        }
    }

    /**
     * Returns the current value: the last valid revision's; when every revision is invalid (PD-4),
     * a removal, as if the entry had never been made.
     */
    public Revision current() {
        for (int i = revisions.size() - 1; i >= 0; i--) {
            if (revisions.get(i).valid()) {
                return revisions.get(i);
            }
        }
        Revision first = revisions.get(0);
        return new Revision("", first.author(), first.recordedAt(), first.reason(), Optional.empty(), first.invalidBy());
    }

    /** Returns the first value, as entered, valid or not. */
    public Revision original() {
        return revisions.get(0);
    }

    /**
     * Returns the entry's timeliness as it stands, where a rule limits it: the verdict of a
     * technical failure declared after the entry was made, if one excused it (ARC-7), else the
     * first value's.
     */
    public Optional<EntryTiming> timing() {
        return rejudged.or(() -> original().timing());
    }

    /** Returns whether the entry is late as it stands: late, and excused by no declared failure. */
    public boolean late() {
        return timing().filter(EntryTiming::late).isPresent();
    }

    /**
     * Returns whether the entry is late because of a declared technical failure, not its author
     * (ARC-7): judged so when it was made, or judged again when the failure was declared later.
     */
    public boolean lateByFailure() {
        return timing().filter(EntryTiming::causedByFailure).isPresent();
    }

    /** Returns whether the entry was corrected: it has more than one valid value. */
    public boolean corrected() {
        return revisions.stream().filter(Revision::valid).count() > 1;
    }

    /** Returns whether the entry still has a valid value (a correction may remove it; PD-4 may void it). */
    public boolean present() {
        return !current().removes();
    }

    /** Returns whether a value of the entry is invalid (PD-4). */
    public boolean invalidated() {
        return revisions.stream().anyMatch(revision -> !revision.valid());
    }

    /** Returns this entry with each revision the invalidation declares invalid marked so (PD-4). */
    JournalEntry marked(Invalidation invalidation) {
        List<Revision> marked = null;
        for (int i = 0; i < revisions.size(); i++) {
            Revision revision = revisions.get(i);
            Optional<Integer> report = invalidation.invalidating(revision.author(), revision.recordedAt())
                    .map(compromise -> compromise.number());
            if (report.isPresent() && revision.valid()) {
                if (marked == null) {
                    marked = new ArrayList<>(revisions);
                }
                marked.set(i, revision.invalidBy(report.get()));
            }
        }
        return marked == null ? this : new JournalEntry(number, kind, lesson, studentId, period, details, marked, rejudged);
    }

    /** Returns a detail, if the entry has it. */
    public Optional<String> detail(String name) {
        return Optional.ofNullable(details.get(name));
    }

    /** Returns this entry with one more revision. */
    JournalEntry revised(Revision revision) {
        List<Revision> more = new ArrayList<>(revisions);
        more.add(revision);
        return new JournalEntry(number, kind, lesson, studentId, period, details, more, rejudged);
    }

    /** Returns this entry judged again by a technical failure (ARC-7). */
    JournalEntry rejudged(EntryTiming timing) {
        return new JournalEntry(number, kind, lesson, studentId, period, details, revisions, Optional.of(timing));
    }
}
