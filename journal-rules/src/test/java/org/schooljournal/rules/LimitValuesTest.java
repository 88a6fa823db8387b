package org.schooljournal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.rules.calendar.LessonTime;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.rules.ruleset.RuleId;
import org.schooljournal.rules.ruleset.RuleSets;

/**
 * What a limit and a verdict tell a reader: the window in the school's own time, and a text an
 * administrator can read in a control report (ATT-2, MRK-7, ARC-7).
 */
@DisplayName("limits and verdicts say their rule, their window in the school's time and their outcome")
class LimitValuesTest {

    private static final SchoolCalendar CALENDAR = YugraSchool2026.calendar();
    private static final SchoolRules RULES = YugraSchool2026.rules();

    @Test
    @Tag("MRK-7")
    @DisplayName("MRK-7: a period marks' window opens and closes at local times of the school's zone, and says so")
    void window() {
        TimeLimit window = RULES.limit(new Entry.PeriodMarks(YugraSchool2026.Q1, Optional.empty()));

        assertThat(window.opensAtLocal()).hasValueSatisfying(opens -> {
            assertThat(opens.getZone()).isEqualTo(CALENDAR.zone());
            assertThat(opens.toLocalDate()).isEqualTo(YugraSchool2026.Q1.lastDay().minusDays(6));
            assertThat(opens.toLocalTime()).hasToString("00:00");
        });
        assertThat(window.toString()).startsWith("MRK-7 from ").contains(" until ").endsWith("(RECORD)");
    }

    @Test
    @Tag("ATT-2")
    @DisplayName("ATT-2: absences open at the lesson's start, local time; a late verdict says by how much, on time says so")
    void deadline() {
        LessonTime lesson = CALENDAR.lesson("5А", LocalDate.of(2026, 10, 23), 1);
        TimeLimit limit = RULES.limit(new Entry.Attendance(lesson));
        Verdict late = RULES.judge(new Entry.Attendance(lesson), limit.closesAt().orElseThrow().plusSeconds(300));
        Verdict onTime = RULES.judge(new Entry.Attendance(lesson), limit.closesAt().orElseThrow());

        assertThat(limit.opensAtLocal()).hasValueSatisfying(opens -> assertThat(opens.toLocalTime()).hasToString("08:30"));
        assertThat(late.toString()).startsWith("ATT-2 LATE by PT5M at ").contains(limit.toString());
        assertThat(onTime.toString()).startsWith("ATT-2 ON_TIME at ");
    }

    @Test
    @Tag("ARC-7")
    @DisplayName("ARC-7: an entry on time only because of a declared failure says so, and its limit names the extension")
    void failure() {
        LessonTime lesson = CALENDAR.lesson("5А", LocalDate.of(2026, 10, 23), 1);
        TimeLimit plain = RULES.limit(new Entry.Attendance(lesson));
        SchoolRules failing = RULES.withFailure(new TechnicalFailure(CALENDAR.instant(lesson.date(), lesson.start()).minusSeconds(60),
                plain.closesAt().orElseThrow().plusSeconds(600)));
        Verdict verdict = failing.judge(new Entry.Attendance(lesson), plain.closesAt().orElseThrow().plusSeconds(900));

        assertThat(verdict.causedByFailure()).isTrue();
        assertThat(verdict.toString()).contains("ON_TIME (late because of a technical failure)");
        assertThat(failing.limit(new Entry.Attendance(lesson)).toString()).contains("extended to").contains("by a failure");
        assertThat(failing.toString()).contains("yugra-2020").contains("1 failures");
    }

    @Test
    @Tag("ATT-2")
    @DisplayName("two rule sets read from the same document are equal, with equal hashes; the rule set names itself")
    void ruleSetValue() {
        assertThat(RuleSets.read("again", RuleSets.yugra2020().toJson())).isEqualTo(RuleSets.yugra2020())
                .hasSameHashCodeAs(RuleSets.yugra2020());
        assertThat(RuleSets.yugra2020().toString()).contains("yugra-2020").contains(RuleId.values().length + " rules");
        assertThat(Duration.ZERO).isEqualTo(RULES.judge(new Entry.Attendance(CALENDAR.lesson("5А",
                LocalDate.of(2026, 10, 23), 1)), CALENDAR.instant(LocalDate.of(2026, 10, 23),
                java.time.LocalTime.of(8, 35))).lateness());
    }
}
