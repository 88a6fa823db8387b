package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.compromise.AccountRestored;
import org.schooljournal.core.compromise.CompromiseReported;
import org.schooljournal.core.compromise.Invalidation;
import org.schooljournal.core.compromise.OperationsInvalidated;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolLog;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.rules.Timeliness;
import org.schooljournal.rules.ruleset.RuleId;

/**
 * The entries' index of a journal (issue 13, {@link EntryIndex}): every indexed answer equals the
 * plain scan of every entry it replaces, after every step of any fold — entries recorded,
 * recorded again under a taken number, corrected, removed, judged again, invalidated (PD-4) —
 * and the index is derived: the state with an index built from its entries equals the live one.
 */
@DisplayName("Issue 13: a journal's entries indexed by lesson, student and kind answer as the plain scans do")
class EntryIndexTest {

    private static final JournalKey KEY = new JournalKey("5А", "math");
    private static final LessonRef UNUSED_LESSON = new LessonRef(JournalGenerators.FOLD_LESSONS.get(0).date(), 7);

    /** Applies an event as a log would: a number of 0 is the journal's next; a judgement of no entry is skipped. */
    private static JournalState apply(JournalState state, JournalEvent event) {
        if (event instanceof EntryRecorded r && r.number() == 0) {
            return new EntryRecorded(state.nextNumber(), r.kind(), r.lesson(), r.studentId(), r.period(), r.details(),
                    "4", r.author(), r.recordedAt(), r.timing()).applyTo(state);
        }
        if (event instanceof EntryRejudged j && state.entry(j.entry()).isEmpty()) {
            return state;
        }
        return JournalEvent.FAMILY.apply(state, event);
    }

    private static Invalidation compromiseOfFirstAuthor(Instant informed, Optional<Instant> restored) {
        List<SchoolEvent> events = new ArrayList<>();
        events.add(new CompromiseReported(1, JournalGenerators.AUTHORS.get(0), "head", informed, informed, informed,
                "пароль утерян", Optional.empty()));
        events.add(new OperationsInvalidated(1, "head", informed, List.of()));
        restored.ifPresent(at -> events.add(new AccountRestored(1, "admin", at, "пароль сменён")));
        return Invalidation.of(SchoolLog.apply(SchoolState.empty("86-001"), events));
    }

    /** Checks every indexed answer against the plain scan of every entry, and the index against one built afresh. */
    private static void assertIndexed(JournalState state) {
        assertThat(state).isEqualTo(new JournalState(state.key(), state.grading(), state.entries(),
                state.substitutions(), state.reschedules(), state.deferrals(), state.closedPeriods(),
                state.exclusions(), state.outbox()));
        assertThat(state.index().size()).isEqualTo(state.entries().size());
        List<LessonRef> lessons = new ArrayList<>(JournalGenerators.FOLD_LESSONS);
        lessons.add(UNUSED_LESSON);
        List<Optional<String>> students = new ArrayList<>();
        JournalGenerators.FOLD_STUDENTS.forEach(s -> students.add(Optional.of(s)));
        students.add(Optional.of("s-unknown"));
        students.add(Optional.empty());
        for (LessonRef lesson : lessons) {
            assertThat(state.lessonEntries(lesson)).isEqualTo(state.entries(e -> e.lesson().equals(Optional.of(lesson))));
            for (EntryKind kind : EntryKind.values()) {
                for (Optional<String> student : students) {
                    assertThat(state.presentEntry(kind, lesson, student)).isEqualTo(state.entries(e -> e.kind() == kind
                            && e.lesson().equals(Optional.of(lesson)) && e.studentId().equals(student) && e.present())
                            .stream().findFirst());
                }
            }
        }
        for (Optional<String> student : students) {
            student.ifPresent(s -> assertThat(state.studentEntries(s))
                    .isEqualTo(state.entries(e -> e.studentId().equals(student))));
        }
        for (EntryKind kind : EntryKind.values()) {
            assertThat(state.entries(kind)).isEqualTo(state.entries(e -> e.kind() == kind));
        }
        Predicate<JournalEntry> timed = e -> e.rejudged().isPresent()
                || e.original().timing().filter(t -> t.late() || t.causedByFailure()).isPresent();
        assertThat(state.timedEntries()).isEqualTo(state.entries(timed));
        assertThat(state.invalidatedEntries()).isEqualTo(state.entries(JournalEntry::invalidated));
    }

    @Test
    @DisplayName("issue 13: after every step of a random fold, every indexed answer equals the plain scan, and the "
            + "index equals one built from the entries")
    void indexedAnswersEqualScans() {
        qt().withFixedSeed(20261206L).withExamples(200)
                .forAll(lists().of(JournalGenerators.entryEvents()).ofSizeBetween(1, 40),
                        JournalGenerators.invalidIntervals())
                .checkAssert((events, interval) -> {
                    JournalState state = JournalState.empty(KEY);
                    for (JournalEvent event : events) {
                        state = apply(state, event);
                        assertIndexed(state);
                    }
                    assertIndexed(state.marked(compromiseOfFirstAuthor(interval._1, interval._2)));
                });
    }

    @Test
    @DisplayName("issue 13: the reads and checks that use the index answer as the plain scans did: late entries, "
            + "late by a failure, invalidated ones, period marks, forecasts' marks")
    void readsAnswerAsScans() {
        qt().withFixedSeed(20261207L).withExamples(200)
                .forAll(lists().of(JournalGenerators.entryEvents()).ofSizeBetween(1, 40),
                        JournalGenerators.invalidIntervals())
                .checkAssert((events, interval) -> {
                    JournalState state = JournalState.empty(KEY);
                    for (JournalEvent event : events) {
                        state = apply(state, event);
                    }
                    JournalState marked = state.marked(compromiseOfFirstAuthor(interval._1, interval._2));
                    assertThat(marked.timedEntries().stream().filter(e -> e.original().valid() && e.late()).toList())
                            .isEqualTo(marked.entries(e -> e.original().valid() && e.late()));
                    assertThat(marked.timedEntries().stream().filter(e -> e.original().valid() && e.lateByFailure())
                            .toList()).isEqualTo(marked.entries(e -> e.original().valid() && e.lateByFailure()));
                    for (String student : JournalGenerators.FOLD_STUDENTS) {
                        Optional<String> name = Optional.of("QUARTER-1");
                        assertThat(PeriodCompleteness.periodMark(marked, PeriodRef.parse("QUARTER-1"), student))
                                .isEqualTo(marked.entries().values().stream().filter(e -> e.kind() == EntryKind.PERIOD_MARK
                                        && e.present() && e.period().equals(name)
                                        && e.studentId().equals(Optional.of(student))).findFirst());
                    }
                });
    }

    @Nested
    @DisplayName("the index is derived from the entries")
    class Derived {

        private final LessonRef monday = JournalGenerators.FOLD_LESSONS.get(0);
        private final LessonRef tuesday = JournalGenerators.FOLD_LESSONS.get(2);

        private JournalEntry entry(int number, EntryKind kind, Optional<LessonRef> lesson, Optional<String> student) {
            return new JournalEntry(number, kind, lesson, student, Optional.empty(), Map.of(), List.of(new Revision("4",
                    "t-1", JournalGenerators.HISTORY_START, Optional.empty(), Optional.empty())), Optional.empty());
        }

        private JournalEntry lateMark() {
            return new JournalEntry(1, EntryKind.MARK, Optional.of(monday), Optional.of("s-1"), Optional.empty(),
                    Map.of(), List.of(new Revision("4", "t-1", JournalGenerators.HISTORY_START, Optional.empty(),
                            Optional.of(new EntryTiming(RuleId.MRK_2, Optional.empty(), Optional.empty(),
                                    Timeliness.LATE, Duration.ofHours(1), false)))), Optional.empty());
        }

        @Test
        @DisplayName("issue 13, PD-4: a late entry with an invalid value, replaced under its number by a valid one on "
                + "time, leaves the late and the invalidated entries")
        void replacedFlagsClear() {
            JournalState marked = JournalState.empty(KEY).withEntry(lateMark())
                    .marked(compromiseOfFirstAuthor(JournalGenerators.HISTORY_START, Optional.empty()));

            JournalState replaced = marked.withEntry(entry(1, EntryKind.MARK, Optional.of(monday), Optional.of("s-1")));

            assertThat(marked.invalidatedEntries()).extracting(JournalEntry::number).containsExactly(1);
            assertThat(marked.timedEntries()).extracting(JournalEntry::number).containsExactly(1);
            assertThat(replaced.invalidatedEntries()).isEmpty();
            assertThat(replaced.timedEntries()).isEmpty();
            assertThat(replaced.index()).isEqualTo(EntryIndex.of(replaced.entries()));
        }

        @Test
        @DisplayName("issue 13: the state's constructor without an index builds it from the entries")
        void builtWhenNotGiven() {
            JournalState live = JournalState.empty(KEY).withEntry(entry(1, EntryKind.MARK, Optional.of(monday),
                    Optional.of("s-1"))).withEntry(entry(2, EntryKind.TOPIC, Optional.of(monday), Optional.empty()));
            Map<Integer, JournalEntry> entries = new TreeMap<>(live.entries());

            JournalState built = new JournalState(KEY, live.grading(), entries, Map.of(), Map.of(), List.of(),
                    java.util.Set.of(), Map.of(), Map.of());

            assertThat(built).isEqualTo(live);
            assertThat(built.index()).isEqualTo(EntryIndex.of(entries)).hasSameHashCodeAs(live.index());
            assertThat(built.lessonEntries(monday)).extracting(JournalEntry::number).containsExactly(1, 2);
            assertThat(built.studentEntries("s-1")).extracting(JournalEntry::number).containsExactly(1);
            assertThat(built.entries(EntryKind.TOPIC)).extracting(JournalEntry::number).containsExactly(2);
        }

        @Test
        @DisplayName("issue 13: an index of another number of entries than the state's is refused, naming both counts")
        void mismatchedIndexRefused() {
            JournalState one = JournalState.empty(KEY).withEntry(entry(1, EntryKind.MARK, Optional.of(monday),
                    Optional.of("s-1")));

            assertThatThrownBy(() -> new JournalState(KEY, one.grading(), one.entries(), Map.of(), Map.of(), List.of(),
                    java.util.Set.of(), Map.of(), Map.of(), EntryIndex.empty()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("index holds 0 entries, the journal 1; the index is derived from the entries"
                            + " (EntryIndex.of)");
            assertThatThrownBy(() -> new JournalState(KEY, one.grading(), one.entries(), Map.of(), Map.of(), List.of(),
                    java.util.Set.of(), Map.of(), Map.of(), null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("index");
        }

        @Test
        @DisplayName("issue 13: an entry recorded again under its number with another lesson, student or kind leaves "
                + "its old places in the index")
        void replacedEntryMoves() {
            JournalState state = JournalState.empty(KEY).withEntry(entry(1, EntryKind.MARK, Optional.of(monday),
                    Optional.of("s-1")));

            JournalState moved = state.withEntry(entry(1, EntryKind.ATTENDANCE, Optional.of(tuesday), Optional.of("s-2")));

            assertThat(moved.lessonEntries(monday)).isEmpty();
            assertThat(moved.lessonEntries(tuesday)).extracting(JournalEntry::number).containsExactly(1);
            assertThat(moved.studentEntries("s-1")).isEmpty();
            assertThat(moved.studentEntries("s-2")).extracting(JournalEntry::number).containsExactly(1);
            assertThat(moved.entries(EntryKind.MARK)).isEmpty();
            assertThat(moved.entries(EntryKind.ATTENDANCE)).extracting(JournalEntry::number).containsExactly(1);
            assertThat(moved.index()).isEqualTo(EntryIndex.of(moved.entries()));
            assertThat(moved.index().size()).isEqualTo(1);
        }

        @Test
        @DisplayName("issue 13: a period mark (no lesson) and a topic (no student) are indexed by what they have")
        void partialKeys() {
            JournalState state = JournalState.empty(KEY)
                    .withEntry(entry(1, EntryKind.PERIOD_MARK, Optional.empty(), Optional.of("s-1")))
                    .withEntry(entry(2, EntryKind.TOPIC, Optional.of(monday), Optional.empty()));

            JournalState moved = state.withEntry(entry(1, EntryKind.PERIOD_MARK, Optional.of(tuesday),
                    Optional.empty())).withEntry(entry(2, EntryKind.TOPIC, Optional.empty(), Optional.of("s-3")));

            assertThat(state.studentEntries("s-1")).extracting(JournalEntry::number).containsExactly(1);
            assertThat(state.lessonEntries(monday)).extracting(JournalEntry::number).containsExactly(2);
            assertThat(moved.lessonEntries(tuesday)).extracting(JournalEntry::number).containsExactly(1);
            assertThat(moved.studentEntries("s-3")).extracting(JournalEntry::number).containsExactly(2);
            assertThat(moved.studentEntries("s-1")).isEmpty();
            assertThat(moved.lessonEntries(monday)).isEmpty();
            assertThat(moved.index()).isEqualTo(EntryIndex.of(moved.entries()));
        }

        @Test
        @DisplayName("issue 13: indexes of different entries differ, in equality, hash and description")
        void indexesDiffer() {
            EntryIndex empty = EntryIndex.empty();
            EntryIndex mark = EntryIndex.of(Map.of(1, entry(1, EntryKind.MARK, Optional.of(monday), Optional.of("s-1"))));
            EntryIndex otherLesson = EntryIndex.of(Map.of(1, entry(1, EntryKind.MARK, Optional.of(tuesday),
                    Optional.of("s-1"))));
            EntryIndex otherStudent = EntryIndex.of(Map.of(1, entry(1, EntryKind.MARK, Optional.of(monday),
                    Optional.of("s-2"))));
            EntryIndex otherKind = EntryIndex.of(Map.of(1, entry(1, EntryKind.NOTE, Optional.of(monday),
                    Optional.of("s-1"))));
            JournalEntry lateMark = lateMark();
            EntryIndex late = EntryIndex.of(Map.of(1, lateMark));
            EntryIndex invalid = EntryIndex.of(Map.of(1, lateMark.marked(compromiseOfFirstAuthor(
                    JournalGenerators.HISTORY_START, Optional.empty()))));

            List<EntryIndex> all = List.of(empty, mark, otherLesson, otherStudent, otherKind, late, invalid);
            for (EntryIndex a : all) {
                for (EntryIndex b : all) {
                    assertThat(a.equals(b)).as(a + " equals " + b).isEqualTo(a == b);
                }
            }
            assertThat(all.stream().map(EntryIndex::hashCode).distinct()).hasSize(all.size());
            assertThat(mark.equals("an index")).isFalse();
            assertThat(mark).isEqualTo(EntryIndex.of(Map.of(1, entry(1, EntryKind.MARK, Optional.of(monday),
                    Optional.of("s-1")))));
            assertThat(mark).hasToString("EntryIndex[1 entries, 1 lessons, 1 students]");
            assertThat(empty).hasToString("EntryIndex[0 entries, 0 lessons, 0 students]");
            assertThat(EntryIndex.of(Map.of())).isSameAs(empty);
        }
    }
}
