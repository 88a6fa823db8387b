package org.schooljournal.core.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.school.ClassOpened;
import org.schooljournal.core.school.CommandContext;
import org.schooljournal.core.school.RoleAssigned;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolLog;
import org.schooljournal.core.school.SchoolRegistered;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.school.StaffHired;
import org.schooljournal.core.school.StaffMember;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.rules.ruleset.RuleSets;

/**
 * A registered school for the roster's tests, built by applying events: a head, a subject teacher,
 * and classes 5А, 5Б and 6А with their homeroom teachers. Commands are run as the engine runs
 * them — validated, access-checked, decided, applied — without a store.
 */
final class RosterFixture {

    static final String SCHOOL = "86-001";
    static final Actor HEAD = Actor.of("head-1");
    static final Actor HOMEROOM_5A = Actor.of("teacher-5a");
    static final Actor HOMEROOM_5B = Actor.of("teacher-5b");
    static final Actor HOMEROOM_6A = Actor.of("teacher-6a");
    static final Actor SUBJECT_TEACHER = Actor.of("teacher-maths");
    static final LocalDate SEPTEMBER_1 = LocalDate.of(2025, 9, 1);
    static final LocalDate BIRTH = LocalDate.of(2014, 5, 17);
    static final Instant NOW = Instant.parse("2025-09-01T04:00:00Z");

    private RosterFixture() {
    }

    /** Returns the registered school with its staff and classes, and no students. */
    static SchoolState school() {
        SchoolState state = SchoolLog.apply(SchoolState.empty(SCHOOL),
                new SchoolRegistered("МБОУ СОШ № 1", SchoolCalendar.YUGRA));
        return apply(state, List.of(
                new StaffHired(new StaffMember(HEAD.personId(), "Сидорова", "Анна", "Викторовна")),
                new RoleAssigned(HEAD.personId(), Role.HEAD),
                new StaffHired(new StaffMember(SUBJECT_TEACHER.personId(), "Петров", "Олег", "Ильич")),
                new RoleAssigned(SUBJECT_TEACHER.personId(), Role.SUBJECT_TEACHER),
                new StaffHired(new StaffMember(HOMEROOM_5A.personId(), "Кузнецова", "Мария", "Петровна")),
                new ClassOpened("5А", 5, HOMEROOM_5A.personId()),
                new RoleAssigned(HOMEROOM_5A.personId(), Role.HOMEROOM_TEACHER),
                new StaffHired(new StaffMember(HOMEROOM_5B.personId(), "Смирнов", "Игорь", "Олегович")),
                new ClassOpened("5Б", 5, HOMEROOM_5B.personId()),
                new RoleAssigned(HOMEROOM_5B.personId(), Role.HOMEROOM_TEACHER),
                new StaffHired(new StaffMember(HOMEROOM_6A.personId(), "Волкова", "Елена", "Сергеевна")),
                new ClassOpened("6А", 6, HOMEROOM_6A.personId()),
                new RoleAssigned(HOMEROOM_6A.personId(), Role.HOMEROOM_TEACHER)));
    }

    /** Returns the context of a command executed by the actor. */
    static CommandContext context(Actor actor) {
        return new CommandContext(actor, NOW, RuleSets.yugra2020());
    }

    /** Returns the command's events, decided by the head on the state. */
    static List<SchoolEvent> decide(SchoolState state, SchoolCommand command) {
        return SchoolLog.decide(state, command, context(HEAD));
    }

    /** Returns the state with the events applied in order. */
    static SchoolState apply(SchoolState state, List<? extends SchoolEvent> events) {
        return SchoolLog.apply(state, events);
    }

    /** Runs the command as the engine does, without a store, and returns the new state. */
    static SchoolState run(SchoolState state, Actor actor, SchoolCommand command) {
        return apply(state, SchoolLog.decide(state, command, context(actor)));
    }

    /** Runs the commands as the head. */
    static SchoolState run(SchoolState state, SchoolCommand... commands) {
        SchoolState result = state;
        for (SchoolCommand command : commands) {
            result = run(result, HEAD, command);
        }
        return result;
    }

    /** Returns an enrolment of a student born on {@link #BIRTH}. */
    static EnrolStudent enrol(String studentId, String surname, String name, String patronymic, String classCode,
            LocalDate date) {
        return new EnrolStudent(SCHOOL, studentId, surname, name, patronymic, BIRTH, classCode, date);
    }

    /** Returns an enrolment of Иванов Иван Иванович. */
    static EnrolStudent enrol(String studentId, String classCode, LocalDate date) {
        return enrol(studentId, "Иванов", "Иван", "Иванович", classCode, date);
    }

    static TransferStudent transfer(String studentId, String toClass, LocalDate date) {
        return new TransferStudent(SCHOOL, studentId, toClass, date);
    }

    static WithdrawStudent withdraw(String studentId, LocalDate date, String reason) {
        return new WithdrawStudent(SCHOOL, studentId, date, reason);
    }

    /** Returns the school with student s-1 (Иванов Иван Иванович) in 5А and s-2 (Орлова Анна) in 5Б. */
    static SchoolState schoolWithStudents() {
        return run(school(),
                enrol("s-1", "5А", SEPTEMBER_1),
                enrol("s-2", "Орлова", "Анна", "Сергеевна", "5Б", SEPTEMBER_1));
    }
}
