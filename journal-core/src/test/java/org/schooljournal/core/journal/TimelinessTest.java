package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.journal.JournalSchool.DEPUTY;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;
import static org.schooljournal.core.journal.JournalSchool.ZONE;
import static org.schooljournal.core.journal.JournalSchool.absence;

import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.school.DeclareTechnicalFailure;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.rules.Timeliness;
import org.schooljournal.rules.ruleset.RuleSets;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

@DisplayName("Timeliness with every entry: technical failures (ARC-7) and the rule set's enforcement")
class TimelinessTest {

    private final JournalSchool school = JournalSchool.setUp();

    private static Instant local(java.time.LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(ZONE).toInstant();
    }

    @Test
    @Tag("ARC-7")
    @DisplayName("ARC-7: an absence whose deadline fell in a declared failure, entered within the grace, is on time and marked as caused by it")
    void technicalFailure() {
        school.at(MONDAY, LocalTime.of(13, 0));
        assertThatThrownBy(() -> school.engine.execute(MATH, new DeclareTechnicalFailure(ID,
                local(MONDAY, LocalTime.of(8, 0)), local(MONDAY, LocalTime.of(12, 0)), "нет интернета")))
                .isInstanceOf(org.schooljournal.core.access.AccessDeniedException.class);
        school.engine.execute(DEPUTY, new DeclareTechnicalFailure(ID, local(MONDAY, LocalTime.of(8, 0)),
                local(MONDAY, LocalTime.of(12, 0)), "нет интернета в школе"));

        school.engine.execute(MATH, absence(MONDAY, 1, IVANOV, AbsenceCode.UNEXCUSED));

        EntryTiming timing = school.engine.journals().read(MATH, ID, MATH_5A).entry(1).original().timing().orElseThrow();
        assertThat(timing.verdict()).isEqualTo(Timeliness.ON_TIME);
        assertThat(timing.causedByFailure()).isTrue();
        assertThat(timing.closesAt()).contains(local(MONDAY.plusDays(1), LocalTime.of(12, 0)));
        assertThat(school.engine.journals().read(DEPUTY, ID, MATH_5A).lateEntries()).isEmpty();
    }

    @Test
    @Tag("ARC-7")
    @DisplayName("a failure that has not ended yet, or ends before it starts, is refused")
    void failureMustBeOver() {
        school.at(MONDAY, LocalTime.of(10, 0));
        assertThatThrownBy(() -> school.engine.execute(DEPUTY, new DeclareTechnicalFailure(ID,
                local(MONDAY, LocalTime.of(8, 0)), local(MONDAY, LocalTime.of(12, 0)), "сбой")))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("end");
        assertThatThrownBy(() -> school.engine.execute(DEPUTY, new DeclareTechnicalFailure(ID,
                local(MONDAY, LocalTime.of(9, 0)), local(MONDAY, LocalTime.of(8, 0)), "сбой")))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("before start");
    }

    @Test
    @Tag("ATT-2")
    @DisplayName("a rule set that REJECTs late attendance refuses it with OUT_OF_TIME, naming the rule and the deadline; nothing is stored")
    void rejectEnforcement() {
        JournalEngine strict = JournalEngine.builder().eventStore(school.store).clock(school.clock)
                .ruleSet(RuleSets.yugra2020().withOverrides("{\"rules\": {\"ATT-2\": {\"enforcement\": \"REJECT\"}}}"))
                .build();
        school.at(MONDAY, LocalTime.of(8, 50, 1));

        assertThatThrownBy(() -> strict.execute(MATH, absence(MONDAY, 1, IVANOV, AbsenceCode.UNEXCUSED)))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.OUT_OF_TIME))
                .hasMessageContaining("ATT-2").hasMessageContaining("REJECT");
        assertThat(school.store.version(MATH_5A.stream(ID))).isZero();

        school.at(MONDAY, LocalTime.of(8, 50));
        strict.execute(MATH, absence(MONDAY, 1, IVANOV, AbsenceCode.UNEXCUSED));
        assertThat(school.store.version(MATH_5A.stream(ID))).isEqualTo(1);
    }
}
