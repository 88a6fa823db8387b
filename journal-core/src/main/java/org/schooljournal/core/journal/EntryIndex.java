package org.schooljournal.core.journal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;
import org.pcollections.PSortedSet;
import org.pcollections.TreePSet;

/**
 * The numbers of a journal's entries by lesson, by student and by kind, and of those whose timing
 * or history a read asks for — derived from the entries alone, so that recording, checks and page
 * reads look at a lesson's or a student's entries instead of the whole journal (issue 13): the
 * same on the last day of the year as on the first. An entry's kind, lesson and student never
 * change (a correction changes its value, a technical failure its verdict, an invalidation its
 * revisions' validity); {@link #with} still moves an entry whose did, so the index stays the one
 * {@link #of} builds from the same entries.
 *
 * <p>This class is immutable and thread-safe; its sets are persistent (pcollections), so that each
 * entry's new index shares all but a few paths of the old one. Two indexes are equal when they
 * index the same numbers the same way (every entry has a kind, so its size follows).
 */
public final class EntryIndex {

    private static final EntryIndex EMPTY = new EntryIndex(HashTreePMap.empty(), HashTreePMap.empty(),
            HashTreePMap.empty(), TreePSet.empty(), TreePSet.empty(), 0);

    private final PMap<LessonRef, PSortedSet<Integer>> byLesson;
    private final PMap<String, PSortedSet<Integer>> byStudent;
    private final PMap<EntryKind, PSortedSet<Integer>> byKind;
    private final PSortedSet<Integer> timed;
    private final PSortedSet<Integer> invalidated;
    private final int size;

    private EntryIndex(PMap<LessonRef, PSortedSet<Integer>> byLesson, PMap<String, PSortedSet<Integer>> byStudent,
            PMap<EntryKind, PSortedSet<Integer>> byKind, PSortedSet<Integer> timed, PSortedSet<Integer> invalidated,
            int size) {
        this.byLesson = byLesson;
        this.byStudent = byStudent;
        this.byKind = byKind;
        this.timed = timed;
        this.invalidated = invalidated;
        this.size = size;
    }

    /** Returns the index of no entry. */
    public static EntryIndex empty() {
        return EMPTY;
    }

    /**
     * Returns the index of the entries, keyed by their numbers: grouped in plain collections first,
     * then each set made persistent at once, which is several times faster than adding the entries
     * one by one (a journal coming back from its stored snapshot, issue 13).
     */
    public static EntryIndex of(Map<Integer, JournalEntry> entries) {
        if (entries.isEmpty()) {
            return EMPTY;
        }
        Map<LessonRef, SortedSet<Integer>> lessons = new HashMap<>();
        Map<String, SortedSet<Integer>> students = new HashMap<>();
        Map<EntryKind, SortedSet<Integer>> kinds = new EnumMap<>(EntryKind.class);
        SortedSet<Integer> timed = new TreeSet<>();
        SortedSet<Integer> invalidated = new TreeSet<>();
        for (Map.Entry<Integer, JournalEntry> numbered : entries.entrySet()) {
            Integer number = numbered.getKey();
            JournalEntry entry = numbered.getValue();
            entry.lesson().ifPresent(lesson -> lessons.computeIfAbsent(lesson, l -> new TreeSet<>()).add(number));
            entry.studentId().ifPresent(student -> students.computeIfAbsent(student, t -> new TreeSet<>()).add(number));
            kinds.computeIfAbsent(entry.kind(), k -> new TreeSet<>()).add(number);
            if (isTimed(entry)) {
                timed.add(number);
            }
            if (entry.invalidated()) {
                invalidated.add(number);
            }
        }
        return new EntryIndex(persistent(lessons), persistent(students), persistent(kinds),
                TreePSet.fromSortedSet(timed), TreePSet.fromSortedSet(invalidated), entries.size());
    }

    /** Returns how many entries the index holds. */
    public int size() {
        return size;
    }

    /**
     * Returns this index with an entry added under a number, or replacing the entry under it.
     *
     * @param number the entry's key in the journal's entries: its number
     * @param replaced the entry it replaces, if one had that number
     * @param entry the entry
     */
    EntryIndex with(Integer number, Optional<JournalEntry> replaced, JournalEntry entry) {
        PMap<LessonRef, PSortedSet<Integer>> lessons = byLesson;
        PMap<String, PSortedSet<Integer>> students = byStudent;
        PMap<EntryKind, PSortedSet<Integer>> kinds = byKind;
        if (replaced.isPresent()) {
            JournalEntry old = replaced.get();
            lessons = old.lesson().map(l -> minus(byLesson, l, number)).orElse(byLesson);
            students = old.studentId().map(s -> minus(byStudent, s, number)).orElse(byStudent);
            kinds = minus(byKind, old.kind(), number);
        }
        PMap<LessonRef, PSortedSet<Integer>> fromLessons = lessons;
        PMap<String, PSortedSet<Integer>> fromStudents = students;
        lessons = entry.lesson().map(l -> plus(fromLessons, l, number)).orElse(lessons);
        students = entry.studentId().map(s -> plus(fromStudents, s, number)).orElse(students);
        kinds = plus(kinds, entry.kind(), number);
        return new EntryIndex(lessons, students, kinds, isTimed(entry) ? timed.plus(number) : timed.minus(number),
                entry.invalidated() ? invalidated.plus(number) : invalidated.minus(number),
                replaced.isPresent() ? size : size + 1);
    }

    /** Returns the numbers of a lesson's entries, in order. */
    List<Integer> ofLesson(LessonRef lesson) {
        return List.copyOf(byLesson.getOrDefault(lesson, TreePSet.empty()));
    }

    /** Returns the numbers of a student's entries, in order. */
    List<Integer> ofStudent(String studentId) {
        return List.copyOf(byStudent.getOrDefault(studentId, TreePSet.empty()));
    }

    /** Returns the numbers of the entries of a kind, in order. */
    List<Integer> ofKind(EntryKind kind) {
        return List.copyOf(byKind.getOrDefault(kind, TreePSet.empty()));
    }

    /**
     * Returns the numbers, in order, of the entries judged late or by a technical failure, when
     * made or judged again (ATT-2, ARC-7): every entry that may be late, late by a failure, or due
     * to be judged again.
     */
    List<Integer> timed() {
        return List.copyOf(timed);
    }

    /** Returns the numbers, in order, of the entries with an invalid value (PD-4). */
    List<Integer> invalidated() {
        return List.copyOf(invalidated);
    }

    /** Whether an entry may be late, late by a failure, or due to be judged again. */
    private static boolean isTimed(JournalEntry entry) {
        return entry.rejudged().isPresent()
                || entry.original().timing().filter(t -> t.late() || t.causedByFailure()).isPresent();
    }

    private static <K> PMap<K, PSortedSet<Integer>> persistent(Map<K, SortedSet<Integer>> sets) {
        Map<K, PSortedSet<Integer>> persistent = new HashMap<>();
        sets.forEach((key, numbers) -> persistent.put(key, TreePSet.fromSortedSet(numbers)));
        return HashTreePMap.from(persistent);
    }

    private static <K> PMap<K, PSortedSet<Integer>> plus(PMap<K, PSortedSet<Integer>> map, K key, Integer number) {
        return map.plus(key, map.getOrDefault(key, TreePSet.empty()).plus(number));
    }

    private static <K> PMap<K, PSortedSet<Integer>> minus(PMap<K, PSortedSet<Integer>> map, K key, Integer number) {
        PSortedSet<Integer> less = map.getOrDefault(key, TreePSet.empty()).minus(number);
        return less.isEmpty() ? map.minus(key) : map.plus(key, less);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EntryIndex index && byLesson.equals(index.byLesson)
                && byStudent.equals(index.byStudent) && byKind.equals(index.byKind) && timed.equals(index.timed)
                && invalidated.equals(index.invalidated);
    }

    @Override
    public int hashCode() {
        return Objects.hash(byLesson, byStudent, byKind, timed, invalidated);
    }

    @Override
    public String toString() {
        return "EntryIndex[" + size + " entries, " + byLesson.size() + " lessons, " + byStudent.size() + " students]";
    }
}
