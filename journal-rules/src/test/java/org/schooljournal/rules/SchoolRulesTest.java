package org.schooljournal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.rules.YugraSchool2026.Q1;
import static org.schooljournal.rules.YugraSchool2026.YEAR;
import static org.schooljournal.rules.YugraSchool2026.at;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.rules.calendar.LessonTime;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.rules.ruleset.Enforcement;
import org.schooljournal.rules.ruleset.RuleId;
import org.schooljournal.rules.ruleset.RuleSets;

/**
 * Every rule of the Yugra set at its boundaries, over the 2026/2027 calendar of
 * {@link YugraSchool2026}. Friday 23 October 2026 is the last day of the first quarter.
 */
class SchoolRulesTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 10, 23);
    private static final Duration NANO = Duration.ofNanos(1);

    private SchoolCalendar calendar;
    private SchoolRules rules;

    @BeforeEach
    void setUp() {
        calendar = YugraSchool2026.calendar();
        rules = SchoolRules.of(RuleSets.yugra2020(), calendar);
    }

    private void assertOnTime(Entry entry, Instant at) {
        Verdict verdict = rules.judge(entry, at);
        assertThat(verdict.timeliness()).as("%s at %s", entry, at).isEqualTo(Timeliness.ON_TIME);
        assertThat(verdict.causedByFailure()).isFalse();
    }

    private void assertLateBy(Entry entry, Instant at, Duration lateness) {
        Verdict verdict = rules.judge(entry, at);
        assertThat(verdict.timeliness()).as("%s at %s", entry, at).isEqualTo(Timeliness.LATE);
        assertThat(verdict.lateness()).isEqualTo(lateness);
    }

    private void assertTooEarlyBy(Entry entry, Instant at, Duration earliness) {
        Verdict verdict = rules.judge(entry, at);
        assertThat(verdict.timeliness()).as("%s at %s", entry, at).isEqualTo(Timeliness.TOO_EARLY);
        assertThat(verdict.earliness()).isEqualTo(earliness);
    }

    @Nested
    @Tag("ATT-2")
    @DisplayName("ATT-2: absences within 20 minutes of the lesson's start")
    class Attendance {

        private final Entry absence = new Entry.Attendance(new LessonTime("5А", FRIDAY,
                LocalTime.of(9, 0), LocalTime.of(9, 40)));

        @Test
        @DisplayName("09:20:00 is on time for a 09:00 lesson; 09:20:00 and a nanosecond is late")
        void boundary() {
            assertThat(rules.limit(absence).closesAt()).contains(at("2026-10-23T09:20"));
            assertOnTime(absence, at("2026-10-23T09:20"));
            assertLateBy(absence, at("2026-10-23T09:20").plus(NANO), NANO);
        }

        @Test
        @DisplayName("ATT-2: absences of a lesson that has not begun are too early, opening at its start; during the lesson they are on time")
        void early() {
            assertThat(rules.limit(absence).opensAt()).contains(at("2026-10-23T09:00"));
            assertTooEarlyBy(absence, at("2026-10-23T08:55"), Duration.ofMinutes(5));
            assertTooEarlyBy(absence, at("2026-10-23T09:00").minus(NANO), NANO);
            assertOnTime(absence, at("2026-10-23T09:00"));
            assertOnTime(absence, at("2026-10-23T09:05"));
        }

        @Test
        @DisplayName("the lesson comes from the class's bell schedule: lesson 3 of 5А starts at 10:20")
        void fromBellSchedule() {
            Entry third = new Entry.Attendance(calendar.lesson("5А", FRIDAY, 3));
            assertThat(rules.limit(third).closesAtLocal().orElseThrow().toLocalTime())
                    .isEqualTo(LocalTime.of(10, 40));
            assertLateBy(third, at("2026-10-23T10:47"), Duration.ofMinutes(7));
        }

        @Test
        @DisplayName("the deadline is computed in the school's zone, Asia/Yekaterinburg (UTC+5)")
        void zone() {
            assertThat(rules.limit(absence).closesAt()).contains(Instant.parse("2026-10-23T04:20:00Z"));
        }

        @Test
        @DisplayName("the verdict names the rule, its reference and the default enforcement RECORD")
        void namesRule() {
            Verdict verdict = rules.judge(absence, at("2026-10-23T10:00"));
            assertThat(verdict.rule()).isEqualTo(RuleId.ATT_2);
            assertThat(verdict.reference()).contains("2.9");
            assertThat(verdict.enforcement()).isEqualTo(Enforcement.RECORD);
            assertThat(verdict.isRejected()).isFalse();
        }

        @Test
        @DisplayName("with enforcement REJECT a late absence must be refused")
        void reject() {
            SchoolRules strict = SchoolRules.of(RuleSets.yugra2020()
                    .withOverrides("{\"rules\":{\"ATT-2\":{\"enforcement\":\"REJECT\"}}}"), calendar);
            assertThat(strict.judge(absence, at("2026-10-23T09:21")).isRejected()).isTrue();
            assertThat(strict.judge(absence, at("2026-10-23T09:19")).isRejected()).isFalse();
        }
    }

    @Nested
    @Tag("MRK-2")
    @DisplayName("MRK-2: a lesson's marks within the current school day")
    class LessonMarks {

        private final Entry marks = new Entry.LessonMarks(new LessonTime("5А", FRIDAY,
                LocalTime.of(13, 0), LocalTime.of(13, 40)));

        @Test
        @DisplayName("24:00 of the lesson's day is on time; a nanosecond later is late")
        void boundary() {
            assertThat(rules.limit(marks).closesAt()).contains(at("2026-10-24T00:00"));
            assertOnTime(marks, at("2026-10-23T23:59:59.999999999"));
            assertOnTime(marks, at("2026-10-24T00:00"));
            assertLateBy(marks, at("2026-10-24T00:00").plus(NANO), NANO);
        }

        @Test
        @DisplayName("marks the next morning are late by the hours since midnight")
        void nextMorning() {
            assertLateBy(marks, at("2026-10-24T08:30"), Duration.ofHours(8).plusMinutes(30));
        }

        @Test
        @DisplayName("MRK-2: marks of a lesson that has not begun are too early (Monday for Friday's lesson); they open at its start")
        void beforeTheLesson() {
            assertThat(rules.limit(marks).opensAt()).contains(at("2026-10-23T13:00"));
            assertTooEarlyBy(marks, at("2026-10-19T13:00"), Duration.ofDays(4));
            assertTooEarlyBy(marks, at("2026-10-23T13:00").minus(NANO), NANO);
            assertOnTime(marks, at("2026-10-23T13:00"));
        }
    }

    @Nested
    @Tag("LES-2")
    @DisplayName("LES-2: a lesson's topic from its start; a topic of the КТП ahead, as the rule set allows")
    class Topic {

        private final LessonTime lesson = new LessonTime("5А", FRIDAY, LocalTime.of(9, 0), LocalTime.of(9, 40));

        @Test
        @DisplayName("as the regulation reads (the topic studied at the lesson), a topic opens at the lesson's start, planned or not; it has no deadline")
        void regulation() {
            for (boolean planned : new boolean[] {true, false}) {
                Entry topic = new Entry.Topic(lesson, planned);
                TimeLimit limit = rules.limit(topic);
                assertThat(limit.opensAt()).contains(at("2026-10-23T09:00"));
                assertThat(limit.closesAt()).isEmpty();
                assertTooEarlyBy(topic, at("2026-10-23T09:00").minus(NANO), NANO);
                assertThat(rules.judge(topic, at("2026-10-23T09:00")).isRejected()).isFalse();
                assertOnTime(topic, at("2027-05-20T09:00"));
                assertThat(rules.judge(topic, at("2026-10-22T09:00")).isRejected()).isTrue();
            }
        }

        @Test
        @DisplayName("as a setting, a topic of the КТП may be entered a week ahead; a topic that is not the plan's still waits for its lesson")
        void plannedAhead() {
            SchoolRules planning = SchoolRules.of(RuleSets.yugra2020()
                    .withOverrides("{\"rules\":{\"LES-2\":{\"plannedAhead\":\"P7D\"}}}"), calendar);
            Entry planned = new Entry.Topic(lesson, true);
            assertThat(planning.limit(planned).opensAt()).contains(at("2026-10-16T09:00"));
            assertThat(planning.judge(planned, at("2026-10-16T09:00")).isOnTime()).isTrue();
            assertThat(planning.judge(planned, at("2026-10-16T09:00").minus(NANO)).timeliness())
                    .isEqualTo(Timeliness.TOO_EARLY);
            assertThat(planning.judge(new Entry.Topic(lesson, false), at("2026-10-22T09:00")).timeliness())
                    .isEqualTo(Timeliness.TOO_EARLY);
        }
    }

    @Nested
    @Tag("LES-4")
    @DisplayName("LES-4: homework within 1.5 hours after the end of that class's lessons that day")
    class Homework {

        @Test
        @DisplayName("5А's lessons end at 13:40: 15:10:00 is on time, a nanosecond later is late")
        void boundary() {
            Entry homework = new Entry.Homework(calendar.lesson("5А", FRIDAY, 2));
            assertThat(rules.limit(homework).closesAt()).contains(at("2026-10-23T15:10"));
            assertOnTime(homework, at("2026-10-23T15:10"));
            assertLateBy(homework, at("2026-10-23T15:10").plus(NANO), NANO);
        }

        @Test
        @DisplayName("given the end of the class's timetabled lessons (12:00 on a short day), the limit counts from it, not from the bells")
        void timetabledEnd() {
            Entry homework = new Entry.Homework(calendar.lesson("5А", FRIDAY, 2), Optional.of(LocalTime.of(12, 0)));
            assertThat(rules.limit(homework).closesAt()).contains(at("2026-10-23T13:30"));
            Entry beforeTheLessonEnds = new Entry.Homework(calendar.lesson("5А", FRIDAY, 2), Optional.of(LocalTime.of(8, 0)));
            assertThat(rules.limit(beforeTheLessonEnds).closesAt().orElseThrow())
                    .isEqualTo(calendar.instant(FRIDAY, calendar.lesson("5А", FRIDAY, 2).end()).plus(Duration.ofMinutes(90)));
        }

        @Test
        @DisplayName("the limit follows the class's day, not the lesson's: 1А's four lessons end at 12:00")
        void classDay() {
            Entry homework = new Entry.Homework(calendar.lesson("1А", FRIDAY, 1));
            assertThat(rules.limit(homework).closesAt()).contains(at("2026-10-23T13:30"));
        }

        @Test
        @DisplayName("a six-day class's short Saturday ends at 12:00, so homework is due by 13:30")
        void saturday() {
            Entry homework = new Entry.Homework(calendar.lesson("10А", LocalDate.of(2026, 10, 17), 1));
            assertThat(rules.limit(homework).closesAt()).contains(at("2026-10-17T13:30"));
        }

        @Test
        @DisplayName("a lesson after the bell schedule's last slot counts from its own end")
        void afterSchedule() {
            Entry club = new Entry.Homework(new LessonTime("5А", FRIDAY, LocalTime.of(15, 0), LocalTime.of(15, 45)));
            assertThat(rules.limit(club).closesAt()).contains(at("2026-10-23T17:15"));
        }

        @Test
        @DisplayName("LES-4: homework of a lesson that has not begun is too early (\"during the lesson or after\"); as a setting it may be entered ahead")
        void ahead() {
            Entry homework = new Entry.Homework(calendar.lesson("5А", FRIDAY, 2));
            Instant start = calendar.instant(FRIDAY, calendar.lesson("5А", FRIDAY, 2).start());
            assertThat(rules.limit(homework).opensAt()).contains(start);
            assertTooEarlyBy(homework, start.minus(Duration.ofDays(1)), Duration.ofDays(1));
            assertOnTime(homework, start);

            SchoolRules planning = SchoolRules.of(RuleSets.yugra2020()
                    .withOverrides("{\"rules\":{\"LES-4\":{\"ahead\":\"P14D\"}}}"), calendar);
            assertThat(planning.limit(homework).opensAt()).contains(start.minus(Duration.ofDays(14)));
            assertThat(planning.judge(homework, start.minus(Duration.ofDays(1))).isOnTime()).isTrue();
        }

        @Test
        @DisplayName("a lesson on a day that is not a school day counts from its own end")
        void notSchoolDay() {
            Entry makeUp = new Entry.Homework(new LessonTime("5А", LocalDate.of(2026, 10, 24),
                    LocalTime.of(10, 0), LocalTime.of(10, 40)));
            assertThat(rules.limit(makeUp).closesAt()).contains(at("2026-10-24T12:10"));
        }
    }

    @Nested
    @Tag("MRK-3")
    @DisplayName("MRK-3: control-work marks within 3 days of the work")
    class ControlWork {

        private final Entry marks = new Entry.ControlWorkMarks("5А", FRIDAY);

        @Test
        @DisplayName("calendar days by default: the work's day is day 0, due by 24:00 of day 3")
        void calendarDays() {
            assertThat(rules.limit(marks).closesAt()).contains(at("2026-10-27T00:00"));
            assertOnTime(marks, at("2026-10-27T00:00"));
            assertLateBy(marks, at("2026-10-27T00:00").plus(NANO), NANO);
        }

        @Test
        @DisplayName("as a setting, school days: the autumn holidays and 4 November are skipped")
        void schoolDays() {
            SchoolRules schoolDays = SchoolRules.of(RuleSets.yugra2020()
                    .withOverrides("{\"rules\":{\"MRK-3\":{\"counting\":\"SCHOOL_DAYS\"}}}"), calendar);
            // holidays 24.10–03.11, 04.11 public holiday: school days 05.11 (Thu), 06.11 (Fri), 09.11 (Mon)
            assertThat(schoolDays.limit(marks).closesAt()).contains(at("2026-11-10T00:00"));
            assertOnTime(marks, at("2026-10-26T12:00"));
        }

        @Test
        @DisplayName("MRK-3: a control work's marks open when the work is written: at its lesson's start, or at the start of its day when the time is not known")
        void opensWithTheWork() {
            LessonTime work = calendar.lesson("5А", FRIDAY, 2);
            Entry ofTheLesson = Entry.ControlWorkMarks.of(work);
            Instant start = calendar.instant(FRIDAY, work.start());
            assertThat(rules.limit(ofTheLesson).opensAt()).contains(start);
            assertTooEarlyBy(ofTheLesson, start.minus(NANO), NANO);
            assertOnTime(ofTheLesson, start);
            assertThat(rules.limit(marks).opensAt()).contains(at("2026-10-23T00:00"));
            assertTooEarlyBy(marks, at("2026-10-19T10:00"), Duration.ofDays(3).plusHours(14));
        }

        @Test
        @DisplayName("an unknown class is a clear error")
        void unknownClass() {
            SchoolRules schoolDays = SchoolRules.of(RuleSets.yugra2020()
                    .withOverrides("{\"rules\":{\"MRK-3\":{\"counting\":\"SCHOOL_DAYS\"}}}"), calendar);
            assertThatThrownBy(() -> schoolDays.limit(new Entry.ControlWorkMarks("5Я", FRIDAY)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("unknown class 5Я");
        }
    }

    @Nested
    @Tag("MRK-4")
    @DisplayName("MRK-4: written-work marks within one week")
    class WrittenWork {

        @Test
        @DisplayName("a work of Wednesday 14 October is due by 24:00 of Wednesday 21 October")
        void week() {
            Entry marks = new Entry.WrittenWorkMarks("5А", LocalDate.of(2026, 10, 14));
            assertThat(rules.limit(marks).closesAt()).contains(at("2026-10-22T00:00"));
            assertOnTime(marks, at("2026-10-22T00:00"));
            assertLateBy(marks, at("2026-10-22T00:00").plus(NANO), NANO);
        }

        @Test
        @DisplayName("MRK-4: a written work's marks open at the start of its lesson")
        void opensWithTheWork() {
            LessonTime work = calendar.lesson("5А", LocalDate.of(2026, 10, 14), 1);
            Entry marks = Entry.WrittenWorkMarks.of(work);
            Instant start = calendar.instant(work.date(), work.start());
            assertThat(rules.limit(marks).opensAt()).contains(start);
            assertTooEarlyBy(marks, start.minus(NANO), NANO);
        }
    }

    @Nested
    @Tag("MRK-7")
    @DisplayName("MRK-7: period marks during the last week of the period")
    class PeriodMarks {

        private final Entry marks = new Entry.PeriodMarks(Q1);

        @Test
        @DisplayName("the first quarter ends Friday 23.10: the window is 17.10 00:00 to 24.10 00:00")
        void window() {
            TimeLimit limit = rules.limit(marks);
            assertThat(limit.opensAt()).contains(at("2026-10-17T00:00"));
            assertThat(limit.closesAt()).contains(at("2026-10-24T00:00"));
        }

        @Test
        @DisplayName("before the window is too early; at its opening is on time")
        void tooEarly() {
            assertTooEarlyBy(marks, at("2026-10-16T23:59:59.999999999"), NANO);
            assertTooEarlyBy(marks, at("2026-10-15T12:00"), Duration.ofHours(36));
            assertOnTime(marks, at("2026-10-17T00:00"));
        }

        @Test
        @DisplayName("after the period's last day, in the holidays, is late")
        void late() {
            assertOnTime(marks, at("2026-10-24T00:00"));
            assertLateBy(marks, at("2026-10-24T00:00").plus(NANO), NANO);
        }

        @Test
        @DisplayName("the window opens no earlier than the subject's last lesson of the period")
        void lastLesson() {
            Entry afterLesson = new Entry.PeriodMarks(Q1, Optional.of(calendar.lesson("5А", LocalDate.of(2026, 10, 21), 4)));
            assertThat(rules.limit(afterLesson).opensAt()).contains(at("2026-10-21T11:20"));
            assertTooEarlyBy(afterLesson, at("2026-10-21T11:00"), Duration.ofMinutes(20));
        }

        @Test
        @DisplayName("a last lesson outside the period is a clear error")
        void lastLessonOutside() {
            LessonTime november = calendar.lesson("5А", LocalDate.of(2026, 11, 5), 1);
            assertThatThrownBy(() -> new Entry.PeriodMarks(Q1, Optional.of(november)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("lastLesson on 2026-11-05 is outside QUARTER 1 (2026-09-01–2026-10-23)");
        }

        @Test
        @DisplayName("a last lesson before the last week does not open the window earlier")
        void earlyLastLesson() {
            Entry early = new Entry.PeriodMarks(Q1, Optional.of(calendar.lesson("5А", LocalDate.of(2026, 10, 12), 1)));
            assertThat(rules.limit(early).opensAt()).contains(at("2026-10-17T00:00"));
        }
    }

    @Nested
    @Tag("MRK-13")
    @DisplayName("MRK-13: final results visible within 24 hours")
    class FinalResults {

        @Test
        @DisplayName("results obtained at 14:05 are due by 14:05 the next day, inclusive")
        void day() {
            Entry results = new Entry.FinalResults(at("2027-05-20T14:05"));
            assertOnTime(results, at("2027-05-21T14:05"));
            assertLateBy(results, at("2027-05-21T14:05").plus(NANO), NANO);
        }
    }

    @Nested
    @Tag("PD-4")
    @DisplayName("PD-4: a compromise reported within 1 hour, or one working day as a setting")
    class CompromiseReport {

        private final Entry report = new Entry.CompromiseReport(at("2026-10-23T16:20"));

        @Test
        @DisplayName("one hour by default: 17:20:00 is on time, a nanosecond later is late")
        void hour() {
            assertThat(rules.limit(report).closesAt()).contains(at("2026-10-23T17:20"));
            assertLateBy(report, at("2026-10-23T17:20").plus(NANO), NANO);
        }

        @Test
        @DisplayName("one working day as a setting: discovered on Friday, due by 24:00 of Monday")
        void workingDay() {
            SchoolRules workingDay = SchoolRules.of(RuleSets.yugra2020()
                    .withOverrides("{\"rules\":{\"PD-4\":{\"measure\":\"WORKING_DAYS\"}}}"), calendar);
            assertThat(workingDay.limit(report).closesAt()).contains(at("2026-10-27T00:00"));
        }

        @Test
        @DisplayName("working days skip public holidays: discovered Tuesday 3.11, due by 24:00 of Thursday 5.11")
        void publicHoliday() {
            SchoolRules workingDay = SchoolRules.of(RuleSets.yugra2020()
                    .withOverrides("{\"rules\":{\"PD-4\":{\"measure\":\"WORKING_DAYS\"}}}"), calendar);
            Entry tuesday = new Entry.CompromiseReport(at("2026-11-03T10:00"));
            assertThat(workingDay.limit(tuesday).closesAt()).contains(at("2026-11-06T00:00"));
        }

        @Test
        @DisplayName("ARC-7 does not extend PD-4: a journal failure does not stop a phone call")
        void noFailureExtension() {
            SchoolRules failed = rules.withFailure(new TechnicalFailure(at("2026-10-23T16:00"), at("2026-10-23T18:00")));
            assertThat(failed.limit(report).extension()).isEmpty();
        }
    }

    @Nested
    @Tag("YR-11")
    @DisplayName("YR-11: the year set up before 5 September")
    class YearSetup {

        @Test
        @DisplayName("\"до 5 сентября\": due at 00:00 of 5 September; 4 September 23:59 is on time")
        void before() {
            Entry setup = new Entry.YearSetup(YEAR);
            assertThat(rules.limit(setup).closesAt()).contains(at("2026-09-05T00:00"));
            assertOnTime(setup, at("2026-09-04T23:59"));
            assertLateBy(setup, at("2026-09-05T08:00"), Duration.ofHours(8));
        }
    }

    @Nested
    @DisplayName("ARC-1, ARC-2: printed after the year by 30 June; kept 5 and 25 years")
    class Archive {

        @Test
        @Tag("ARC-1")
        @DisplayName("the journal's print window runs from the day after the year to 24:00 of 30 June")
        void journalPrint() {
            Entry print = new Entry.JournalPrint(YEAR);
            TimeLimit limit = rules.limit(print);
            assertThat(limit.opensAt()).contains(at("2027-05-27T00:00"));
            assertThat(limit.closesAt()).contains(at("2027-07-01T00:00"));
            assertTooEarlyBy(print, at("2027-05-26T15:00"), Duration.ofHours(9));
            assertOnTime(print, at("2027-06-30T23:59"));
            assertLateBy(print, at("2027-07-01T00:00").plus(NANO), NANO);
        }

        @Test
        @Tag("ARC-1")
        @DisplayName("a year that ends after 30 June cannot be printed after it by 30 June: a clear error")
        void yearEndsAfterPrintBy() {
            AcademicYear late = new AcademicYear(2026, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 5));
            assertThatThrownBy(() -> rules.limit(new Entry.JournalPrint(late)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the academic year 2026/2027 ends 2027-07-05, after the print-by day 2027-06-30");
        }

        @Test
        @Tag("ARC-2")
        @DisplayName("the summary sheet has the same print window")
        void summaryPrint() {
            assertThat(rules.limit(new Entry.SummarySheetPrint(YEAR)).closesAt()).contains(at("2027-07-01T00:00"));
        }

        @Test
        @Tag("ARC-1")
        @DisplayName("a journal closed in 2027 is kept through 2032: disposal is too early before 1.1.2033 and refused")
        void journalRetention() {
            Entry disposal = new Entry.JournalDisposal(LocalDate.of(2027, 6, 30));
            assertThat(rules.limit(disposal).opensAt()).contains(at("2033-01-01T00:00"));
            assertThat(rules.limit(disposal).closesAt()).isEmpty();
            Verdict early = rules.judge(disposal, at("2032-12-31T23:59"));
            assertThat(early.timeliness()).isEqualTo(Timeliness.TOO_EARLY);
            assertThat(early.isRejected()).isTrue();
            assertOnTime(disposal, at("2033-01-01T00:00"));
        }

        @Test
        @Tag("ARC-2")
        @DisplayName("a summary sheet closed in 2027 is kept 25 years: disposal from 1.1.2053")
        void summaryRetention() {
            Entry disposal = new Entry.SummarySheetDisposal(LocalDate.of(2027, 6, 30));
            assertThat(rules.limit(disposal).opensAt()).contains(at("2053-01-01T00:00"));
            assertThat(rules.judge(disposal, at("2052-12-31T23:59")).isRejected()).isTrue();
        }

        @Test
        @Tag("ARC-1")
        @DisplayName("as a setting, years count from the day after closing: kept through 30.06.2032")
        void dayAfterClosing() {
            SchoolRules fromClosing = SchoolRules.of(RuleSets.yugra2020().withOverrides(
                    "{\"rules\":{\"ARC-1\":{\"retentionCountsFrom\":\"DAY_AFTER_CLOSING\"}}}"), calendar);
            Entry disposal = new Entry.JournalDisposal(LocalDate.of(2027, 6, 30));
            assertThat(fromClosing.limit(disposal).opensAt()).contains(at("2032-07-01T00:00"));
        }
    }

    @Nested
    @Tag("ARC-7")
    @DisplayName("ARC-7: entries late because of a declared technical failure")
    class Failure {

        private final Entry absence = new Entry.Attendance(new LessonTime("5А", FRIDAY,
                LocalTime.of(9, 0), LocalTime.of(9, 40)));
        private final TechnicalFailure failure = new TechnicalFailure(at("2026-10-23T09:10"), at("2026-10-23T11:30"));

        @Test
        @DisplayName("a deadline inside the failure moves to its end plus 24 hours; entries there are on time, caused by it")
        void extension() {
            SchoolRules failed = rules.withFailure(failure);
            TimeLimit limit = failed.limit(absence);
            assertThat(limit.closesAt()).contains(at("2026-10-23T09:20"));
            assertThat(limit.effectiveClose()).contains(at("2026-10-24T11:30"));
            Verdict verdict = failed.judge(absence, at("2026-10-23T12:10"));
            assertThat(verdict.isOnTime()).isTrue();
            assertThat(verdict.causedByFailure()).isTrue();
            assertThat(failed.judge(absence, at("2026-10-24T11:30")).causedByFailure()).isTrue();
        }

        @Test
        @DisplayName("after the grace the entry is late, measured from the failure's end plus the grace")
        void afterGrace() {
            Verdict verdict = rules.withFailure(failure).judge(absence, at("2026-10-24T11:30").plus(NANO));
            assertThat(verdict.timeliness()).isEqualTo(Timeliness.LATE);
            assertThat(verdict.lateness()).isEqualTo(NANO);
            assertThat(verdict.causedByFailure()).isFalse();
        }

        @Test
        @DisplayName("an entry on time anyway is not marked as caused by the failure")
        void onTimeAnyway() {
            Verdict verdict = rules.withFailure(failure).judge(absence, at("2026-10-23T09:15"));
            assertThat(verdict.isOnTime()).isTrue();
            assertThat(verdict.causedByFailure()).isFalse();
        }

        @Test
        @DisplayName("the failure's bounds are inclusive: a deadline at its very end is extended")
        void boundsInclusive() {
            SchoolRules failed = rules.withFailure(new TechnicalFailure(at("2026-10-23T09:00"), at("2026-10-23T09:20")));
            assertThat(failed.limit(absence).effectiveClose()).contains(at("2026-10-24T09:20"));
            SchoolRules before = rules.withFailure(new TechnicalFailure(at("2026-10-23T08:00"),
                    at("2026-10-23T09:20").minus(NANO)));
            assertThat(before.limit(absence).extension()).isEmpty();
        }

        @Test
        @DisplayName("a failure that covers the extended deadline extends it again")
        void chained() {
            SchoolRules failed = rules.withFailure(failure)
                    .withFailure(new TechnicalFailure(at("2026-10-24T10:00"), at("2026-10-24T12:00")));
            assertThat(failed.limit(absence).effectiveClose()).contains(at("2026-10-25T12:00"));
        }

        @Test
        @DisplayName("declaring a longer failure never cuts a chain a shorter one continued")
        void longerFailureKeepsChain() {
            Entry second = new Entry.Attendance(calendar.lesson("5А", LocalDate.of(2026, 10, 20), 2));
            SchoolRules chained = rules
                    .withFailure(new TechnicalFailure(at("2026-10-20T09:00"), at("2026-10-20T10:00")))
                    .withFailure(new TechnicalFailure(at("2026-10-21T09:30"), at("2026-10-21T11:00")));
            SchoolRules longer = chained
                    .withFailure(new TechnicalFailure(at("2026-10-20T09:00"), at("2026-10-20T12:00")));
            assertThat(chained.limit(second).effectiveClose()).contains(at("2026-10-22T11:00"));
            assertThat(longer.limit(second).effectiveClose()).contains(at("2026-10-22T11:00"));
            assertThat(longer.judge(second, at("2026-10-22T09:00")).causedByFailure()).isTrue();
        }

        @Test
        @DisplayName("ARC-7: an entry judged late before the failure was declared is judged again on time, caused by the failure, which the verdict names")
        void rejudge() {
            Instant deadline = at("2026-10-23T09:20");
            Verdict before = rules.rejudge(RuleId.ATT_2, Optional.of(at("2026-10-23T09:00")), deadline,
                    at("2026-10-23T12:10"));
            assertThat(before.timeliness()).isEqualTo(Timeliness.LATE);

            Verdict after = rules.withFailure(failure).rejudge(RuleId.ATT_2, Optional.of(at("2026-10-23T09:00")),
                    deadline, at("2026-10-23T12:10"));
            assertThat(after.isOnTime()).isTrue();
            assertThat(after.causedByFailure()).isTrue();
            assertThat(after.limit().extension().orElseThrow().failure()).isEqualTo(failure);
            assertThat(after.limit().effectiveClose()).contains(at("2026-10-24T11:30"));
            assertThat(rules.withFailure(failure).rejudge(RuleId.ATT_2, Optional.empty(), deadline,
                    at("2026-10-24T11:30").plus(NANO)).timeliness()).isEqualTo(Timeliness.LATE);
        }

        @Test
        @DisplayName("a rule the failure rule does not list is not extended on judging again")
        void rejudgeOnlyListed() {
            SchoolRules narrow = SchoolRules.of(RuleSets.yugra2020()
                    .withOverrides("{\"rules\":{\"ARC-7\":{\"appliesTo\":[\"MRK-2\"]}}}"), calendar).withFailure(failure);
            assertThat(narrow.rejudge(RuleId.ATT_2, Optional.empty(), at("2026-10-23T09:20"), at("2026-10-23T12:10"))
                    .timeliness()).isEqualTo(Timeliness.LATE);
        }

        @Test
        @DisplayName("the grace is a setting")
        void grace() {
            SchoolRules shortGrace = SchoolRules.of(RuleSets.yugra2020()
                    .withOverrides("{\"rules\":{\"ARC-7\":{\"grace\":\"PT2H\"}}}"), calendar).withFailure(failure);
            assertThat(shortGrace.limit(absence).effectiveClose()).contains(at("2026-10-23T13:30"));
        }
    }
}
