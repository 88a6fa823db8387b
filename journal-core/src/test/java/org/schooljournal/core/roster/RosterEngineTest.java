package org.schooljournal.core.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.roster.RosterFixture.BIRTH;
import static org.schooljournal.core.roster.RosterFixture.HEAD;
import static org.schooljournal.core.roster.RosterFixture.HOMEROOM_5A;
import static org.schooljournal.core.roster.RosterFixture.HOMEROOM_5B;
import static org.schooljournal.core.roster.RosterFixture.NOW;
import static org.schooljournal.core.roster.RosterFixture.SCHOOL;
import static org.schooljournal.core.roster.RosterFixture.SEPTEMBER_1;
import static org.schooljournal.core.roster.RosterFixture.enrol;
import static org.schooljournal.core.roster.RosterFixture.transfer;
import static org.schooljournal.core.roster.RosterFixture.withdraw;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.AccessDeniedException;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.school.AssignRole;
import org.schooljournal.core.school.HireStaff;
import org.schooljournal.core.school.OpenClass;
import org.schooljournal.core.school.RegisterSchool;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.rules.calendar.SchoolCalendar;

/**
 * The roster through the engine, on the store it discovers (the embedded in-memory one): validated,
 * access-checked, stored, and rebuilt from the log.
 */
@Tag("ROS-1")
@Tag("ROS-2")
@Tag("ROS-3")
@Tag("ROS-4")
@Tag("ACC-7")
class RosterEngineTest {

    private static final Actor ADMIN = Actor.of("admin-1");

    private JournalEngine engine;

    @BeforeEach
    void setUp() {
        engine = JournalEngine.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        engine.execute(ADMIN, new RegisterSchool(SCHOOL, "МБОУ СОШ № 1", SchoolCalendar.YUGRA));
        engine.execute(ADMIN, new AssignRole(SCHOOL, HEAD.personId(), Role.HEAD));
        engine.execute(HEAD, new HireStaff(SCHOOL, HEAD.personId(), "Сидорова", "Анна", "Викторовна"));
        engine.execute(HEAD, new HireStaff(SCHOOL, HOMEROOM_5A.personId(), "Кузнецова", "Мария", "Петровна"));
        engine.execute(HEAD, new HireStaff(SCHOOL, HOMEROOM_5B.personId(), "Смирнов", "Игорь", "Олегович"));
        engine.execute(HEAD, new OpenClass(SCHOOL, "5А", 5, HOMEROOM_5A.personId()));
        engine.execute(HEAD, new OpenClass(SCHOOL, "5Б", 5, HOMEROOM_5B.personId()));
    }

    @AfterEach
    void tearDown() {
        engine.close();
    }

    @Test
    @DisplayName("a term of movements is stored, and the school rebuilt from the log has the same roster and lists")
    void storesAndRebuilds() {
        LocalDate january12 = LocalDate.of(2026, 1, 12);
        engine.execute(HEAD, enrol("s-1", "Жуков", "Антон", "", "5А", SEPTEMBER_1));
        engine.execute(HEAD, enrol("s-2", "Ёлкин", "Борис", "", "5А", SEPTEMBER_1));
        engine.execute(HEAD, enrol("s-3", "Егоров", "Денис", "", "5Б", SEPTEMBER_1));
        engine.execute(HOMEROOM_5A, new RegisterGuardian(SCHOOL, "g-1", "Ёлкина", "Ольга", "", "s-2"));
        engine.execute(HOMEROOM_5A, new UpdateStudentData(SCHOOL, "s-2", "Ёлкин", "Борис", "Ильич", BIRTH));
        engine.execute(HEAD, transfer("s-2", "5Б", january12));
        engine.execute(HEAD, withdraw("s-1", january12, "переезд"));

        assertThat(engine.execute(HEAD, transfer("s-2", "5Б", january12)).changed()).isFalse();
        SchoolState live = engine.host().school(SCHOOL);
        assertThat(engine.host().rebuildSchool(SCHOOL)).isEqualTo(live);
        assertThat(engine.archive().verify(SCHOOL).firstBreak()).isEmpty();
        assertThat(ClassList.of(live, "5А", january12.minusDays(1)).students()).extracting(Student::fullName)
                .containsExactly("Ёлкин Борис Ильич", "Жуков Антон");
        assertThat(ClassList.of(live, "5А", january12).entries()).isEmpty();
        assertThat(ClassList.of(live, "5Б", january12).students()).extracting(Student::fullName)
                .containsExactly("Егоров Денис", "Ёлкин Борис Ильич");
        assertThat(live.rolesOf("g-1")).containsExactly(Role.GUARDIAN);
    }

    @Test
    @DisplayName("bad input and denied access change nothing")
    void refusalsChangeNothing() {
        engine.execute(HEAD, enrol("s-1", "5А", SEPTEMBER_1));
        SchoolState before = engine.host().school(SCHOOL);

        assertThatThrownBy(() -> engine.execute(HOMEROOM_5B,
                new UpdateStudentData(SCHOOL, "s-1", "Петров", "Иван", "", BIRTH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> engine.execute(HEAD, new WithdrawStudent(SCHOOL, "s-1", SEPTEMBER_1, " ")))
                .isInstanceOf(InvalidCommandException.class);
        assertThat(engine.host().school(SCHOOL)).isEqualTo(before);
    }
}
