package org.schooljournal.core.journal;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Everything a journal holds: a fold of its stream's events (DESIGN.md, principle 1). Rebuilding it
 * from the log gives the same value as the engine's live state.
 *
 * <p>This record is immutable and thread-safe; the {@code with…} methods return new states.
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
        Map<String, OutboxItem> outbox) {

    /** Copies the collections. */
    public JournalState {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(grading, "grading");
        entries = Collections.unmodifiableMap(new TreeMap<>(entries));
        substitutions = Collections.unmodifiableMap(new TreeMap<>(substitutions));
        reschedules = Collections.unmodifiableMap(new TreeMap<>(reschedules));
        deferrals = List.copyOf(deferrals);
        closedPeriods = Collections.unmodifiableSet(new LinkedHashSet<>(closedPeriods));
        exclusions = Collections.unmodifiableMap(new TreeMap<>(exclusions));
        outbox = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outbox));
    }

    /** Returns the state of a journal with nothing in it yet. */
    public static JournalState empty(JournalKey key) {
        return new JournalState(key, GradingSystem.FIVE_POINT, Map.of(), Map.of(), Map.of(), List.of(), Set.of(), Map.of(),
                Map.of());
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
        return entries.values().stream()
                .filter(e -> e.kind() == kind && e.lesson().equals(Optional.of(lesson)) && e.studentId().equals(studentId)
                        && e.present())
                .findFirst();
    }

    /** Returns the substitute of a lesson, if it was substituted. */
    public Optional<String> substituteOf(LessonRef lesson) {
        return Optional.ofNullable(substitutions.get(lesson));
    }

    /** Returns the deferral of a student's period mark, if it was deferred. */
    public Optional<Deferral> deferral(String studentId, String period) {
        return deferrals.stream().filter(d -> d.studentId().equals(studentId) && d.period().equals(period)).findFirst();
    }

    /** Returns whether the period's final marks are set, so that it is locked (MRK-9). */
    public boolean closed(String period) {
        return closedPeriods.contains(period);
    }

    /** Returns this state with the entry added or replaced. */
    public JournalState withEntry(JournalEntry entry) {
        Map<Integer, JournalEntry> more = new TreeMap<>(entries);
        more.put(entry.number(), entry);
        return new JournalState(key, grading, more, substitutions, reschedules, deferrals, closedPeriods, exclusions, outbox);
    }

    /** Returns this state with another grading system. */
    public JournalState withGrading(GradingSystem system) {
        return new JournalState(key, system, entries, substitutions, reschedules, deferrals, closedPeriods, exclusions, outbox);
    }

    /** Returns this state with a lesson's substitute. */
    public JournalState withSubstitution(LessonRef lesson, String teacherId) {
        Map<LessonRef, String> more = new TreeMap<>(substitutions);
        more.put(lesson, teacherId);
        return new JournalState(key, grading, entries, more, reschedules, deferrals, closedPeriods, exclusions, outbox);
    }

    /** Returns this state with a lesson moved. */
    public JournalState withReschedule(LessonRef from, LessonRef to) {
        Map<LessonRef, LessonRef> more = new TreeMap<>(reschedules);
        more.put(from, to);
        return new JournalState(key, grading, entries, substitutions, more, deferrals, closedPeriods, exclusions, outbox);
    }

    /** Returns this state with a deferral. */
    public JournalState withDeferral(Deferral deferral) {
        List<Deferral> more = new java.util.ArrayList<>(deferrals);
        more.add(deferral);
        return new JournalState(key, grading, entries, substitutions, reschedules, more, closedPeriods, exclusions, outbox);
    }

    /** Returns this state with the period closed. */
    public JournalState withClosedPeriod(String period) {
        Set<String> more = new LinkedHashSet<>(closedPeriods);
        more.add(period);
        return new JournalState(key, grading, entries, substitutions, reschedules, deferrals, more, exclusions, outbox);
    }

    /** Returns this state with a notification added to its outbox or its delivery changed. */
    public JournalState withOutboxItem(OutboxItem item) {
        Map<String, OutboxItem> more = new java.util.LinkedHashMap<>(outbox);
        more.put(item.notification().idempotencyKey(), item);
        return new JournalState(key, grading, entries, substitutions, reschedules, deferrals, closedPeriods, exclusions,
                more);
    }

    /** Returns this state with the mark excluded from the average. */
    public JournalState withExclusion(int number, String reason) {
        Map<Integer, String> more = new TreeMap<>(exclusions);
        more.put(number, reason);
        return new JournalState(key, grading, entries, substitutions, reschedules, deferrals, closedPeriods, more, outbox);
    }
}
