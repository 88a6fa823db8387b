package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schooljournal.core.journal.JournalSchool.ALEKSEEVA;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;
import static org.schooljournal.core.journal.JournalSchool.RUSSIAN;
import static org.schooljournal.core.journal.JournalSchool.RUSSIAN_5A;
import static org.schooljournal.core.journal.JournalSchool.YOLKIN;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.log.SnapshotKeepingStore;
import org.schooljournal.core.school.CommandId;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.SnapshotStore;

@DisplayName("Bounded memory: an engine holding one stream, or none, answers as one holding all; stored snapshots are a cache")
class BoundedMemoryTest {

    private static final String MATHS = MATH_5A.stream(ID);
    private static final String RUSSIAN_STREAM = RUSSIAN_5A.stream(ID);

    /** Runs a school day of commands and reads, returning each answer as text. */
    private static List<String> day(JournalSchool school) {
        JournalEngine engine = school.engine;
        List<String> answers = new ArrayList<>();
        school.at(MONDAY, LocalTime.of(8, 35));
        answer(answers, () -> engine.execute(MATH, JournalSchool.mark(MONDAY, 1, IVANOV, "5", WorkKind.ORAL)));
        answer(answers, () -> engine.execute(MATH, JournalSchool.mark(MONDAY, 1, ALEKSEEVA, "4", WorkKind.ORAL),
                CommandId.of("m-1")));
        answer(answers, () -> engine.execute(MATH, JournalSchool.absence(MONDAY, 1, YOLKIN, AbsenceCode.UNEXCUSED)));
        answer(answers, () -> engine.execute(MATH, JournalSchool.mark(MONDAY, 1, "s-nobody", "5", WorkKind.ORAL)));
        answer(answers, () -> engine.journals().read(MATH, ID, MATH_5A).state());
        school.at(MONDAY, LocalTime.of(9, 25));
        for (String student : List.of(IVANOV, ALEKSEEVA, YOLKIN)) {
            answer(answers, () -> engine.execute(RUSSIAN, RecordMark.of(ID, RUSSIAN_5A, new LessonRef(MONDAY, 2),
                    student, Mark.of("3"), WorkKind.CLASSWORK), CommandId.of("r-" + student)));
            answer(answers, () -> engine.journals().read(MATH, ID, MATH_5A).state());
        }
        answer(answers, () -> engine.execute(RUSSIAN, RecordMark.of(ID, RUSSIAN_5A, new LessonRef(MONDAY, 2),
                IVANOV, Mark.of("3"), WorkKind.CLASSWORK), CommandId.of("r-" + IVANOV)));
        answer(answers, () -> engine.execute(MATH, new MakeRemark(ID, MATH_5A, IVANOV, "Опоздал на урок", Copies.NONE),
                CommandId.of("m-2")));
        answer(answers, () -> engine.execute(MATH, new MakeRemark(ID, MATH_5A, IVANOV, "Опоздал на урок", Copies.NONE),
                CommandId.of("m-2")));
        answer(answers, () -> engine.execute(MATH, CorrectEntry.mark(ID, new EntryRef(MATH_5A, 1), Mark.of("4"),
                "ошибка при вводе")));
        school.at(MONDAY, LocalTime.of(10, 25));
        answer(answers, () -> engine.execute(RUSSIAN, new RecordAbsence(ID, RUSSIAN_5A, new LessonRef(MONDAY, 3),
                YOLKIN, AbsenceCode.ILLNESS)));
        answer(answers, () -> engine.journals().read(RUSSIAN, ID, RUSSIAN_5A).state());
        answer(answers, () -> engine.host().journal(ID, MATH_5A));
        return answers;
    }

    private static void answer(List<String> answers, Callable<Object> step) {
        try {
            Object answer = step.call();
            answers.add(answer instanceof Recorded recorded ? recorded.entries() + " " + recorded.appended().stream()
                    .map(e -> e.sequence() + ":" + e.event().type() + "@" + e.event().recordedAt()).toList()
                    : String.valueOf(answer));
        } catch (Exception e) {
            answers.add(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    @Nested
    @DisplayName("a cache of at most one event's weight — every journal evicted as soon as it is held")
    class TinyCache {

        @Test
        @DisplayName("a school day of commands and reads gives the same answers and states as an unbounded cache, with snapshots stored or without")
        void sameAnswers() {
            JournalSchool unbounded = JournalSchool.setUp();
            JournalSchool withSnapshots = JournalSchool.setUp(JournalEngine.builder().cachedEvents(1).snapshotEvery(1),
                    SnapshotKeepingStore::new);
            JournalSchool withoutSnapshots = JournalSchool.setUp(JournalEngine.builder().cachedEvents(1));

            List<String> expected = day(unbounded);

            assertThat(day(withSnapshots)).isEqualTo(expected);
            assertThat(day(withoutSnapshots)).isEqualTo(expected);
            assertThat(expected).anyMatch(a -> a.startsWith("InvalidCommandException")).isNotEmpty();
            for (JournalSchool bounded : List.of(withSnapshots, withoutSnapshots)) {
                for (JournalKey key : List.of(MATH_5A, RUSSIAN_5A)) {
                    assertThat(bounded.engine.host().journal(ID, key)).isEqualTo(unbounded.engine.host().journal(ID, key))
                            .isEqualTo(bounded.engine.host().rebuildJournal(ID, key));
                }
            }
        }

        @Test
        @DisplayName("eviction never loses an appended event: the store holds every event each command appended, in order")
        void noEventLost() {
            JournalSchool unbounded = JournalSchool.setUp();
            JournalSchool bounded = JournalSchool.setUp(JournalEngine.builder().cachedEvents(1).snapshotEvery(1),
                    SnapshotKeepingStore::new);
            day(unbounded);
            day(bounded);

            for (String stream : List.of(MATHS, RUSSIAN_STREAM)) {
                assertThat(types(bounded, stream)).isEqualTo(types(unbounded, stream)).isNotEmpty();
            }
        }

        private static List<String> types(JournalSchool school, String stream) {
            return school.store.read(stream, 1, 1_000).stream().map(e -> e.sequence() + ":" + e.event().type()).toList();
        }

        @Test
        @DisplayName("the evicted journals come back from their stored snapshots, which carry their commands' ids across a restart")
        void fromStoredSnapshots() {
            SnapshotKeepingStore[] kept = new SnapshotKeepingStore[1];
            JournalSchool school = JournalSchool.setUp(JournalEngine.builder().cachedEvents(1).snapshotEvery(1_000),
                    store -> kept[0] = new SnapshotKeepingStore(store));
            day(school);
            assertThat(kept[0].saved()).isPositive();
            assertThat(kept[0].loaded()).isPositive();
            SnapshotStore.Snapshot maths = kept[0].kept(MATHS).orElseThrow();
            assertThat(maths.version()).isEqualTo(school.store.version(MATHS));

            JournalEngine restarted = JournalEngine.builder().eventStore(kept[0]).clock(school.clock).build();
            kept[0].clearReads();
            JournalState loaded = restarted.host().journal(ID, MATH_5A);
            assertThat(kept[0].lowestRead(MATHS)).as("the journal is read from its snapshot's version on")
                    .isEqualTo(maths.version());
            Recorded repeat = restarted.execute(MATH, new MakeRemark(ID, MATH_5A, IVANOV, "Опоздал на урок", Copies.NONE),
                    CommandId.of("m-2"));

            assertThat(school.store.version(MATHS)).isEqualTo(maths.version());
            assertThat(repeat.appended()).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.sequence()).isLessThanOrEqualTo(maths.version()));
            assertThat(loaded).isEqualTo(restarted.host().journal(ID, MATH_5A))
                    .isEqualTo(school.engine.host().rebuildJournal(ID, MATH_5A));
        }
    }

    @Nested
    @DisplayName("a stored snapshot that does not fit is ignored, and the journal folded from its events")
    class UnfitSnapshots {

        private final SnapshotKeepingStore[] kept = new SnapshotKeepingStore[1];

        private JournalSchool school() {
            JournalSchool school = JournalSchool.setUp(JournalEngine.builder().snapshotEvery(1),
                    store -> kept[0] = new SnapshotKeepingStore(store));
            day(school);
            return school;
        }

        private void check(JournalSchool school, Supplier<SnapshotStore.Snapshot> unfit) {
            SnapshotStore.Snapshot replaced = unfit.get();
            kept[0].replace(replaced);
            JournalEngine fresh = JournalEngine.builder().eventStore(kept[0]).clock(school.clock).build();
            assertThat(fresh.host().journal(ID, MATH_5A)).isEqualTo(school.engine.host().rebuildJournal(ID, MATH_5A));
            assertThat(fresh.execute(MATH, new MakeRemark(ID, MATH_5A, YOLKIN, "Забыл тетрадь", Copies.NONE)).entries())
                    .hasSize(1);
        }

        private SnapshotStore.Snapshot stored() {
            return kept[0].kept(MATHS).orElseThrow();
        }

        @Test
        @DisplayName("bytes that do not decode")
        void garbage() {
            JournalSchool school = school();
            check(school, () -> new SnapshotStore.Snapshot(MATHS, stored().version(), stored().lastHash(), stored().format(),
                    "{\"not\":\"a journal\"}".getBytes(StandardCharsets.UTF_8), Instant.EPOCH));
        }

        @Test
        @DisplayName("a last hash that is not the stream's envelope's at that version")
        void otherHash() {
            JournalSchool school = school();
            EventEnvelope first = school.store.read(MATHS, 1, 1).get(0);
            check(school, () -> new SnapshotStore.Snapshot(MATHS, stored().version(), first.event().hash(),
                    stored().format(), stored().state(), Instant.EPOCH));
        }

        @Test
        @DisplayName("a version past the stream's end")
        void pastTheEnd() {
            JournalSchool school = school();
            check(school, () -> new SnapshotStore.Snapshot(MATHS, stored().version() + 5, stored().lastHash(),
                    stored().format(), stored().state(), Instant.EPOCH));
        }

        @Test
        @DisplayName("another format number, as another version of the engine wrote it")
        void otherFormat() {
            JournalSchool school = school();
            check(school, () -> new SnapshotStore.Snapshot(MATHS, stored().version(), stored().lastHash(),
                    stored().format() + 1, stored().state(), Instant.EPOCH));
        }

        @Test
        @DisplayName("another journal's snapshot")
        void otherJournal() {
            JournalSchool school = school();
            SnapshotStore.Snapshot russian = kept[0].kept(RUSSIAN_STREAM).orElseThrow();
            check(school, () -> new SnapshotStore.Snapshot(MATHS, stored().version(), stored().lastHash(),
                    stored().format(), russian.state(), Instant.EPOCH));
        }
    }

    @Nested
    @DisplayName("Fewer round trips: a command to a journal the engine holds reads nothing of it; conflicts catch it up")
    class FewerRoundTrips {

        @Test
        @DisplayName("a command on a journal the engine holds makes no read of that journal, and still reads the school's stream, whose roles decide rights")
        void noReadOfAHeldJournal() {
            SnapshotKeepingStore[] counting = new SnapshotKeepingStore[1];
            JournalSchool school = JournalSchool.setUp(JournalEngine.builder(),
                    store -> counting[0] = new SnapshotKeepingStore(store));
            school.at(MONDAY, LocalTime.of(8, 35));
            school.engine.execute(MATH, JournalSchool.mark(MONDAY, 1, IVANOV, "5", WorkKind.ORAL));
            counting[0].clearReads();

            Recorded second = school.engine.execute(MATH, JournalSchool.mark(MONDAY, 1, ALEKSEEVA, "4", WorkKind.ORAL));

            assertThat(second.entries()).containsExactly(2);
            assertThat(counting[0].reads(MATHS)).isZero();
            assertThat(counting[0].reads(org.schooljournal.core.log.SchoolStreams.of(ID))).isPositive();
        }

        @Test
        @DisplayName("two engines over one store, each holding the journal, taking turns: each stale append conflicts, catches up and lands once")
        void twoEnginesTakingTurns() {
            JournalSchool school = JournalSchool.setUp();
            JournalEngine other = JournalEngine.builder().eventStore(school.store).clock(school.clock).build();
            school.at(MONDAY, LocalTime.of(9, 25));
            List<JournalEngine> engines = List.of(school.engine, other);
            engines.forEach(engine -> engine.host().journal(ID, MATH_5A));
            for (int i = 0; i < 10; i++) {
                Recorded recorded = engines.get(i % 2).execute(MATH,
                        new MakeRemark(ID, MATH_5A, IVANOV, "Замечание " + i, Copies.NONE));
                assertThat(recorded.entries()).containsExactly(i + 1);
            }
            JournalState rebuilt = school.engine.host().rebuildJournal(ID, MATH_5A);
            assertThat(rebuilt.entries()).hasSize(10);
            assertThat(rebuilt.entries().values()).extracting(e -> e.current().value()).doesNotHaveDuplicates();
            for (JournalEngine engine : engines) {
                assertThat(engine.host().journal(ID, MATH_5A)).isEqualTo(rebuilt);
            }
        }

        @Test
        @DisplayName("two engines over one store, 3 threads each, 10 remarks per thread: 60 entries, each once, numbered 1 to 60")
        void twoEnginesAtOnce() throws Exception {
            JournalSchool school = JournalSchool.setUp(JournalEngine.builder().cachedEvents(20));
            JournalEngine other = JournalEngine.builder().eventStore(school.store).clock(school.clock).cachedEvents(20)
                    .build();
            school.at(MONDAY, LocalTime.of(9, 25));
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> done = new ArrayList<>();
            try {
                for (int t = 0; t < 6; t++) {
                    JournalEngine engine = t % 2 == 0 ? school.engine : other;
                    int thread = t;
                    done.add(pool.submit(() -> {
                        start.await();
                        int appended = 0;
                        for (int i = 0; i < 10; i++) {
                            appended += engine.execute(MATH, new MakeRemark(ID, MATH_5A, IVANOV,
                                    "Замечание " + thread + "-" + i, Copies.NONE)).appended().size();
                        }
                        return appended;
                    }));
                }
                start.countDown();
                int appended = 0;
                for (java.util.concurrent.Future<Integer> result : done) {
                    appended += result.get(120, java.util.concurrent.TimeUnit.SECONDS);
                }
                assertThat(appended).isEqualTo(60);
            } finally {
                pool.shutdownNow();
            }
            JournalState rebuilt = school.engine.host().rebuildJournal(ID, MATH_5A);
            assertThat(rebuilt.entries().keySet()).containsExactlyElementsOf(
                    java.util.stream.IntStream.rangeClosed(1, 60).boxed().toList());
            assertThat(rebuilt.entries().values()).extracting(e -> e.current().value()).doesNotHaveDuplicates();
            assertThat(other.host().journal(ID, MATH_5A)).isEqualTo(rebuilt);
        }
    }
}
