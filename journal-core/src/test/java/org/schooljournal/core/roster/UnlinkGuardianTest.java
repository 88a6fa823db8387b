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
class UnlinkGuardianTest {

    @Test
    @DisplayName("ROS-1: unlinking ends the link and keeps the guardian; unlinking again changes nothing")
    void unlinks() {
        SchoolState state = run(schoolWithStudents(), new RegisterGuardian(SCHOOL, "g-1", "Иванова", "Ольга", "", "s-1"));

        assertThat(decide(state, new UnlinkGuardian(SCHOOL, "g-1", "s-1"))).containsExactly(new GuardianUnlinked("g-1", "s-1"));
        SchoolState after = run(state, new UnlinkGuardian(SCHOOL, "g-1", "s-1"));
        assertThat(Roster.of(after).guardiansOf("s-1")).isEmpty();
        assertThat(Roster.of(after).guardian("g-1")).isPresent();
        assertThat(decide(after, new UnlinkGuardian(SCHOOL, "g-1", "s-1"))).isEmpty();
    }

    @Test
    @DisplayName("ROS-1: an unknown guardian is NOT_FOUND")
    void unknown() {
        assertThatThrownBy(() -> decide(schoolWithStudents(), new UnlinkGuardian(SCHOOL, "g-9", "s-1")))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
                .hasMessage("UnlinkGuardian: guardianId g-9 is not a registered guardian in school 86-001");
    }
}
