package org.schooljournal.core.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.roster.RosterFixture.BIRTH;
import static org.schooljournal.core.roster.RosterFixture.SCHOOL;
import static org.schooljournal.core.roster.RosterFixture.SEPTEMBER_1;
import static org.schooljournal.core.roster.RosterFixture.decide;
import static org.schooljournal.core.roster.RosterFixture.enrol;
import static org.schooljournal.core.roster.RosterFixture.run;
import static org.schooljournal.core.roster.RosterFixture.school;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.school.HireStaff;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.school.StaffMember;
import org.schooljournal.core.validation.InvalidCommandException;

/**
 * Fault 9 of issue 12 at the roster's door: a Latin «a» inside «Ивaнов» was accepted silently, a
 * no-break space was kept, and «ё» typed as «е» + U+0308 was stored so; students', guardians' and
 * staff members' names are now normalised and checked when they enter (ROS-1, ROS-3).
 */
@Tag("ROS-3")
@Tag("ROS-1")
@DisplayName("ROS-3: names are normalised and of one script when a student, a guardian or a staff member is entered")
class NamesOnEntryTest {

    @Test
    @DisplayName("ROS-3: a student «Ивaнов» with a Latin «a» is refused naming the surname and its position; nothing is decided")
    void latinLetterInCyrillicSurname() {
        assertThatThrownBy(() -> decide(school(), enrol("s-1", "Ивaнов", "Пётр", "", "5А", SEPTEMBER_1)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> {
                            assertThat(v.field()).isEqualTo("surname");
                            assertThat(v.value()).isEqualTo("Ивaнов");
                            assertThat(v.rule()).contains("Latin letter «a»", "position 3", "Cyrillic name");
                        }));
    }

    @Test
    @DisplayName("ROS-3: a student, a guardian and a staff member are stored with NFC and one ordinary space: "
            + "«Е\u0308лкина\u00A0Анна» reads «Ёлкина Анна»")
    void storedNormalised() {
        SchoolState state = run(school(),
                enrol("s-1", "Е\u0308лкина", "\u00A0Анна\u00A0\u00A0Мария ", "", "5А", SEPTEMBER_1),
                new RegisterGuardian(SCHOOL, "g-1", " Ёлкин ", "Пётр\u202F", "Ильич", "s-1"),
                new HireStaff(SCHOOL, "t-new", "Петрова\u3000", "Мари\u0301я", "Ивановна"));

        assertThat(Roster.of(state).student("s-1")).hasValue(new Student("s-1", "Ёлкина", "Анна Мария", "", BIRTH));
        assertThat(Roster.of(state).guardian("g-1")).hasValueSatisfying(g -> assertThat(g.fullName())
                .isEqualTo("Ёлкин Пётр Ильич"));
        assertThat(state.structure().staff().get("t-new"))
                .isEqualTo(new StaffMember("t-new", "Петрова", "Мари\u0301я", "Ивановна"));
        assertThat(decide(state, enrol("s-1", "Ёлкина", "Анна Мария", "", "5А", SEPTEMBER_1)))
                .as("the same enrolment typed as stored changes nothing").isEmpty();
    }
}
