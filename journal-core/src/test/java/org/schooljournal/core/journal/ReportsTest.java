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
import static org.schooljournal.core.journal.JournalSchool.RUSSIAN;
import static org.schooljournal.core.journal.JournalSchool.RUSSIAN_5A;
import static org.schooljournal.core.journal.JournalSchool.WEDNESDAY;
import static org.schooljournal.core.journal.JournalSchool.YOLKIN;
import static org.schooljournal.core.journal.JournalSchool.ZONE;
import static org.schooljournal.core.journal.JournalSchool.absence;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.AccessDeniedException;
import org.schooljournal.core.forecast.Forecast;
import org.schooljournal.core.forecast.ForecastText;
import org.schooljournal.core.programme.PlannedTopic;
import org.schooljournal.core.programme.SetThematicPlan;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.rules.Timeliness;
import org.schooljournal.rules.ruleset.RuleId;
import org.schooljournal.core.reports.AttendanceReport;
import org.schooljournal.core.reports.LessonStatistics;

@DisplayName("Reports of the journals: forecast, lesson statistics, exam results, absences")
class ReportsTest {

    private final JournalSchool school = JournalSchool.setUp();

    private void mark(LocalDate date, int slot, String student, String mark, WorkKind work, int weight) {
        school.engine.execute(MATH, RecordMark.of(ID, MATH_5A, new LessonRef(date, slot), student, Mark.of(mark), work)
                .withWeight(weight));
    }

    @Test
    @Tag("MRK-11")
    @DisplayName("MRK-11: the forecast averages the period's current marks by weight, lists exclusions with reasons, and says what it takes")
    void forecast() {
        school.at(FRIDAY, LocalTime.of(18, 0));
        mark(MONDAY, 1, IVANOV, "5", WorkKind.ORAL, 1);
        mark(WEDNESDAY, 2, IVANOV, "4", WorkKind.CONTROL_WORK, 2);
        mark(FRIDAY, 1, IVANOV, "2", WorkKind.TEST, 1);
        school.engine.execute(MATH, new ExcludeMarkFromAverage(ID, new EntryRef(MATH_5A, 3),
                "самостоятельная переписана"));

        Forecast forecast = school.engine.journals().read(MATH, ID, MATH_5A).forecast(IVANOV, FIRST_QUARTER);

        assertThat(forecast.average().orElseThrow().compareTo(new BigDecimal("4.333"))).isPositive();
        assertThat(forecast.predictedMark()).hasValue(4);
        assertThat(forecast.counted()).hasSize(2);
        assertThat(forecast.excluded()).singleElement()
                .satisfies(m -> assertThat(m.exclusionReason()).contains("самостоятельная переписана"));
        String text = ForecastText.russian().explain(forecast);
        assertThat(text).contains("прогноз: 4").contains("самостоятельная переписана").contains("пятёр");
        assertThat(school.engine.journals().read(MATH, ID, MATH_5A).forecast(YOLKIN, FIRST_QUARTER).predictedMark())
                .isEmpty();
        Forecast onMonday = school.engine.journals().read(MATH, ID, MATH_5A).forecast(IVANOV, FIRST_QUARTER, MONDAY);
        assertThat(onMonday.counted()).singleElement().satisfies(m -> assertThat(m.value()).isEqualTo(5));
        assertThat(onMonday.predictedMark()).hasValue(5);
    }

    @Test
    @Tag("MRK-11")
    @DisplayName("only a current mark is excluded, by those who may correct it; an exclusion is kept, the mark stays")
    void exclusionRules() {
        school.at(MONDAY, LocalTime.of(9, 0));
        mark(MONDAY, 1, IVANOV, "5", WorkKind.ORAL, 1);
        school.engine.execute(MATH, absence(MONDAY, 1, ALEKSEEVA, AbsenceCode.ILLNESS));

        assertThatThrownBy(() -> school.engine.execute(MATH, new ExcludeMarkFromAverage(ID, new EntryRef(MATH_5A, 2),
                "ошибка"))).isInstanceOf(InvalidCommandException.class).hasMessageContaining("no current mark");
        assertThatThrownBy(() -> school.engine.execute(RUSSIAN, new ExcludeMarkFromAverage(ID,
                new EntryRef(MATH_5A, 1), "x"))).isInstanceOf(AccessDeniedException.class);
        school.engine.execute(DEPUTY, new ExcludeMarkFromAverage(ID, new EntryRef(MATH_5A, 1), "по заявлению"));
        assertThat(school.engine.journals().read(MATH, ID, MATH_5A).state().exclusions()).containsEntry(1, "по заявлению");
        assertThat(school.engine.journals().read(MATH, ID, MATH_5A).entry(1).present()).isTrue();
    }

    @Test
    @Tag("MRK-14")
    @DisplayName("MRK-14: lessons given against the timetable and the plan, by kind; marks by value, success and quality")
    void statistics() {
        school.school(new SetThematicPlan(ID, "5А", "math", List.of(new PlannedTopic("Дроби", 30),
                new PlannedTopic("Проценты", 20))));
        school.at(FRIDAY, LocalTime.of(18, 0));
        school.engine.execute(MATH, new RecordTopic(ID, MATH_5A, new LessonRef(MONDAY, 1), "Дроби", LessonKind.LESSON));
        school.engine.execute(MATH, new RecordTopic(ID, MATH_5A, new LessonRef(WEDNESDAY, 2), "Контрольная работа",
                LessonKind.CONTROL_WORK));
        mark(MONDAY, 1, IVANOV, "5", WorkKind.ORAL, 1);
        mark(MONDAY, 1, ALEKSEEVA, "4", WorkKind.ORAL, 1);
        mark(MONDAY, 1, YOLKIN, "2", WorkKind.ORAL, 1);
        mark(WEDNESDAY, 2, YOLKIN, "3", WorkKind.CONTROL_WORK, 2);

        LessonStatistics statistics = school.engine.reports().statistics(DEPUTY, ID, MATH_5A, MONDAY, FRIDAY);

        assertThat(statistics.timetabled()).isEqualTo(3);
        assertThat(statistics.given()).isEqualTo(2);
        assertThat(statistics.givenByKind()).containsEntry(LessonKind.LESSON, 1).containsEntry(LessonKind.CONTROL_WORK, 1);
        assertThat(statistics.plannedHours()).hasValue(50);
        assertThat(statistics.marks()).isEqualTo(Map.of("2", 1, "3", 1, "4", 1, "5", 1));
        assertThat(statistics.satisfactoryPercent()).contains(new BigDecimal("75.0"));
        assertThat(statistics.goodPercent()).contains(new BigDecimal("50.0"));
    }

    @Test
    @Tag("MRK-13")
    @DisplayName("MRK-13: an exam result shown within 24 hours of being obtained is on time; later it is flagged late")
    void examResults() {
        Instant obtained = LocalDate.of(2026, 10, 20).atTime(LocalTime.of(14, 0)).atZone(ZONE).toInstant();
        school.clock.set(obtained.plus(Duration.ofHours(24)));
        school.engine.execute(DEPUTY, new RecordExamResult(ID, MATH_5A, IVANOV, "ВПР", "5", obtained));
        school.clock.set(obtained.plus(Duration.ofHours(30)));
        school.engine.execute(MATH, new RecordExamResult(ID, MATH_5A, ALEKSEEVA, "ВПР", "4", obtained));

        Journal journal = school.engine.journals().read(MATH, ID, MATH_5A);
        EntryTiming onTime = journal.entry(1).original().timing().orElseThrow();
        assertThat(onTime.rule()).isEqualTo(RuleId.MRK_13);
        assertThat(onTime.verdict()).isEqualTo(Timeliness.ON_TIME);
        assertThat(journal.entry(2).original().timing().orElseThrow().lateBy()).isEqualTo(Duration.ofHours(6));
        assertThatThrownBy(() -> school.engine.execute(MATH, new RecordExamResult(ID, MATH_5A, IVANOV, "ВПР", "4",
                obtained))).isInstanceOf(InvalidCommandException.class).hasMessageContaining("entry 1");
        assertThatThrownBy(() -> school.engine.execute(MATH, new RecordExamResult(ID, MATH_5A, YOLKIN, "ОГЭ", "4",
                school.clock.instant().plusSeconds(1)))).isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("obtainedAt");
    }

    @Test
    @Tag("ATT-3")
    @DisplayName("ATT-3: lessons missed by code and days missed per student and class, across the class's journals")
    void absences() {
        school.at(MONDAY, LocalTime.of(8, 35));
        school.engine.execute(MATH, absence(MONDAY, 1, IVANOV, AbsenceCode.ILLNESS));
        school.at(MONDAY, LocalTime.of(9, 25));
        school.engine.execute(RUSSIAN, new RecordAbsence(ID, RUSSIAN_5A, new LessonRef(MONDAY, 2), IVANOV,
                AbsenceCode.ILLNESS));
        school.engine.execute(RUSSIAN, new RecordAbsence(ID, RUSSIAN_5A, new LessonRef(MONDAY, 2), YOLKIN,
                AbsenceCode.UNEXCUSED));
        school.at(MONDAY, LocalTime.of(10, 25));
        school.engine.execute(RUSSIAN, new RecordAbsence(ID, RUSSIAN_5A, new LessonRef(MONDAY, 3), IVANOV,
                AbsenceCode.ILLNESS));
        school.at(WEDNESDAY, LocalTime.of(9, 25));
        school.engine.execute(MATH, absence(WEDNESDAY, 2, YOLKIN, AbsenceCode.EXCUSED));

        AttendanceReport week = school.engine.reports().attendance(HOMEROOM, ID, "5А", MONDAY, FRIDAY);

        assertThat(week.rows()).extracting(r -> r.student().personId()).containsExactly(ALEKSEEVA, YOLKIN, IVANOV);
        AttendanceReport.Row ivanov = week.rows().get(2);
        assertThat(ivanov.lessonsByCode()).isEqualTo(Map.of(AbsenceCode.ILLNESS, 3));
        assertThat(ivanov.daysMissed()).isEqualTo(1);
        AttendanceReport.Row yolkin = week.rows().get(1);
        assertThat(yolkin.lessonsByCode()).isEqualTo(Map.of(AbsenceCode.UNEXCUSED, 1, AbsenceCode.EXCUSED, 1));
        assertThat(yolkin.daysMissed()).isEqualTo(1);
        assertThat(week.lessonsMissed()).isEqualTo(5);
        assertThat(week.daysMissed()).isEqualTo(2);
        assertThat(school.engine.reports().attendance(DEPUTY, ID, "5А", WEDNESDAY, FRIDAY).lessonsMissed()).isEqualTo(1);
        assertThatThrownBy(() -> school.engine.reports().attendance(MATH, ID, "5А", MONDAY, FRIDAY))
                .isInstanceOf(AccessDeniedException.class);
    }
}
