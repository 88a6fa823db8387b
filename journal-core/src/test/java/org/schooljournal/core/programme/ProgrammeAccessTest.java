package org.schooljournal.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.programme.ProgrammeFixture.ENGLISH_TEACHER;
import static org.schooljournal.core.programme.ProgrammeFixture.ID;
import static org.schooljournal.core.programme.ProgrammeFixture.MATH;
import static org.schooljournal.core.programme.ProgrammeFixture.MATH_TEACHER;
import static org.schooljournal.core.programme.ProgrammeFixture.SCHOOL_DAY;
import static org.schooljournal.core.programme.ProgrammeFixture.apply;
import static org.schooljournal.core.programme.ProgrammeFixture.hours;
import static org.schooljournal.core.programme.ProgrammeFixture.lesson;
import static org.schooljournal.core.programme.ProgrammeFixture.withLists;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.AccessDeniedException;
import org.schooljournal.core.school.SchoolLog;
import org.schooljournal.core.access.Permission;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.school.RoleAssigned;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolState;

@Tag("ACC-4")
@DisplayName("ACC-4: only the administration sets up the programme of the year")
class ProgrammeAccessTest {

    private static List<SchoolCommand> everyCommand() {
        return List.of(
                new AddSubject(ID, "ФИЗ", "Физика", SubjectComponent.FEDERAL),
                new AddRoom(ID, "214", "Кабинет физики"),
                new AddStudyGroup(ID, "5А-1", GroupKind.HALF_CLASS, List.of("5А"), 5, ""),
                new SetCurriculumHours(ID, "5А", CurriculumProfile.UNIVERSAL, hours(MATH, "5")),
                new AssignTeachingLoad(ID, MATH_TEACHER, MATH, "5А"),
                new SetThematicPlan(ID, "5А", MATH, List.of(new PlannedTopic("Дроби", 20))),
                lesson("5А", DayOfWeek.MONDAY, 1, MATH, MATH_TEACHER, "101"),
                new RemoveTimetableEntry(ID, "5А", DayOfWeek.MONDAY, 1),
                new ScheduleControlWork(ID, "5А", MATH, SCHOOL_DAY, "тест"));
    }

    @Test
    @DisplayName("every programme command needs the right to set up the year")
    void permission() {
        assertThat(everyCommand()).allSatisfy(command ->
                assertThat(SchoolLog.permissionOf(command)).contains(Permission.SET_UP_YEAR));
    }

    @Test
    @DisplayName("a deputy head may; a homeroom or subject teacher may not, even for their own class")
    void roles() {
        SchoolState state = apply(withLists(),
                new RoleAssigned("deputy", Role.DEPUTY_HEAD),
                new RoleAssigned(MATH_TEACHER, Role.SUBJECT_TEACHER),
                new RoleAssigned(ENGLISH_TEACHER, Role.SUBJECT_TEACHER));
        for (SchoolCommand command : everyCommand()) {
            assertThatCode(() -> SchoolLog.requireAccess(Actor.of("deputy"), command, state)).doesNotThrowAnyException();
            assertThatThrownBy(() -> SchoolLog.requireAccess(Actor.of(MATH_TEACHER), command, state))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("it needs SET_UP_YEAR");
        }
    }
}
