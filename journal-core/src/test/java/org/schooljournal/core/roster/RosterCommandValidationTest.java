package org.schooljournal.core.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.roster.RosterFixture.BIRTH;
import static org.schooljournal.core.roster.RosterFixture.SCHOOL;
import static org.schooljournal.core.roster.RosterFixture.SEPTEMBER_1;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.validation.CommandValidator;
import org.schooljournal.core.validation.InvalidCommandException;

/** The roster's commands are checked field by field before anything happens (DESIGN.md, principle 5). */
@Tag("ROS-1")
@Tag("ROS-2")
@Tag("ROS-4")
class RosterCommandValidationTest {

    private final CommandValidator validator = new CommandValidator();

    private List<String> brokenFields(SchoolCommand command) {
        try {
            validator.validate(command);
            return List.of();
        } catch (InvalidCommandException e) {
            return e.violations().stream().map(InvalidCommandException.Violation::field).toList();
        }
    }

    @Test
    @DisplayName("valid commands pass")
    void validCommandsPass() {
        for (SchoolCommand command : List.of(
                new EnrolStudent(SCHOOL, "s-1", "Иванов", "Иван", "", BIRTH, "5А", SEPTEMBER_1),
                new TransferStudent(SCHOOL, "s-1", "5Б", SEPTEMBER_1),
                new WithdrawStudent(SCHOOL, "s-1", SEPTEMBER_1, "переезд"),
                new UpdateStudentData(SCHOOL, "s-1", "Иванов", "Иван", "", BIRTH),
                new RegisterGuardian(SCHOOL, "g-1", "Иванова", "Ольга", "", "s-1"),
                new LinkGuardian(SCHOOL, "g-1", "s-1"),
                new UnlinkGuardian(SCHOOL, "g-1", "s-1"))) {
            assertThatCode(() -> validator.validate(command)).as(command.toString()).doesNotThrowAnyException();
        }
    }

    @Test
    @DisplayName("every broken field is named, with its value and the constraint")
    void brokenFieldsAreNamed() {
        assertThat(brokenFields(new EnrolStudent("86 001", " ", "", "Иван", null, null, "", null)))
                .containsExactly("birthDate", "classCode", "date", "patronymic", "schoolId", "studentId", "surname");
        assertThat(brokenFields(new TransferStudent(SCHOOL, "s-1", " ", null))).containsExactly("date", "toClass");
        assertThat(brokenFields(new WithdrawStudent(SCHOOL, "s-1", SEPTEMBER_1, "  "))).containsExactly("reason");
        assertThat(brokenFields(new UpdateStudentData(SCHOOL, "s-1", "Иванов", " ", "", BIRTH))).containsExactly("name");
        assertThat(brokenFields(new RegisterGuardian(SCHOOL, "", "Иванова", "Ольга", "", null)))
                .containsExactly("guardianId", "studentId");
        assertThat(brokenFields(new LinkGuardian(null, "g-1", "s-1"))).containsExactly("schoolId");
        assertThat(brokenFields(new UnlinkGuardian(SCHOOL, "g-1", ""))).containsExactly("studentId");
        assertThatThrownBy(() -> validator.validate(new WithdrawStudent(SCHOOL, "s-1", SEPTEMBER_1, "")))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageStartingWith("WithdrawStudent is invalid: [reason = : must not be blank]");
    }
}
