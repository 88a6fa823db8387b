package org.schooljournal.core.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.roster.RosterFixture.SCHOOL;
import static org.schooljournal.core.roster.RosterFixture.decide;
import static org.schooljournal.core.roster.RosterFixture.run;
import static org.schooljournal.core.roster.RosterFixture.schoolWithStudents;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.school.RoleAssigned;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

@Tag("ROS-1")
@Tag("ROS-4")
class RegisterGuardianTest {

    private static final Guardian MOTHER = new Guardian("g-1", "Иванова", "Ольга", "Петровна");

    @Test
    @DisplayName("ROS-1: a guardian is registered, linked to the student and given the guardian's role")
    void registersAndLinks() {
        RegisterGuardian command = new RegisterGuardian(SCHOOL, "g-1", "Иванова", " Ольга", "Петровна", "s-1");

        assertThat(decide(schoolWithStudents(), command)).containsExactly(new GuardianRegistered(MOTHER),
                new GuardianLinked("g-1", "s-1"), new RoleAssigned("g-1", Role.GUARDIAN));
        SchoolState state = run(schoolWithStudents(), command);
        assertThat(Roster.of(state).guardiansOf("s-1")).containsExactly(MOTHER);
        assertThat(Roster.of(state).studentsOf("g-1")).extracting(Student::personId).containsExactly("s-1");
        assertThat(decide(state, command)).isEmpty();
    }

    @Test
    @DisplayName("ROS-1: registering a known guardian for another student only links them; a new name corrects it")
    void knownGuardian() {
        SchoolState state = run(schoolWithStudents(), new RegisterGuardian(SCHOOL, "g-1", "Иванова", "Ольга", "Петровна", "s-1"));

        assertThat(decide(state, new RegisterGuardian(SCHOOL, "g-1", "Иванова", "Ольга", "Петровна", "s-2")))
                .containsExactly(new GuardianLinked("g-1", "s-2"));
        assertThat(decide(state, new RegisterGuardian(SCHOOL, "g-1", "Орлова", "Ольга", "Петровна", "s-1")))
                .containsExactly(new GuardianRegistered(new Guardian("g-1", "Орлова", "Ольга", "Петровна")));
    }

    @Test
    @DisplayName("ROS-1: an unknown student is NOT_FOUND; a student as their own guardian is refused")
    void refusals() {
        assertThatThrownBy(() -> decide(schoolWithStudents(), new RegisterGuardian(SCHOOL, "g-1", "Иванова", "Ольга", "", "s-9")))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
                .hasMessage("RegisterGuardian: studentId s-9 is not a student of school 86-001");
        assertThatThrownBy(() -> decide(schoolWithStudents(), new RegisterGuardian(SCHOOL, "s-1", "Иванов", "Иван", "", "s-1")))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("guardianId = s-1: must not be the student's own identifier");
    }
}
