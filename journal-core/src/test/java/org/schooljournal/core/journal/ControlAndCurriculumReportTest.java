package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.journal.JournalSchool.ALEKSEEVA;
import static org.schooljournal.core.journal.JournalSchool.DEPUTY;
import static org.schooljournal.core.journal.JournalSchool.FRIDAY;
import static org.schooljournal.core.journal.JournalSchool.HOMEROOM;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;
import static org.schooljournal.core.journal.JournalSchool.WEDNESDAY;
import static org.schooljournal.core.journal.JournalSchool.YOLKIN;
import static org.schooljournal.core.journal.JournalSchool.absence;
import static org.schooljournal.core.journal.JournalSchool.mark;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.AccessDeniedException;
import org.schooljournal.core.programme.CurriculumProfile;
import org.schooljournal.core.programme.SetCurriculumHours;
import org.schooljournal.core.reports.ControlWorkReport;
import org.schooljournal.core.reports.CurriculumReport;
import org.schooljournal.core.reports.Rate;

@DisplayName("REP-2, REP-6: the control works' results and the curricula's fulfilment, as of an instant")
class ControlAndCurriculumReportTest {

    private final JournalSchool school = JournalSchool.setUp();

    @Test
    @Tag("REP-2")
    @DisplayName("REP-2: Wednesday's control work: «5» and «2» given, one pupil absent → success 50 %, quality 50 %, the absent left out")
    void controlWork() {
        school.at(WEDNESDAY, LocalTime.of(11, 0));
        school.engine.execute(MATH, mark(WEDNESDAY, 2, IVANOV, "5", WorkKind.CONTROL_WORK));
        school.engine.execute(MATH, mark(WEDNESDAY, 2, ALEKSEEVA, "2", WorkKind.CONTROL_WORK));
        school.engine.execute(MATH, mark(WEDNESDAY, 2, ALEKSEEVA, "5", WorkKind.ORAL));
        school.engine.execute(MATH, absence(WEDNESDAY, 2, YOLKIN, AbsenceCode.ILLNESS));

        ControlWorkReport report = school.engine.reports().controlWorks(DEPUTY, ID, MONDAY, FRIDAY,
                school.clock.instant());

        assertThat(report.works()).singleElement().satisfies(work -> {
            assertThat(work.date()).isEqualTo(WEDNESDAY);
            assertThat(work.form()).isEqualTo("контрольная работа");
            assertThat(work.subject()).isEqualTo("Математика");
            assertThat(work.teacher()).isEqualTo("Петрова Мария Ивановна");
            assertThat(work.pupils()).isEqualTo(3);
            assertThat(work.marks()).containsExactly(Map.entry("5", 1), Map.entry("2", 1));
            assertThat(work.rate()).isEqualTo(new Rate(2, 1, 1, 1, 0));
            assertThat(work.rate().successPercent()).contains(new BigDecimal("50.0"));
        });
        Instant before = school.clock.instant().minusSeconds(7200);
        assertThat(school.engine.reports().controlWorks(HOMEROOM, ID, "5А", MONDAY, FRIDAY, before).works())
                .singleElement().satisfies(work -> {
                    assertThat(work.unmarked()).isTrue();
                    assertThat(work.rate()).isEqualTo(new Rate(0, 0, 0, 0, 3));
                });
        assertThatThrownBy(() -> school.engine.reports().controlWorks(MATH, ID, MONDAY, FRIDAY, before))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @Tag("REP-6")
    @DisplayName("REP-6: two of mathematics' three lessons given (66.7 %) beside its 5 weekly hours; the profile sums both subjects")
    void curriculum() {
        school.school(new SetCurriculumHours(ID, "5А", CurriculumProfile.UNIVERSAL, Map.of("math", new BigDecimal("5"),
                "rus", new BigDecimal("2"))));
        school.at(MONDAY, LocalTime.of(9, 0));
        school.engine.execute(MATH, new RecordTopic(ID, MATH_5A, new LessonRef(MONDAY, 1), "Дроби", LessonKind.LESSON));
        school.at(WEDNESDAY, LocalTime.of(10, 0));
        school.engine.execute(MATH, new RecordTopic(ID, MATH_5A, new LessonRef(WEDNESDAY, 2), "Сложение дробей",
                LessonKind.LESSON));

        CurriculumReport report = school.engine.reports().curriculum(DEPUTY, ID, MONDAY, FRIDAY, school.clock.instant());

        assertThat(report.lines()).hasSize(2);
        CurriculumReport.Line math = report.lines().get(0);
        assertThat(math.subjectCode()).isEqualTo("math");
        assertThat(math.weeklyHours()).contains(new BigDecimal("5"));
        assertThat(math.timetabled()).isEqualTo(3);
        assertThat(math.given()).isEqualTo(2);
        assertThat(math.fulfilledPercent()).contains(new BigDecimal("66.7"));
        assertThat(report.lines().get(1).given()).isZero();
        assertThat(report.profiles()).containsExactly(new CurriculumReport.ProfileLine(CurriculumProfile.UNIVERSAL, 2, 5, 2));
        assertThat(school.engine.reports().curriculum(DEPUTY, ID, MONDAY, FRIDAY, school.clock.instant().minusSeconds(3600))
                .lines().get(0).given()).isEqualTo(1);
        assertThat(report.lines().get(1).fulfilledPercent()).contains(new BigDecimal("0.0"));
        assertThat(Optional.of(report.profiles().get(0).fulfilledPercent().orElseThrow())).contains(new BigDecimal("40.0"));
        assertThatThrownBy(() -> school.engine.reports().curriculum(HOMEROOM, ID, MONDAY, FRIDAY, school.clock.instant()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
