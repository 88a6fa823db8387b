package org.schooljournal.core.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.roster.RosterFixture.SEPTEMBER_1;
import static org.schooljournal.core.roster.RosterFixture.decide;
import static org.schooljournal.core.roster.RosterFixture.run;
import static org.schooljournal.core.roster.RosterFixture.schoolWithStudents;
import static org.schooljournal.core.roster.RosterFixture.transfer;
import static org.schooljournal.core.roster.RosterFixture.withdraw;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

@Tag("ROS-2")
class WithdrawStudentTest {

    private static final LocalDate DECEMBER_1 = LocalDate.of(2025, 12, 1);

    @Test
    @DisplayName("ROS-2: a withdrawal is recorded from the current class with its reason; data and history stay")
    void withdraws() {
        SchoolState state = schoolWithStudents();

        assertThat(decide(state, withdraw("s-1", DECEMBER_1, " перевод в другую школу ")))
                .containsExactly(new StudentWithdrawn("s-1", "5А", DECEMBER_1, "перевод в другую школу"));
        SchoolState after = run(state, withdraw("s-1", DECEMBER_1, "перевод в другую школу"));
        assertThat(Roster.of(after).student("s-1")).isPresent();
        assertThat(Roster.of(after).historyOf("s-1").movements()).containsExactly(
                Movement.enrolment("5А", SEPTEMBER_1), Movement.withdrawal("5А", DECEMBER_1, "перевод в другую школу"));
        assertThat(Roster.of(after).currentClassOf("s-1")).isEmpty();
        assertThat(Roster.of(after).classOf("s-1", DECEMBER_1.minusDays(1))).contains("5А");
        assertThat(Roster.of(after).classOf("s-1", DECEMBER_1)).isEmpty();
    }

    @Test
    @DisplayName("ROS-2: the same withdrawal issued again changes nothing; another one is refused")
    void withdrawnStudentIsRefused() {
        SchoolState state = run(schoolWithStudents(), withdraw("s-1", DECEMBER_1, "переезд"));

        assertThat(decide(state, withdraw("s-1", DECEMBER_1, "переезд"))).isEmpty();
        assertThatThrownBy(() -> decide(state, withdraw("s-1", DECEMBER_1.plusDays(1), "переезд")))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("studentId");
                            assertThat(v.value()).isEqualTo("s-1");
                            assertThat(v.rule()).isEqualTo("left the school already, on 2025-12-01");
                        }));
    }

    @Test
    @DisplayName("ROS-2: a withdrawal dated before the student's last movement is refused")
    void earlierDateIsRefused() {
        LocalDate transferred = LocalDate.of(2026, 1, 12);
        SchoolState state = run(schoolWithStudents(), transfer("s-1", "5Б", transferred));

        assertThatThrownBy(() -> decide(state, withdraw("s-1", transferred.minusDays(1), "переезд")))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("date = 2026-01-11");
    }

    @Test
    @DisplayName("ROS-2: an unknown student is NOT_FOUND")
    void unknownStudentIsNotFound() {
        assertThatThrownBy(() -> decide(schoolWithStudents(), withdraw("s-9", DECEMBER_1, "переезд")))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
                .hasMessage("WithdrawStudent: studentId s-9 is not a student of school 86-001");
    }
}
