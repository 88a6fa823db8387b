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
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

@Tag("ROS-1")
@Tag("ROS-4")
class LinkGuardianTest {

    private static SchoolState withParents() {
        return run(schoolWithStudents(),
                new RegisterGuardian(SCHOOL, "g-mother", "Иванова", "Ольга", "Петровна", "s-1"),
                new RegisterGuardian(SCHOOL, "g-father", "Иванов", "Сергей", "Иванович", "s-1"));
    }

    @Test
    @DisplayName("ROS-1: a student has several guardians, and a guardian several students")
    void manyToMany() {
        SchoolState state = run(withParents(), new LinkGuardian(SCHOOL, "g-mother", "s-2"));

        assertThat(Roster.of(state).guardiansOf("s-1")).extracting(Guardian::personId)
                .as("in the order of names (ROS-3): Иванов before Иванова").containsExactly("g-father", "g-mother");
        assertThat(Roster.of(state).guardiansOf("s-2")).extracting(Guardian::personId).containsExactly("g-mother");
        assertThat(Roster.of(state).studentsOf("g-mother")).extracting(Student::personId).containsExactly("s-1", "s-2");
        assertThat(Roster.of(state).represents("g-father", "s-2")).isFalse();
    }

    @Test
    @DisplayName("ROS-1: linking a guardian linked already changes nothing")
    void idempotent() {
        assertThat(decide(withParents(), new LinkGuardian(SCHOOL, "g-mother", "s-1"))).isEmpty();
        assertThat(decide(withParents(), new LinkGuardian(SCHOOL, "g-mother", "s-2")))
                .containsExactly(new GuardianLinked("g-mother", "s-2"));
    }

    @Test
    @DisplayName("ROS-1: an unknown guardian or student is NOT_FOUND")
    void unknown() {
        assertThatThrownBy(() -> decide(withParents(), new LinkGuardian(SCHOOL, "g-9", "s-2")))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
                .hasMessage("LinkGuardian: guardianId g-9 is not a registered guardian in school 86-001");
        assertThatThrownBy(() -> decide(withParents(), new LinkGuardian(SCHOOL, "g-mother", "s-9")))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
                .hasMessage("LinkGuardian: studentId s-9 is not a student of school 86-001");
    }
}
