package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.journal.JournalSchool.ALEKSEEVA;
import static org.schooljournal.core.journal.JournalSchool.DEPUTY;
import static org.schooljournal.core.journal.JournalSchool.FIRST_QUARTER;
import static org.schooljournal.core.journal.JournalSchool.FRIDAY;
import static org.schooljournal.core.journal.JournalSchool.HOMEROOM;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;
import static org.schooljournal.core.journal.JournalSchool.mark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.AccessDeniedException;
import org.schooljournal.core.reports.Outcome;
import org.schooljournal.core.reports.Rate;
import org.schooljournal.core.reports.ResultsAnalysis;
import org.schooljournal.core.reports.ResultsAnalysis.Change;
import org.schooljournal.core.school.AddStudyPeriod;
import org.schooljournal.rules.calendar.PeriodKind;
import org.schooljournal.rules.calendar.StudyPeriod;

@DisplayName("REP-9: the analysis of a class's current and final results, per pupil, subject and teacher, with the change between quarters")
class ResultsAnalysisTest {

    /** Monday 9 November 2026, in the second quarter. */
    private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 9);

    private final JournalSchool school = JournalSchool.setUp();

    ResultsAnalysisTest() {
        school.school(new AddStudyPeriod(ID, StudyPeriod.of(PeriodKind.QUARTER, 2, LocalDate.of(2026, 11, 3),
                LocalDate.of(2026, 12, 28))));
        school.at(MONDAY, LocalTime.of(9, 0));
        school.engine.execute(MATH, mark(MONDAY, 1, IVANOV, "5", WorkKind.ORAL));
        school.engine.execute(MATH, mark(MONDAY, 1, ALEKSEEVA, "4", WorkKind.ORAL));
        school.at(FRIDAY, LocalTime.of(9, 0));
        school.engine.execute(MATH, mark(FRIDAY, 1, IVANOV, "3", WorkKind.ORAL));
        school.at(LocalDate.of(2026, 10, 23), LocalTime.of(12, 0));
        school.engine.execute(MATH, new SetPeriodMark(ID, MATH_5A, FIRST_QUARTER, IVANOV, Mark.of("4")));
        school.at(NOVEMBER, LocalTime.of(9, 0));
        school.engine.execute(MATH, mark(NOVEMBER, 1, IVANOV, "5", WorkKind.ORAL));
        school.engine.execute(MATH, mark(NOVEMBER, 1, ALEKSEEVA, "3", WorkKind.ORAL));
    }

    @Test
    @Tag("REP-9")
    @DisplayName("REP-9: Ivanov's average rises 4.00 → 5.00, Alekseeva's falls 4.00 → 3.00; the subject's stays 4.00; the quarter's standings")
    void analysis() {
        ResultsAnalysis analysis = school.engine.reports().analysis(HOMEROOM, ID, "5А", school.clock.instant());

        assertThat(analysis.periods()).containsExactly("QUARTER-1", "QUARTER-2");
        assertThat(analysis.pupils()).extracting(p -> p.student().surname())
                .containsExactly("Алексеева", "Ёлкин", "Иванов");
        ResultsAnalysis.Pupil alekseeva = analysis.pupils().get(0);
        ResultsAnalysis.Pupil ivanov = analysis.pupils().get(2);
        assertThat(ivanov.results()).extracting(ResultsAnalysis.Result::average, ResultsAnalysis.Result::change)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Optional.of(new BigDecimal("4.00")), Change.NONE),
                        org.assertj.core.groups.Tuple.tuple(Optional.of(new BigDecimal("5.00")), Change.UP));
        assertThat(ivanov.results().get(0).standing()).isEqualTo(Outcome.QUALITY);
        assertThat(alekseeva.results()).extracting(ResultsAnalysis.Result::change).containsExactly(Change.NONE,
                Change.DOWN);
        assertThat(analysis.pupils().get(1).results()).allSatisfy(r -> {
            assertThat(r.average()).isEmpty();
            assertThat(r.change()).isEqualTo(Change.NONE);
        });
        assertThat(analysis.subjects().get(0).code()).isEqualTo("math");
        assertThat(analysis.subjects().get(0).results()).extracting(ResultsAnalysis.Result::average,
                ResultsAnalysis.Result::change).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Optional.of(new BigDecimal("4.00")), Change.NONE),
                        org.assertj.core.groups.Tuple.tuple(Optional.of(new BigDecimal("4.00")), Change.SAME));
        assertThat(analysis.teachers().get(0).name()).isEqualTo("Петрова Мария Ивановна");
        assertThat(analysis.classResults().get(0)).isEqualTo(new Rate(1, 1, 1, 0, 2));
    }

    @Test
    @Tag("REP-9")
    @DisplayName("REP-9: as of the first quarter's end, the November marks are not seen; a subject teacher may not read the analysis")
    void asOfAndAccess() {
        java.time.Instant october = java.time.ZonedDateTime.of(2026, 10, 31, 12, 0, 0, 0, JournalSchool.ZONE).toInstant();
        ResultsAnalysis then = school.engine.reports().analysis(DEPUTY, ID, "5А", october);

        assertThat(then.pupils().get(2).results().get(1).average()).isEmpty();
        assertThatThrownBy(() -> school.engine.reports().analysis(MATH, ID, "5А", october))
                .isInstanceOf(AccessDeniedException.class);
    }
}
