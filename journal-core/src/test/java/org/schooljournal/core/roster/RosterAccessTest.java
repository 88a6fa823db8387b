package org.schooljournal.core.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.roster.RosterFixture.BIRTH;
import static org.schooljournal.core.roster.RosterFixture.HEAD;
import static org.schooljournal.core.roster.RosterFixture.HOMEROOM_5A;
import static org.schooljournal.core.roster.RosterFixture.HOMEROOM_5B;
import static org.schooljournal.core.roster.RosterFixture.SCHOOL;
import static org.schooljournal.core.roster.RosterFixture.SEPTEMBER_1;
import static org.schooljournal.core.roster.RosterFixture.SUBJECT_TEACHER;
import static org.schooljournal.core.roster.RosterFixture.enrol;
import static org.schooljournal.core.roster.RosterFixture.run;
import static org.schooljournal.core.roster.RosterFixture.schoolWithStudents;
import static org.schooljournal.core.roster.RosterFixture.transfer;
import static org.schooljournal.core.roster.RosterFixture.withdraw;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.AccessDeniedException;
import org.schooljournal.core.school.SchoolLog;
import org.schooljournal.core.access.Permission;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.spi.ErrorCode;

/** Who may change the roster: the administration everything, a homeroom teacher their own class's lists. */
@Tag("ROS-4")
@Tag("ACC-3")
class RosterAccessTest {

    private static final LocalDate JANUARY_12 = LocalDate.of(2026, 1, 12);

    /** The class-list commands for a student, each needing UPDATE_CLASS_LIST for the student's class. */
    static Stream<Function<String, SchoolCommand>> classListCommands() {
        return Stream.of(
                student -> new UpdateStudentData(SCHOOL, student, "Иванов", "Иван", "Ильич", BIRTH),
                student -> new RegisterGuardian(SCHOOL, "g-1", "Иванова", "Ольга", "Петровна", student),
                student -> new LinkGuardian(SCHOOL, "g-0", student),
                student -> new UnlinkGuardian(SCHOOL, "g-0", student));
    }

    /** The school with a guardian g-0 registered for both students. */
    private static SchoolState school() {
        return run(schoolWithStudents(), new RegisterGuardian(SCHOOL, "g-0", "Орлов", "Пётр", "", "s-1"),
                new LinkGuardian(SCHOOL, "g-0", "s-2"));
    }

    @ParameterizedTest
    @MethodSource("classListCommands")
    @DisplayName("ROS-4: the homeroom teacher of 5А may not change a student of 5Б: denied, naming actor, action and right")
    void homeroomTeacherOfOtherClassIsDenied(Function<String, SchoolCommand> command) {
        SchoolCommand forFiveB = command.apply("s-2");

        assertThatThrownBy(() -> SchoolLog.requireAccess(HOMEROOM_5A, forFiveB, school()))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED);
                    assertThat(e.actor()).isEqualTo(HOMEROOM_5A);
                    assertThat(e.action()).isEqualTo(forFiveB.getClass().getSimpleName());
                    assertThat(e.missing()).isEqualTo(Permission.UPDATE_CLASS_LIST);
                })
                .hasMessageStartingWith("teacher-5a may not " + forFiveB.getClass().getSimpleName()
                        + " for class 5Б in school 86-001: it needs UPDATE_CLASS_LIST");
    }

    @ParameterizedTest
    @MethodSource("classListCommands")
    @DisplayName("ROS-4: the homeroom teacher of 5А may change a student of 5А, and the head any student")
    void homeroomTeacherOfOwnClassIsAllowed(Function<String, SchoolCommand> command) {
        SchoolState state = school();

        assertThatCode(() -> run(state, HOMEROOM_5A, command.apply("s-1"))).doesNotThrowAnyException();
        assertThatCode(() -> run(state, HOMEROOM_5B, command.apply("s-2"))).doesNotThrowAnyException();
        assertThatCode(() -> run(state, HEAD, command.apply("s-2"))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("classListCommands")
    @DisplayName("ROS-4: a subject teacher may not change class lists")
    void subjectTeacherIsDenied(Function<String, SchoolCommand> command) {
        assertThatThrownBy(() -> SchoolLog.requireAccess(SUBJECT_TEACHER, command.apply("s-1"), school()))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.missing()).isEqualTo(Permission.UPDATE_CLASS_LIST));
    }

    @Test
    @DisplayName("ROS-2: a subject teacher may not enrol a student: MANAGE_ROSTER is missing")
    void subjectTeacherCannotEnrol() {
        assertThatThrownBy(() -> SchoolLog.requireAccess(SUBJECT_TEACHER, enrol("s-3", "5А", SEPTEMBER_1), school()))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                    assertThat(e.actor()).isEqualTo(SUBJECT_TEACHER);
                    assertThat(e.action()).isEqualTo("EnrolStudent");
                    assertThat(e.missing()).isEqualTo(Permission.MANAGE_ROSTER);
                })
                .hasMessage("teacher-maths may not EnrolStudent in school 86-001: it needs MANAGE_ROSTER,"
                        + " held by [HEAD, DEPUTY_HEAD] (ACC-4)");
    }

    @Test
    @DisplayName("ROS-2: a homeroom teacher may not enrol, transfer or withdraw even in their own class")
    void homeroomTeacherCannotMove() {
        SchoolState state = school();

        for (SchoolCommand command : List.of(enrol("s-3", "5А", SEPTEMBER_1), transfer("s-1", "5Б", JANUARY_12),
                withdraw("s-1", JANUARY_12, "переезд"))) {
            assertThatThrownBy(() -> SchoolLog.requireAccess(HOMEROOM_5A, command, state))
                    .as(command.toString())
                    .isInstanceOfSatisfying(AccessDeniedException.class,
                            e -> assertThat(e.missing()).isEqualTo(Permission.MANAGE_ROSTER));
        }
        assertThatCode(() -> run(state, HEAD, enrol("s-3", "5А", SEPTEMBER_1))).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("ROS-4: after a transfer the new class's homeroom teacher has the student, the old one no longer")
    void rightFollowsTransfer() {
        SchoolState state = run(school(), transfer("s-1", "5Б", JANUARY_12));
        SchoolCommand update = new UpdateStudentData(SCHOOL, "s-1", "Иванов", "Иван", "Ильич", BIRTH);

        assertThatThrownBy(() -> SchoolLog.requireAccess(HOMEROOM_5A, update, state))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("for class 5Б");
        assertThatCode(() -> SchoolLog.requireAccess(HOMEROOM_5B, update, state)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("ROS-4: a student who left is corrected by the administration only")
    void withdrawnStudentIsAdministrationOnly() {
        SchoolState state = run(school(), withdraw("s-1", JANUARY_12, "переезд"));
        SchoolCommand update = new UpdateStudentData(SCHOOL, "s-1", "Иванов", "Иван", "Ильич", BIRTH);

        assertThatThrownBy(() -> SchoolLog.requireAccess(HOMEROOM_5A, update, state))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("in school 86-001");
        assertThatCode(() -> SchoolLog.requireAccess(HEAD, update, state)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("ROS-4: a guardian or a student may not change the class list")
    void guardianAndStudentAreDenied() {
        SchoolCommand update = new UpdateStudentData(SCHOOL, "s-1", "Иванов", "Иван", "Ильич", BIRTH);

        for (Actor actor : List.of(Actor.of("g-0"), Actor.of("s-1"))) {
            assertThatThrownBy(() -> SchoolLog.requireAccess(actor, update, school()))
                    .as(actor.personId()).isInstanceOf(AccessDeniedException.class);
        }
    }
}
