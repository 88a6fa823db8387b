package org.schooljournal.core.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.roster.RosterFixture.BIRTH;
import static org.schooljournal.core.roster.RosterFixture.SCHOOL;
import static org.schooljournal.core.roster.RosterFixture.SEPTEMBER_1;
import static org.schooljournal.core.roster.RosterFixture.decide;
import static org.schooljournal.core.roster.RosterFixture.enrol;
import static org.schooljournal.core.roster.RosterFixture.run;
import static org.schooljournal.core.roster.RosterFixture.school;
import static org.schooljournal.core.roster.RosterFixture.withdraw;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.school.RoleAssigned;
import org.schooljournal.core.school.SchoolLog;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

@Tag("ROS-1")
@Tag("ROS-2")
class EnrolStudentTest {

    @Test
    @DisplayName("ROS-1, ROS-2: enrolling records the student's data and an arrival, and gives the student's role")
    void enrolsIntoClass() {
        EnrolStudent command = new EnrolStudent(SCHOOL, "s-1", " Ёлкин ", "Пётр", "Ильич ", BIRTH, "5А", SEPTEMBER_1);

        List<SchoolEvent> events = decide(school(), command);

        Student student = new Student("s-1", "Ёлкин", "Пётр", "Ильич", BIRTH);
        assertThat(events).containsExactly(new StudentEnrolled(student, "5А", SEPTEMBER_1),
                new RoleAssigned("s-1", Role.STUDENT));
        SchoolState state = run(school(), command);
        assertThat(Roster.of(state).student("s-1")).contains(student);
        assertThat(Roster.of(state).historyOf("s-1").movements()).containsExactly(Movement.enrolment("5А", SEPTEMBER_1));
        assertThat(Roster.of(state).currentClassOf("s-1")).contains("5А");
        assertThat(state.rolesOf("s-1")).containsExactly(Role.STUDENT);
    }

    @Test
    @DisplayName("ROS-1: an unknown class is NOT_FOUND, naming the command, the field and the value")
    void unknownClassIsNotFound() {
        assertThatThrownBy(() -> decide(school(), enrol("s-1", "5Я", SEPTEMBER_1)))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
                .hasMessage("EnrolStudent: classCode 5Я is not a class of school 86-001");
    }

    @Test
    @DisplayName("ROS-2: a student enrolled already is refused, naming their class")
    void enrolledStudentIsRefused() {
        SchoolState state = run(school(), enrol("s-1", "5А", SEPTEMBER_1));

        assertThatThrownBy(() -> decide(state, enrol("s-1", "5Б", SEPTEMBER_1.plusDays(3))))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION);
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("studentId");
                        assertThat(v.value()).isEqualTo("s-1");
                        assertThat(v.rule()).contains("already enrolled, in class 5А");
                    });
                });
    }

    @Test
    @DisplayName("ROS-2: the same enrolment issued again changes nothing")
    void sameEnrolmentIsIdempotent() {
        SchoolState state = run(school(), enrol("s-1", "5А", SEPTEMBER_1));

        assertThat(decide(state, enrol("s-1", "5А", SEPTEMBER_1))).isEmpty();
        assertThat(decide(state, new EnrolStudent(SCHOOL, "s-1", "Иванов ", "Иван", "Иванович", BIRTH, "5А",
                SEPTEMBER_1))).isEmpty();
    }

    @Test
    @DisplayName("ROS-2: an enrolment with other data on the same day is refused, not taken for a repeat")
    void sameEnrolmentWithOtherDataIsRefused() {
        SchoolState state = run(school(), enrol("s-1", "5А", SEPTEMBER_1));

        assertThatThrownBy(() -> decide(state, enrol("s-1", "Петров", "Иван", "Иванович", "5А", SEPTEMBER_1)))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("studentId = s-1");
    }

    @Test
    @DisplayName("ROS-2: a student who left may arrive again, and the whole history is kept")
    void reEnrolsAfterWithdrawal() {
        LocalDate left = LocalDate.of(2025, 12, 1);
        LocalDate back = LocalDate.of(2026, 2, 2);
        SchoolState state = run(school(), enrol("s-1", "5А", SEPTEMBER_1), withdraw("s-1", left, "переезд"),
                enrol("s-1", "5Б", back));

        assertThat(Roster.of(state).historyOf("s-1").movements()).containsExactly(
                Movement.enrolment("5А", SEPTEMBER_1), Movement.withdrawal("5А", left, "переезд"),
                Movement.enrolment("5Б", back));
        assertThat(Roster.of(state).classOf("s-1", left.minusDays(1))).contains("5А");
        assertThat(Roster.of(state).classOf("s-1", left)).isEmpty();
        assertThat(Roster.of(state).classOf("s-1", back)).contains("5Б");
        assertThat(decide(state, enrol("s-1", "5Б", back))).isEmpty();
    }

    @Test
    @DisplayName("ROS-2: arriving again before the last withdrawal is refused: the past stays as made")
    void reEnrolmentBeforeWithdrawalIsRefused() {
        LocalDate left = LocalDate.of(2025, 12, 1);
        SchoolState state = run(school(), enrol("s-1", "5А", SEPTEMBER_1), withdraw("s-1", left, "переезд"));

        assertThatThrownBy(() -> decide(state, enrol("s-1", "5Б", left.minusDays(1))))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("date");
                            assertThat(v.value()).isEqualTo("2025-11-30");
                            assertThat(v.rule()).contains("WITHDRAWAL on 2025-12-01");
                        }));
    }

    @Test
    @DisplayName("ROS-1: a date of birth not before the arrival is refused")
    void birthDateAfterArrivalIsRefused() {
        EnrolStudent command = new EnrolStudent(SCHOOL, "s-1", "Иванов", "Иван", "", SEPTEMBER_1, "5А", SEPTEMBER_1);

        assertThatThrownBy(() -> decide(school(), command))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("birthDate = 2025-09-01: must be before the date of arrival 2025-09-01");
    }

    @Test
    @DisplayName("ROS-1: a student who holds the student's role already is not given it again")
    void roleIsNotGivenTwice() {
        SchoolState state = SchoolLog.apply(school(), new RoleAssigned("s-1", Role.STUDENT));

        assertThat(decide(state, enrol("s-1", "5А", SEPTEMBER_1))).hasSize(1)
                .first().isInstanceOf(StudentEnrolled.class);
    }
}
