package org.schooljournal.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schooljournal.core.programme.ProgrammeFixture.ENGLISH;
import static org.schooljournal.core.programme.ProgrammeFixture.ENGLISH_TEACHER;
import static org.schooljournal.core.programme.ProgrammeFixture.ID;
import static org.schooljournal.core.programme.ProgrammeFixture.MATH;
import static org.schooljournal.core.programme.ProgrammeFixture.MATH_TEACHER;
import static org.schooljournal.core.programme.ProgrammeFixture.SECOND_ENGLISH_TEACHER;
import static org.schooljournal.core.programme.ProgrammeFixture.assertNotFound;
import static org.schooljournal.core.programme.ProgrammeFixture.decide;
import static org.schooljournal.core.programme.ProgrammeFixture.run;
import static org.schooljournal.core.programme.ProgrammeFixture.withLists;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.school.RoleAssigned;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;

@Tag("YR-7")
@DisplayName("YR-7: the teaching load — which teacher teaches which subject to which class or group")
class AssignTeachingLoadTest {

    @Test
    @DisplayName("a teacher is given a subject in a class, and the subject teacher's role if they lack it")
    void assignsAndGivesTheRole() {
        List<SchoolEvent> events = decide(withLists(), new AssignTeachingLoad(ID, MATH_TEACHER, MATH, "5А"));

        assertThat(events).containsExactly(
                new TeachingLoadAssigned(new TeachingAssignment("5А", MATH, MATH_TEACHER)),
                new RoleAssigned(MATH_TEACHER, Role.SUBJECT_TEACHER));
        SchoolState state = run(withLists(), new AssignTeachingLoad(ID, MATH_TEACHER, MATH, "5А"));
        assertThat(Programme.of(state).teacherOf("5А", MATH)).contains(MATH_TEACHER);
        assertThat(state.rolesOf(MATH_TEACHER)).contains(Role.SUBJECT_TEACHER, Role.HOMEROOM_TEACHER);
    }

    @Test
    @DisplayName("a teacher who holds the role is not given it again; a group is taught too")
    void roleHeld() {
        SchoolState state = run(withLists(), new AssignTeachingLoad(ID, MATH_TEACHER, MATH, "5А"));
        state = run(state, new AddStudyGroup(ID, "5-поток", GroupKind.STREAM, List.of("5А", "5Б"), 5, ""));

        assertThat(decide(state, new AssignTeachingLoad(ID, MATH_TEACHER, MATH, "5-поток")))
                .containsExactly(new TeachingLoadAssigned(new TeachingAssignment("5-поток", MATH, MATH_TEACHER)));
    }

    @Test
    @DisplayName("assigning the same again changes nothing; another teacher replaces the first")
    void idempotentAndReplaced() {
        SchoolState state = run(withLists(), new AssignTeachingLoad(ID, ENGLISH_TEACHER, ENGLISH, "10А"));
        assertThat(decide(state, new AssignTeachingLoad(ID, ENGLISH_TEACHER, ENGLISH, "10А"))).isEmpty();

        state = run(state, new AssignTeachingLoad(ID, SECOND_ENGLISH_TEACHER, ENGLISH, "10А"));
        assertThat(Programme.of(state).teachingLoad())
                .containsExactly(new TeachingAssignment("10А", ENGLISH, SECOND_ENGLISH_TEACHER));
    }

    @Test
    @DisplayName("a teacher not on the staff, an unknown subject or class is NOT_FOUND")
    void unknown() {
        assertNotFound(withLists(), new AssignTeachingLoad(ID, "t-99", MATH, "5А"))
                .hasMessage("AssignTeachingLoad: teacherId t-99 is not on the staff of school 86-001");
        assertNotFound(withLists(), new AssignTeachingLoad(ID, MATH_TEACHER, "ФИЗ", "5А"))
                .hasMessageContaining("subjectCode ФИЗ is not a subject");
        assertNotFound(withLists(), new AssignTeachingLoad(ID, MATH_TEACHER, MATH, "11А"))
                .hasMessageContaining("holderCode 11А is neither a class nor a study group");
    }
}
