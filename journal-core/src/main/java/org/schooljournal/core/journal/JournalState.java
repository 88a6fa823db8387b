package org.schooljournal.core.journal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.pcollections.OrderedPMap;
import org.pcollections.OrderedPSet;
import org.pcollections.PSortedMap;
import org.pcollections.PVector;
import org.pcollections.TreePMap;
import org.pcollections.TreePVector;
import org.schooljournal.core.compromise.Invalidation;
import org.schooljournal.core.notification.OutboxItem;

/**
 * Everything a journal holds: a fold of its stream's events (DESIGN.md, principle 1). Rebuilding it
 * from the log gives the same value as the engine's live state.
 *
 * <p>This record is immutable and thread-safe; the {@code with…} methods return new states. Its
 * collections are persistent (pcollections) and unmodifiable.
 *
 * @param key the class or group and the subject
 * @param grading the grading system (MRK-1)
 * @param entries the entries by number
 * @param substitutions the substitute teacher of each substituted lesson (LES-5)
 * @param reschedules where each rescheduled lesson was moved (LES-5)
 * @param deferrals the deferred period marks (MRK-8)
 * @param closedPeriods the periods whose final marks are set (MRK-9)
 * @param exclusions the marks excluded from the average, by entry number, with the reason (MRK-11)
 * @param outbox the guardians' notifications this journal's entries caused, by key, with their
 *     delivery (ATT-5)
 * @param index <b>derived</b>: the entries' numbers by lesson, student and kind ({@link EntryIndex}),
 *     which {@link #withEntry} keeps, so that recording and reading look at a lesson's or a
 *     student's entries, not the whole journal (issue 13). It holds nothing {@code entries} does
 *     not: a codec leaves it out and gives the constructor without it, which builds it; a
 *     journal rebuilt from its stream equals the live one, index and all.
 */
public record JournalState(
        JournalKey key,
        GradingSystem grading,
        Map<Integer, JournalEntry> entries,
        Map<LessonRef, String> substitutions,
        Map<LessonRef, LessonRef> reschedules,
        List<Deferral> deferrals,
        Set<String> closedPeriods,
        Map<Integer, String> exclusions,
        Map<String, OutboxItem> outbox,
        EntryIndex index) {

    /**
     * Takes the collections as persistent ones (pcollections), so that each event's new state
     * shares all but a path of the old one instead of copying it: a journal of a year folds in
     * time proportional to its events, not to their square.
     *
     * @throws IllegalArgumentException if the index holds another number of entries than
     *     {@code entries} (build it with {@link EntryIndex#of}, or use the constructor without it)
     */
    public JournalState {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(grading, "grading");
        entries = Persistent.sorted(entries);
        substitutions = Persistent.sorted(substitutions);
        reschedules = Persistent.sorted(reschedules);
        deferrals = Persistent.vector(deferrals);
        closedPeriods = Persistent.orderedSet(closedPeriods);
        exclusions = Persistent.sorted(exclusions);
        outbox = Persistent.orderedMap(outbox);
        Objects.requireNonNull(index, "index");
        if (index.size() != entries.size()) {
            throw new IllegalArgumentException("index holds " + index.size() + " entries, the journal "
                    + entries.size() + "; the index is derived from the entries (EntryIndex.of)");
        }
    }

    /** Makes the state of its parts, the entries' index built from the entries. */
    public JournalState(JournalKey key, GradingSystem grading, Map<Integer, JournalEntry> entries,
            Map<LessonRef, String> substitutions, Map<LessonRef, LessonRef> reschedules, List<Deferral> deferrals,
            Set<String> closedPeriods, Map<Integer, String> exclusions, Map<String, OutboxItem> outbox) {
        this(key, grading, entries, substitutions, reschedules, deferrals, closedPeriods, exclusions, outbox,
                EntryIndex.of(entries));
    }

    /** Returns the state of a journal with nothing in it yet. */
    public static JournalState empty(JournalKey key) {
        return new JournalState(key, GradingSystem.FIVE_POINT, TreePMap.empty(), TreePMap.empty(), TreePMap.empty(),
                TreePVector.empty(), OrderedPSet.empty(), TreePMap.empty(), OrderedPMap.empty(), EntryIndex.empty());
    }

    /** Returns the number the next entry gets. */
    public int nextNumber() {
        return entries.size() + 1;
    }

    /** Returns the entry with that number, if there is one. */
    public Optional<JournalEntry> entry(int number) {
        return Optional.ofNullable(entries.get(number));
    }

    /** Returns the entries that match, in the order of their numbers. */
    public List<JournalEntry> entries(Predicate<JournalEntry> filter) {
        return entries.values().stream().filter(filter).toList();
    }

    /** Returns the present entry of a kind for that lesson and student, if there is one. */
    public Optional<JournalEntry> presentEntry(EntryKind kind, LessonRef lesson, Optional<String> studentId) {
        return lessonEntries(lesson).stream()
                .filter(e -> e.kind() == kind && e.studentId().equals(studentId) && e.present())
                .findFirst();
    }

    /** Returns a lesson's entries, in the order of their numbers; looks at that lesson's alone. */
    public List<JournalEntry> lessonEntries(LessonRef lesson) {
        return numbered(index.ofLesson(lesson));
    }

    /** Returns a student's entries, in the order of their numbers; looks at that student's alone. */
    public List<JournalEntry> studentEntries(String studentId) {
        return numbered(index.ofStudent(studentId));
    }

    /** Returns the entries of a kind, in the order of their numbers; looks at that kind's alone. */
    public List<JournalEntry> entries(EntryKind kind) {
        return numbered(index.ofKind(kind));
    }

    /**
     * Returns, in the order of their numbers, the entries judged late or by a technical failure when
     * made, and those judged again (ATT-2, ARC-7): every entry that may be late, late by a failure,
     * or due to be judged again.
     */
    List<JournalEntry> timedEntries() {
        return numbered(index.timed());
    }

    /** Returns the entries with an invalid value (PD-4), in the order of their numbers. */
    List<JournalEntry> invalidatedEntries() {
        return numbered(index.invalidated());
    }

    private List<JournalEntry> numbered(List<Integer> numbers) {
        List<JournalEntry> found = new java.util.ArrayList<>(numbers.size());
        for (Integer number : numbers) {
            found.add(entries.get(number));
        }
        return found;
    }

    /** Returns the substitute of a lesson, if it was substituted. */
    public Optional<String> substituteOf(LessonRef lesson) {
        return Optional.ofNullable(substitutions.get(lesson));
    }

    /** Returns the deferral of a student's period mark, if it was deferred (MRK-8). */
    public Optional<Deferral> deferral(String studentId, PeriodRef period) {
        String name = period.toString();
        return deferrals.stream().filter(d -> d.studentId().equals(studentId) && d.period().equals(name)).findFirst();
    }

    /** Returns whether the period's final marks are set, so that it is locked (MRK-9). */
    public boolean closed(PeriodRef period) {
        return closedPeriods.contains(period.toString());
    }

    /**
     * Returns this state with each revision the invalidation declares invalid marked so (PD-4): its
     * entries count only their valid values, as every read and decision sees them; the log and the
     * fold keep every value unmarked. This state itself when nothing is invalid.
     */
    public JournalState marked(Invalidation invalidation) {
        if (invalidation.isEmpty()) {
            return this;
        }
        PSortedMap<Integer, JournalEntry> marked = (PSortedMap<Integer, JournalEntry>) entries;
        EntryIndex markedIndex = index;
        for (Map.Entry<Integer, JournalEntry> entry : entries.entrySet()) {
            JournalEntry markedEntry = entry.getValue().marked(invalidation);
            if (markedEntry != entry.getValue()) {
                marked = marked.plus(entry.getKey(), markedEntry);
                markedIndex = markedIndex.with(entry.getKey(), Optional.of(entry.getValue()), markedEntry);
            }
        }
        return marked == entries ? this : new JournalState(key, grading, marked, substitutions, reschedules, deferrals,
                closedPeriods, exclusions, outbox, markedIndex);
    }

    /** Returns this state with the entry added or replaced. */
    public JournalState withEntry(JournalEntry entry) {
        return new JournalState(key, grading, ((PSortedMap<Integer, JournalEntry>) entries).plus(entry.number(), entry),
                substitutions, reschedules, deferrals, closedPeriods, exclusions, outbox,
                index.with(entry.number(), entry(entry.number()), entry));
    }

    /** Returns this state with another grading system. */
    public JournalState withGrading(GradingSystem system) {
        return new JournalState(key, system, entries, substitutions, reschedules, deferrals, closedPeriods, exclusions, outbox,
                index);
    }

    /** Returns this state with a lesson's substitute. */
    public JournalState withSubstitution(LessonRef lesson, String teacherId) {
        return new JournalState(key, grading, entries,
                ((PSortedMap<LessonRef, String>) substitutions).plus(lesson, teacherId), reschedules, deferrals, closedPeriods, exclusions, outbox,
                index);
    }

    /** Returns this state with a lesson moved. */
    public JournalState withReschedule(LessonRef from, LessonRef to) {
        return new JournalState(key, grading, entries, substitutions,
                ((PSortedMap<LessonRef, LessonRef>) reschedules).plus(from, to), deferrals, closedPeriods, exclusions, outbox, index);
    }

    /** Returns this state with a deferral. */
    public JournalState withDeferral(Deferral deferral) {
        return new JournalState(key, grading, entries, substitutions, reschedules,
                ((PVector<Deferral>) deferrals).plus(deferral), closedPeriods, exclusions, outbox, index);
    }

    /** Returns this state with the period closed. */
    public JournalState withClosedPeriod(String period) {
        return new JournalState(key, grading, entries, substitutions, reschedules, deferrals,
                ((OrderedPSet<String>) closedPeriods).plus(period), exclusions, outbox, index);
    }

    /** Returns this state with a notification added to its outbox or its delivery changed. */
    public JournalState withOutboxItem(OutboxItem item) {
        return new JournalState(key, grading, entries, substitutions, reschedules, deferrals, closedPeriods, exclusions,
                ((OrderedPMap<String, OutboxItem>) outbox).plus(item.notification().idempotencyKey(), item), index);
    }

    /** Returns this state with the mark excluded from the average. */
    public JournalState withExclusion(int number, String reason) {
        return new JournalState(key, grading, entries, substitutions, reschedules, deferrals, closedPeriods,
                ((PSortedMap<Integer, String>) exclusions).plus(number, reason), outbox, index);
    }
}
