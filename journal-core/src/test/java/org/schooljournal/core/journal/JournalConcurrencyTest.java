package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.RUSSIAN;
import static org.schooljournal.core.journal.JournalSchool.RUSSIAN_5A;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.archive.ChainVerifier;
import org.schooljournal.core.roster.EnrolStudent;

@DisplayName("Concurrent commands to one journal and to several: nothing lost, nothing twice, chains intact")
class JournalConcurrencyTest {

    private static final int THREADS = 8;
    private static final int STUDENTS_PER_THREAD = 6;

    @Test
    @Tag("ACC-7")
    @DisplayName("8 threads recording marks into one journal and absences into another: every command's event is stored once")
    void manyThreadsOneJournal() throws Exception {
        JournalSchool school = JournalSchool.setUp();
        List<String> students = new ArrayList<>();
        for (int i = 0; i < THREADS * STUDENTS_PER_THREAD; i++) {
            String id = "s-" + i;
            students.add(id);
            school.school(new EnrolStudent(ID, id, "Петров" + (char) ('а' + i % 20), "Иван", "", LocalDate.of(2015, 1, 1),
                    "5А", LocalDate.of(2026, 9, 1)));
        }
        LocalDate monday = JournalSchool.MONDAY;
        school.at(monday, LocalTime.of(9, 25));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            List<String> mine = students.subList(t * STUDENTS_PER_THREAD, (t + 1) * STUDENTS_PER_THREAD);
            Actor actor = t % 2 == 0 ? MATH : RUSSIAN;
            results.add(pool.submit((Callable<Integer>) () -> {
                start.await();
                int appended = 0;
                for (String student : mine) {
                    appended += actor == MATH
                            ? school.engine.execute(MATH, RecordMark.of(ID, MATH_5A, new LessonRef(monday, 1), student,
                                    Mark.of("4"), WorkKind.ORAL)).appended().size()
                            : school.engine.execute(RUSSIAN, new RecordAbsence(ID, RUSSIAN_5A,
                                    new LessonRef(monday, 2), student,
                                    AbsenceCode.UNEXCUSED)).appended().size();
                }
                return appended;
            }));
        }
        start.countDown();
        int appended = 0;
        for (Future<Integer> result : results) {
            appended += result.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        int perJournal = THREADS / 2 * STUDENTS_PER_THREAD;
        assertThat(appended).isEqualTo(2 * perJournal);
        JournalState maths = school.engine.host().rebuildJournal(ID, MATH_5A);
        JournalState russian = school.engine.host().rebuildJournal(ID, RUSSIAN_5A);
        assertThat(maths.entries()).hasSize(perJournal);
        assertThat(russian.entries()).hasSize(perJournal);
        assertThat(maths.entries().values()).extracting(e -> e.studentId().orElseThrow()).doesNotHaveDuplicates();
        assertThat(maths.entries().keySet()).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, perJournal).boxed().toList());
        assertThat(new ChainVerifier(school.store).verify(MATH_5A.stream(ID)).verified()).isTrue();
        assertThat(new ChainVerifier(school.store).verify(RUSSIAN_5A.stream(ID)).verified()).isTrue();
        assertThat(school.engine.journals().read(MATH, ID, MATH_5A).state()).isEqualTo(maths);
    }
}
