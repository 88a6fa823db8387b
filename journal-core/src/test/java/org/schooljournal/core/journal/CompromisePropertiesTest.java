package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.schooljournal.core.journal.JournalSchool.ALEKSEEVA;
import static org.schooljournal.core.journal.JournalSchool.DEPUTY;
import static org.schooljournal.core.journal.JournalSchool.HEAD;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;
import static org.schooljournal.core.journal.JournalSchool.YOLKIN;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.schooljournal.core.compromise.AccountRestored;
import org.schooljournal.core.compromise.CompromiseReported;
import org.schooljournal.core.compromise.Invalidation;
import org.schooljournal.core.compromise.OperationsInvalidated;
import org.schooljournal.core.compromise.ReportCompromise;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolLog;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.spi.JournalException;

/**
 * The invalidation of a compromised account's operations as a fold (PD-4, R 4.4): it marks
 * exactly the values the account entered from the instant the head and support were informed
 * until its restoration, never changes anything recorded before that instant or by anyone else,
 * and every read then shows the journal as if only the valid operations had been made.
 */
@Tag("PD-4")
@DisplayName("PD-4: invalidation marks exactly the compromised account's values of its interval, and reads count without them")
class CompromisePropertiesTest {

    private static final JournalKey KEY = new JournalKey("5А", "math");

    /** Returns the invalidation of a school whose first author's account is compromised over the interval. */
    private static Invalidation invalidation(Pair<Instant, Optional<Instant>> interval) {
        List<SchoolEvent> events = new ArrayList<>();
        events.add(new CompromiseReported(1, JournalGenerators.AUTHORS.get(0), "head", interval._1, interval._1,
                interval._1, "пароль утерян", Optional.empty()));
        events.add(new OperationsInvalidated(1, "head", interval._1, List.of()));
        interval._2.ifPresent(at -> events.add(new AccountRestored(1, "admin", at, "пароль сменён")));
        return Invalidation.of(SchoolLog.apply(SchoolState.empty(ID), events));
    }

    private static boolean inInterval(Revision revision, Pair<Instant, Optional<Instant>> interval) {
        return revision.author().equals(JournalGenerators.AUTHORS.get(0)) && !revision.recordedAt().isBefore(interval._1)
                && interval._2.map(revision.recordedAt()::isBefore).orElse(true);
    }

    private static JournalEntry entryOf(List<Revision> revisions) {
        return new JournalEntry(1, EntryKind.MARK, Optional.of(new LessonRef(MONDAY, 1)), Optional.of(IVANOV),
                Optional.empty(), Map.of("work", "ORAL"), revisions, Optional.empty());
    }

    @Test
    @DisplayName("PD-4: marking never changes a value recorded before the instant, after the restoration, or by another account")
    void marksExactlyTheInterval() {
        qt().withFixedSeed(20261012L).withExamples(500)
                .forAll(JournalGenerators.histories(), JournalGenerators.invalidIntervals())
                .checkAssert((history, interval) -> {
                    JournalState state = JournalState.empty(KEY).withEntry(entryOf(history));
                    JournalEntry marked = state.marked(invalidation(interval)).entry(1).orElseThrow();

                    assertThat(marked.revisions()).hasSameSizeAs(history);
                    for (int i = 0; i < history.size(); i++) {
                        Revision before = history.get(i);
                        Revision after = marked.revisions().get(i);
                        if (inInterval(before, interval)) {
                            assertThat(after.invalidBy()).contains(1);
                            assertThat(after.value()).isEqualTo(before.value());
                        } else {
                            assertThat(after).isEqualTo(before);
                        }
                    }
                });
    }

    @Test
    @DisplayName("PD-4: the current value is the last valid one, or none when every value is invalid")
    void currentIsTheLastValid() {
        qt().withFixedSeed(20261013L).withExamples(500)
                .forAll(JournalGenerators.histories(), JournalGenerators.invalidIntervals())
                .checkAssert((history, interval) -> {
                    JournalEntry marked = JournalState.empty(KEY).withEntry(entryOf(history))
                            .marked(invalidation(interval)).entry(1).orElseThrow();
                    Optional<Revision> lastValid = history.stream().filter(r -> !inInterval(r, interval))
                            .reduce((first, second) -> second);

                    assertThat(marked.present()).isEqualTo(lastValid.filter(r -> !r.removes()).isPresent());
                    lastValid.ifPresent(r -> assertThat(marked.current().value()).isEqualTo(r.value()));
                    assertThat(marked.corrected())
                            .isEqualTo(history.stream().filter(r -> !inInterval(r, interval)).count() > 1);
                });
    }

    @Test
    @DisplayName("PD-4: marking twice is marking once; with nothing invalid a state is returned as it is")
    void idempotent() {
        qt().withFixedSeed(20261014L).withExamples(300)
                .forAll(JournalGenerators.histories(), JournalGenerators.invalidIntervals())
                .checkAssert((history, interval) -> {
                    JournalState state = JournalState.empty(KEY).withEntry(entryOf(history));
                    JournalState once = state.marked(invalidation(interval));

                    assertThat(once.marked(invalidation(interval))).isEqualTo(once);
                    assertThat(state.marked(Invalidation.none())).isSameAs(state);
                });
    }

    /** A mark or an absence the teacher's account records on Monday's first lesson, some minutes after 8:40. */
    private record Operation(int minute, String student, String value) {
    }

    private static Gen<Operation> operations() {
        List<String> students = List.of(IVANOV, ALEKSEEVA, YOLKIN);
        List<String> values = List.of("2", "3", "4", "5", "н", "б");
        return integers().between(0, 170).zip(integers().between(0, 2), integers().between(0, values.size() - 1),
                (minute, student, value) -> new Operation(minute, students.get(student), values.get(value)));
    }

    @Test
    @DisplayName("PD-4: after the act, the page, the statistics and the attendance equal a school's where only the operations before the instant were made")
    void readsAsIfOnlyTheValidOperationsWereMade() {
        qt().withFixedSeed(20261015L).withExamples(15)
                .forAll(lists().of(operations()).ofSizeBetween(1, 12), integers().between(0, 180))
                .checkAssert((unordered, informedMinute) -> {
                    List<Operation> operations = new ArrayList<>(unordered);
                    operations.sort(java.util.Comparator.comparingInt(Operation::minute));
                    Instant informed = start().plus(Duration.ofMinutes(informedMinute));
                    JournalSchool compromised = JournalSchool.setUp();
                    JournalSchool clean = JournalSchool.setUp();
                    for (Operation operation : operations) {
                        run(compromised, operation);
                        if (start().plus(Duration.ofMinutes(operation.minute())).isBefore(informed)) {
                            run(clean, operation);
                        }
                    }
                    compromised.at(MONDAY, LocalTime.of(12, 0));
                    clean.at(MONDAY, LocalTime.of(12, 0));
                    int report = compromised.engine.compromises().report(HEAD, new ReportCompromise(ID, MATH.personId(),
                            informed, informed, "пароль утерян")).number();
                    compromised.engine.compromises().drawUpAct(HEAD, ID, report);

                    assertThat(cells(compromised)).isEqualTo(cells(clean));
                    assertThat(compromised.engine.reports().statistics(DEPUTY, ID, MATH_5A, MONDAY, MONDAY).marks())
                            .isEqualTo(clean.engine.reports().statistics(DEPUTY, ID, MATH_5A, MONDAY, MONDAY).marks());
                    assertThat(compromised.engine.reports().attendance(DEPUTY, ID, "5А", MONDAY, MONDAY).rows())
                            .isEqualTo(clean.engine.reports().attendance(DEPUTY, ID, "5А", MONDAY, MONDAY).rows());
                });
    }

    private static Instant start() {
        return MONDAY.atTime(8, 40).atZone(JournalSchool.ZONE).toInstant();
    }

    private static void run(JournalSchool school, Operation operation) {
        school.clock.set(start().plus(Duration.ofMinutes(operation.minute())));
        LessonRef lesson = new LessonRef(MONDAY, 1);
        try {
            if (operation.value().equals("н") || operation.value().equals("б")) {
                school.engine.execute(MATH, new RecordAbsence(ID, MATH_5A, lesson, operation.student(),
                        AbsenceCode.ofCode(operation.value()).orElseThrow()));
            } else {
                school.engine.execute(MATH, RecordMark.of(ID, MATH_5A, lesson, operation.student(),
                        Mark.of(operation.value()), WorkKind.ORAL));
            }
        } catch (JournalException refused) {
            // a second absence of a student in a lesson is refused in both schools alike
        }
    }

    private static Map<String, String> cells(JournalSchool school) {
        Map<String, String> cells = new TreeMap<>();
        school.engine.journals().read(DEPUTY, ID, MATH_5A).page(MONDAY, MONDAY).rows()
                .forEach(row -> cells.put(row.student().personId(), row.cell(new LessonRef(MONDAY, 1)).text()));
        return cells;
    }
}
