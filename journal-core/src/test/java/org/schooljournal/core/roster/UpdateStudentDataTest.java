package org.schooljournal.core.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.roster.RosterFixture.BIRTH;
import static org.schooljournal.core.roster.RosterFixture.SCHOOL;
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

@Tag("ROS-4")
class UpdateStudentDataTest {

    @Test
    @DisplayName("ROS-4: the student's data is corrected, and the history is not touched")
    void updatesData() {
        SchoolState state = run(schoolWithStudents(), transfer("s-1", "5Б", LocalDate.of(2026, 1, 12)));
        LocalDate born = LocalDate.of(2014, 6, 3);

        SchoolState after = run(state, new UpdateStudentData(SCHOOL, "s-1", "Иванов ", "Иван", "Ильич", born));

        assertThat(Roster.of(after).student("s-1")).contains(new Student("s-1", "Иванов", "Иван", "Ильич", born));
        assertThat(Roster.of(after).historyOf("s-1")).isEqualTo(Roster.of(state).historyOf("s-1"));
    }

    @Test
    @DisplayName("ROS-4: giving the data the student already has changes nothing")
    void sameDataIsIdempotent() {
        assertThat(decide(schoolWithStudents(), new UpdateStudentData(SCHOOL, "s-1", "Иванов", "Иван", "Иванович", BIRTH)))
                .isEmpty();
    }

    @Test
    @DisplayName("ROS-4: the class scope is the student's current class, and none once they left")
    void classScopeIsCurrentClass() {
        SchoolState state = schoolWithStudents();
        UpdateStudentData command = new UpdateStudentData(SCHOOL, "s-1", "Иванов", "Иван", "", BIRTH);

        assertThat(command.classScope(state)).contains("5А");
        assertThat(command.classScope(run(state, transfer("s-1", "5Б", LocalDate.of(2026, 1, 12))))).contains("5Б");
        assertThat(command.classScope(run(state, withdraw("s-1", LocalDate.of(2026, 1, 12), "переезд")))).isEmpty();
        assertThat(new UpdateStudentData(SCHOOL, "s-9", "Иванов", "Иван", "", BIRTH).classScope(state)).isEmpty();
    }

    @Test
    @DisplayName("ROS-4: an unknown student is NOT_FOUND; a birth date not before the first arrival is refused")
    void refusals() {
        SchoolState state = schoolWithStudents();

        assertThatThrownBy(() -> decide(state, new UpdateStudentData(SCHOOL, "s-9", "Иванов", "Иван", "", BIRTH)))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
                .hasMessage("UpdateStudentData: studentId s-9 is not a student of school 86-001");
        assertThatThrownBy(() -> decide(state, new UpdateStudentData(SCHOOL, "s-1", "Иванов", "Иван", "", SEPTEMBER_1)))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("birthDate = 2025-09-01: must be before the student's first arrival, on 2025-09-01");
    }
}
