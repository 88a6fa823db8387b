package org.schooljournal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.schooljournal.core.TestSchool.ADMIN;
import static org.schooljournal.core.TestSchool.HEAD;
import static org.schooljournal.core.TestSchool.ID;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.school.AddHolidays;
import org.schooljournal.core.school.AddPublicNonWorkingDays;
import org.schooljournal.core.school.AssignRole;
import org.schooljournal.core.school.HireStaff;
import org.schooljournal.core.school.OpenClass;
import org.schooljournal.core.school.RevokeRole;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SetAcademicYear;
import org.schooljournal.core.school.SetSchoolWeek;
import org.schooljournal.rules.calendar.HolidayKind;
import org.schooljournal.rules.calendar.Holidays;
import org.schooljournal.rules.calendar.SchoolWeek;
import org.schooljournal.spi.JournalException;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.school.Schools;

/**
 * The log is the source of truth (DESIGN.md, principle 1): for random sequences of commands, the
 * state rebuilt from the log equals the engine's live state, and every refused command appends
 * nothing.
 */
class ReplayPropertiesTest {

    private static final List<String> PEOPLE = List.of("p0", "p1", "p2", "p3", "p4", "p5");
    private static final List<String> SURNAMES = List.of("Иванов", "Ёлкин", "Петрова", "Сидоренко");

    /** Commands of the school's structure and roles; some are refused by their domain rules. */
    static Gen<SchoolCommand> commands() {
        Gen<String> person = Generate.pick(PEOPLE);
        Gen<Role> role = Generate.enumValues(Role.class);
        Gen<SchoolCommand> assign = person.zip(role, (p, r) -> new AssignRole(ID, p, r));
        Gen<SchoolCommand> revoke = person.zip(role, (p, r) -> new RevokeRole(ID, p, r));
        Gen<SchoolCommand> hire = person.zip(Generate.pick(SURNAMES), (p, s) -> new HireStaff(ID, p, s, "Анна", ""));
        Gen<SchoolCommand> open = integers().between(1, 11).zip(Generate.pick(List.of("А", "Б", "В")), person,
                (grade, letter, teacher) -> new OpenClass(ID, grade + letter, grade, teacher));
        Gen<SchoolCommand> holidays = integers().between(0, 280).zip(integers().between(0, 14), (start, length) -> {
            LocalDate first = TestSchool.YEAR.firstDay().plusDays(start);
            return new AddHolidays(ID, Holidays.of(HolidayKind.AUTUMN, first, first.plusDays(length)));
        });
        Gen<SchoolCommand> publicDays = integers().between(0, 300)
                .map(day -> new AddPublicNonWorkingDays(ID, Set.of(TestSchool.YEAR.firstDay().plusDays(day))));
        Gen<SchoolCommand> week = Generate.enumValues(SchoolWeek.class).map(w -> new SetSchoolWeek(ID, w));
        return Generate.oneOf(assign, revoke, hire, open, holidays, publicDays, week);
    }

    /** Commands that break a constraint of their fields. */
    static Gen<SchoolCommand> invalidCommands() {
        return Generate.oneOf(
                Generate.constant(new AssignRole(ID, " ", Role.HEAD)),
                Generate.constant(new AssignRole("bad id", "p1", Role.HEAD)),
                Generate.constant(new HireStaff(ID, "p1", "", "Анна", "")),
                Generate.constant(new OpenClass(ID, "5a", 5, "p1")),
                Generate.constant(new OpenClass(ID, "12А", 12, "p1")),
                Generate.constant(new AddPublicNonWorkingDays(ID, Set.of())));
    }

    @Test
    @Tag("ACC-7")
    @Tag("YR-2")
    @DisplayName("rebuilding the state from the log gives the live state; refused commands append nothing")
    void replayEqualsLiveState() {
        qt().withExamples(60).forAll(lists().of(commands()).ofSizeBetween(1, 40)).checkAssert(sequence -> {
            InMemoryEventStore store = new InMemoryEventStore();
            JournalEngine engine = TestSchool.engine(store);
            TestSchool.register(engine);
            engine.execute(HEAD, new SetAcademicYear(ID, TestSchool.YEAR));
            for (SchoolCommand command : sequence) {
                Actor actor = command instanceof AssignRole || command instanceof RevokeRole ? ADMIN : HEAD;
                long before = store.version(Schools.streamOf(ID));
                try {
                    engine.execute(actor, command);
                } catch (JournalException refused) {
                    assertThat(store.version(Schools.streamOf(ID))).as("%s refused", command).isEqualTo(before);
                }
            }
            assertThat(engine.host().rebuildSchool(ID)).isEqualTo(engine.host().school(ID));
            assertThat(TestSchool.engine(store).host().school(ID)).isEqualTo(engine.host().school(ID));
            assertThat(engine.archive().verify(ID).verified()).isTrue();
        });
    }

    @Test
    @Tag("ACC-7")
    @DisplayName("a command that breaks a constraint is refused before any effect")
    void invalidCommandsAppendNothing() {
        InMemoryEventStore store = new InMemoryEventStore();
        JournalEngine engine = TestSchool.engine(store);
        TestSchool.register(engine);
        long before = store.version(Schools.streamOf(ID));
        qt().withExamples(50).forAll(invalidCommands()).checkAssert(command -> {
            assertThatThrownBy(() -> engine.execute(ADMIN, command))
                    .isInstanceOfSatisfying(JournalException.class,
                            e -> assertThat(e.code()).isEqualTo(org.schooljournal.spi.ErrorCode.VALIDATION));
            assertThat(store.version(Schools.streamOf(ID))).isEqualTo(before);
        });
    }
}
