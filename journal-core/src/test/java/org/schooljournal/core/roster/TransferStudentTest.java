package org.schooljournal.core.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.roster.RosterFixture.SEPTEMBER_1;
import static org.schooljournal.core.roster.RosterFixture.decide;
import static org.schooljournal.core.roster.RosterFixture.enrol;
import static org.schooljournal.core.roster.RosterFixture.run;
import static org.schooljournal.core.roster.RosterFixture.school;
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
class TransferStudentTest {

    private static final LocalDate MARCH_10 = LocalDate.of(2026, 3, 10);

    @Test
    @DisplayName("ROS-2: a transfer is recorded from the current class, and the arrival stays where it was made")
    void transfers() {
        SchoolState state = schoolWithStudents();

        assertThat(decide(state, transfer("s-1", "5Б", MARCH_10)))
                .containsExactly(new StudentTransferred("s-1", "5А", "5Б", MARCH_10));
        SchoolState after = run(state, transfer("s-1", "5Б", MARCH_10));
        assertThat(Roster.of(after).historyOf("s-1").movements()).containsExactly(
                Movement.enrolment("5А", SEPTEMBER_1), Movement.transfer("5А", "5Б", MARCH_10));
        assertThat(Roster.of(after).classOf("s-1", MARCH_10.minusDays(1))).contains("5А");
        assertThat(Roster.of(after).classOf("s-1", MARCH_10)).contains("5Б");
        assertThat(Roster.of(after).currentClassOf("s-1")).contains("5Б");
    }

    @Test
    @DisplayName("ROS-2: a transfer into the class the student is in is refused")
    void sameClassIsRefused() {
        assertThatThrownBy(() -> decide(schoolWithStudents(), transfer("s-1", "5А", MARCH_10)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("toClass");
                            assertThat(v.value()).isEqualTo("5А");
                            assertThat(v.rule()).isEqualTo("is the class the student is in already");
                        }));
    }

    @Test
    @DisplayName("ROS-2: the same transfer issued again changes nothing")
    void sameTransferIsIdempotent() {
        SchoolState state = run(schoolWithStudents(), transfer("s-1", "5Б", MARCH_10));

        assertThat(decide(state, transfer("s-1", "5Б", MARCH_10))).isEmpty();
    }

    @Test
    @DisplayName("ROS-2: a transfer dated before the student's last movement is refused")
    void earlierDateIsRefused() {
        SchoolState state = run(schoolWithStudents(), transfer("s-1", "5Б", MARCH_10));

        assertThatThrownBy(() -> decide(state, transfer("s-1", "6А", MARCH_10.minusDays(1))))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("date = 2026-03-09: must not be before the student's last movement,"
                        + " a TRANSFER on 2026-03-10");
    }

    @Test
    @DisplayName("ROS-2: two transfers on one day leave the student in the last class named")
    void twoTransfersOnOneDay() {
        SchoolState state = run(schoolWithStudents(), transfer("s-1", "5Б", MARCH_10), transfer("s-1", "6А", MARCH_10));

        assertThat(Roster.of(state).classOf("s-1", MARCH_10)).contains("6А");
        assertThat(Roster.of(state).classOf("s-1", MARCH_10.minusDays(1))).contains("5А");
    }

    @Test
    @DisplayName("ROS-2: an unknown student or class is NOT_FOUND, naming the field and the value")
    void unknownStudentOrClassIsNotFound() {
        SchoolState state = schoolWithStudents();

        assertThatThrownBy(() -> decide(state, transfer("s-9", "5Б", MARCH_10)))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
                .hasMessage("TransferStudent: studentId s-9 is not a student of school 86-001");
        assertThatThrownBy(() -> decide(state, transfer("s-1", "7В", MARCH_10)))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
                .hasMessage("TransferStudent: toClass 7В is not a class of school 86-001");
    }

    @Test
    @DisplayName("ROS-2: a student who left cannot be transferred")
    void withdrawnStudentIsRefused() {
        SchoolState state = run(school(), enrol("s-1", "5А", SEPTEMBER_1), withdraw("s-1", MARCH_10, "переезд"));

        assertThatThrownBy(() -> decide(state, transfer("s-1", "5Б", MARCH_10.plusDays(1))))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("studentId = s-1: left the school on 2026-03-10");
    }
}
