package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.schooljournal.core.journal.JournalSchool.ALEKSEEVA;
import static org.schooljournal.core.journal.JournalSchool.DEPUTY;
import static org.schooljournal.core.journal.JournalSchool.FIRST_QUARTER;
import static org.schooljournal.core.journal.JournalSchool.HOMEROOM;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.RUSSIAN;
import static org.schooljournal.core.journal.JournalSchool.RUSSIAN_5A;
import static org.schooljournal.core.journal.JournalSchool.YOLKIN;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.AccessDeniedException;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.reports.Outcome;
import org.schooljournal.core.reports.Rate;
import org.schooljournal.core.reports.ResultCounting;
import org.schooljournal.core.reports.ResultCounting.Counting;
import org.schooljournal.core.reports.SuccessReport;
import org.schooljournal.core.roster.EnrolStudent;
import org.schooljournal.core.validation.InvalidCommandException;

@DisplayName("REP-1: the success rate and quality of a period, per pupil, journal, class, parallel, subject and teacher, as of an instant")
class SuccessReportTest {

    /** Friday 23 October 2026, the quarter's last day. */
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 23);
    private static final String BORISOV = "s-borisov";

    private final JournalSchool school = JournalSchool.setUp();

    SuccessReportTest() {
        school.school(new EnrolStudent(ID, BORISOV, "Борисов", "Глеб", "", LocalDate.of(2015, 4, 1), "5А",
                LocalDate.of(2026, 9, 1)));
        school.at(LAST_DAY, LocalTime.of(12, 0));
    }

    private void periodMark(Actor teacher, JournalKey key, String student, String mark) {
        school.engine.execute(teacher, new SetPeriodMark(ID, key, FIRST_QUARTER, student, Mark.of(mark)));
    }

    private void periodMark(String student, String mark) {
        periodMark(MATH, MATH_5A, student, mark);
    }

    private SuccessReport ofSchool(ResultCounting counting) {
        return school.engine.reports().success(DEPUTY, ID, FIRST_QUARTER, counting, school.clock.instant());
    }

    private static Rate rate(int counted, int succeeded, int quality) {
        return new Rate(counted, succeeded, quality, 0, 0);
    }

    @Test
    @Tag("REP-1")
    @DisplayName("REP-1: a class of four with quarter marks 5, 4, 3, 2 has a success rate of 75 % and a quality of 50 %, on every line")
    void knownAnswer() {
        periodMark(IVANOV, "5");
        periodMark(ALEKSEEVA, "4");
        periodMark(YOLKIN, "3");
        periodMark(BORISOV, "2");

        SuccessReport report = ofSchool(ResultCounting.DEFAULT);

        assertThat(report.total()).isEqualTo(rate(4, 3, 2));
        assertThat(report.total().successPercent()).contains(new BigDecimal("75.0"));
        assertThat(report.total().qualityPercent()).contains(new BigDecimal("50.0"));
        Rate unmarked = new Rate(0, 0, 0, 0, 4);
        assertThat(report.journals()).extracting(SuccessReport.Line::code, SuccessReport.Line::rate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("5А × math", rate(4, 3, 2)),
                        org.assertj.core.groups.Tuple.tuple("5А × rus", unmarked));
        assertThat(report.classes()).containsExactly(new SuccessReport.Line("5А", "5А", rate(4, 3, 2)));
        assertThat(report.parallels()).containsExactly(new SuccessReport.Line("5", "5", rate(4, 3, 2)));
        assertThat(report.subjects()).containsExactly(new SuccessReport.Line("math", "Математика", rate(4, 3, 2)),
                new SuccessReport.Line("rus", "Русский язык", unmarked));
        assertThat(report.teachers()).containsExactly(
                new SuccessReport.Line(MATH.personId(), "Петрова Мария Ивановна", rate(4, 3, 2)),
                new SuccessReport.Line(RUSSIAN.personId(), "Сидорова Ольга Петровна", unmarked));
        assertThat(report.pupils()).extracting(p -> p.student().surname(), SuccessReport.PupilLine::standing)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Алексеева", Outcome.QUALITY),
                        org.assertj.core.groups.Tuple.tuple("Борисов", Outcome.FAILURE),
                        org.assertj.core.groups.Tuple.tuple("Ёлкин", Outcome.SUCCESS),
                        org.assertj.core.groups.Tuple.tuple("Иванов", Outcome.QUALITY));
    }

    @Test
    @Tag("REP-1")
    @DisplayName("REP-1: a pupil's standing takes every subject: a «2» in one makes a failure, a «3» ends quality; subjects count marks")
    void standingAcrossSubjects() {
        periodMark(IVANOV, "5");
        periodMark(ALEKSEEVA, "5");
        periodMark(YOLKIN, "4");
        periodMark(BORISOV, "4");
        periodMark(RUSSIAN, RUSSIAN_5A, IVANOV, "2");
        periodMark(RUSSIAN, RUSSIAN_5A, ALEKSEEVA, "3");
        periodMark(RUSSIAN, RUSSIAN_5A, YOLKIN, "4");

        SuccessReport report = ofSchool(ResultCounting.DEFAULT);

        assertThat(report.subjects()).containsExactly(new SuccessReport.Line("math", "Математика", rate(4, 4, 4)),
                new SuccessReport.Line("rus", "Русский язык", new Rate(3, 2, 1, 0, 1)));
        assertThat(report.pupils()).extracting(SuccessReport.PupilLine::standing)
                .containsExactly(Outcome.SUCCESS, Outcome.QUALITY, Outcome.QUALITY, Outcome.FAILURE);
        assertThat(report.total()).isEqualTo(rate(4, 3, 2));
        assertThat(report.pupils().get(0).marks()).isEqualTo(rate(2, 2, 1));
    }

    @Test
    @Tag("REP-1")
    @Tag("MRK-7")
    @Tag("MRK-8")
    @DisplayName("REP-1: «осв», «безотм» and a deferred mark are left out and «н/а» fails by default; the setting counts them otherwise")
    void specialMarks() {
        periodMark(IVANOV, "осв");
        periodMark(ALEKSEEVA, "н/а");
        periodMark(YOLKIN, "безотм");
        school.engine.execute(MATH, new DeferPeriodMark(ID, MATH_5A, FIRST_QUARTER, BORISOV, LocalDate.of(2026, 11, 13),
                "болезнь, справка № 88"));

        assertThat(ofSchool(ResultCounting.DEFAULT).journals().get(0).rate()).isEqualTo(new Rate(1, 0, 0, 3, 0));
        assertThat(ofSchool(ResultCounting.DEFAULT).total().successPercent()).contains(new BigDecimal("0.0"));
        ResultCounting lenient = new ResultCounting(Counting.SUCCESS, Counting.LEFT_OUT, Counting.SUCCESS,
                Counting.FAILURE);
        SuccessReport report = ofSchool(lenient);
        assertThat(report.journals().get(0).rate()).isEqualTo(new Rate(3, 2, 0, 1, 0));
        assertThat(report.counting()).isEqualTo(lenient);
        assertThat(report.total().successPercent()).contains(new BigDecimal("66.7"));
    }

    @Test
    @Tag("REP-1")
    @DisplayName("REP-1: as of an instant, a mark set later is unmarked and a later correction is not seen; now, both are")
    void asOf() {
        periodMark(IVANOV, "3");
        Instant afterFirst = school.clock.instant();
        school.at(LAST_DAY, LocalTime.of(13, 0));
        periodMark(ALEKSEEVA, "5");
        periodMark(YOLKIN, "4");
        periodMark(BORISOV, "4");
        school.at(LAST_DAY, LocalTime.of(14, 0));
        school.engine.execute(DEPUTY, CorrectEntry.mark(ID, new EntryRef(MATH_5A, 1), Mark.of("2"), "ошибка учителя"));

        SuccessReport then = school.engine.reports().success(DEPUTY, ID, FIRST_QUARTER, ResultCounting.DEFAULT,
                afterFirst);
        assertThat(then.total()).isEqualTo(new Rate(1, 1, 0, 0, 3));
        assertThat(then.asOf()).isEqualTo(afterFirst);
        assertThat(ofSchool(ResultCounting.DEFAULT).total()).isEqualTo(rate(4, 3, 3));
        assertThat(school.engine.reports().summarySheet(DEPUTY, ID, "5А", afterFirst).rows())
                .extracting(row -> row.mark("math", "QUARTER-1"))
                .containsExactly(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("3"));
    }

    @Test
    @Tag("REP-1")
    @Tag("ACC-3")
    @DisplayName("REP-1: the administration reads the school's, the homeroom teacher the class's, a subject teacher only their journal's")
    void access() {
        periodMark(IVANOV, "5");
        Instant now = school.clock.instant();
        assertThat(school.engine.reports().success(HOMEROOM, ID, "5А", FIRST_QUARTER, ResultCounting.DEFAULT, now)
                .scope()).isEqualTo("5А");
        assertThat(school.engine.reports().success(MATH, ID, MATH_5A, FIRST_QUARTER, ResultCounting.DEFAULT, now)
                .total()).isEqualTo(new Rate(1, 1, 1, 0, 3));
        assertThatThrownBy(() -> school.engine.reports().success(RUSSIAN, ID, MATH_5A, FIRST_QUARTER,
                ResultCounting.DEFAULT, now)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> school.engine.reports().success(HOMEROOM, ID, FIRST_QUARTER, ResultCounting.DEFAULT,
                now)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> school.engine.reports().success(MATH, ID, "5А", FIRST_QUARTER,
                ResultCounting.DEFAULT, now)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> school.engine.reports().success(DEPUTY, ID, FIRST_QUARTER, ResultCounting.DEFAULT,
                Instant.MAX)).isInstanceOf(InvalidCommandException.class).hasMessageContaining("asOf");
        assertThatThrownBy(() -> school.engine.reports().summarySheet(DEPUTY, ID, "5А", Instant.EPOCH))
                .isInstanceOf(org.schooljournal.core.validation.NotFoundException.class)
                .hasMessageContaining("before school " + ID + " was registered");
    }

    @Test
    @Tag("REP-1")
    @DisplayName("REP-1 property: the report and the summary sheet as of an instant equal those of a school given only what was recorded by then")
    void asOfProperty() {
        List<String> marks = List.of("5", "4", "3", "2", "осв", "н/а");
        List<String> students = List.of(IVANOV, ALEKSEEVA, YOLKIN, BORISOV);
        qt().withExamples(25).forAll(lists().of(integers().between(0, 23)).ofSizeBetween(1, 8), integers().between(0, 9))
                .checkAssert((steps, cut) -> {
                    JournalSchool full = schoolWithBorisov();
                    JournalSchool part = schoolWithBorisov();
                    Instant asOf = null;
                    for (int i = 0; i < steps.size(); i++) {
                        int step = steps.get(i);
                        full.at(LAST_DAY, LocalTime.of(9, 0).plusMinutes(10L * i));
                        String student = students.get(step % 4);
                        String mark = marks.get(step / 4);
                        boolean applied = apply(full, student, mark);
                        if (i < cut) {
                            part.at(LAST_DAY, LocalTime.of(9, 0).plusMinutes(10L * i));
                            assertThat(apply(part, student, mark)).isEqualTo(applied);
                            asOf = full.clock.instant();
                        }
                    }
                    Instant instant = asOf != null ? asOf
                            : LAST_DAY.atTime(8, 59).atZone(JournalSchool.ZONE).toInstant();
                    assertThat(full.engine.reports().success(DEPUTY, ID, FIRST_QUARTER, ResultCounting.DEFAULT, instant))
                            .isEqualTo(part.engine.reports().success(DEPUTY, ID, FIRST_QUARTER, ResultCounting.DEFAULT,
                                    instant));
                    assertThat(full.engine.reports().summarySheet(DEPUTY, ID, "5А", instant))
                            .isEqualTo(part.engine.reports().summarySheet(DEPUTY, ID, "5А", instant));
                });
    }

    private static JournalSchool schoolWithBorisov() {
        JournalSchool school = JournalSchool.setUp();
        school.school(new EnrolStudent(ID, BORISOV, "Борисов", "Глеб", "", LocalDate.of(2015, 4, 1), "5А",
                LocalDate.of(2026, 9, 1)));
        return school;
    }

    /** Sets the mark, or corrects the student's mark as the deputy; returns whether it was taken. */
    private static boolean apply(JournalSchool school, String student, String mark) {
        Optional<JournalEntry> set = PeriodCompleteness.periodMark(school.engine.journals().read(DEPUTY, ID, MATH_5A)
                .state(), FIRST_QUARTER, student);
        try {
            if (set.isEmpty()) {
                school.engine.execute(MATH, new SetPeriodMark(ID, MATH_5A, FIRST_QUARTER, student, Mark.of(mark)));
            } else {
                school.engine.execute(DEPUTY, CorrectEntry.mark(ID, new EntryRef(MATH_5A, set.get().number()),
                        Mark.of(mark), "исправление"));
            }
            return true;
        } catch (RuntimeException refused) {
            return false;
        }
    }
}
