package org.schooljournal.core.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("ROS-1")
@Tag("ROS-2")
class RosterTest {

    private static final LocalDate SEPTEMBER_1 = LocalDate.of(2025, 9, 1);
    private static final Student PUPIL = new Student("s-1", "Иванов", "Иван", "", LocalDate.of(2014, 1, 1));
    private static final Guardian MOTHER = new Guardian("g-1", "Иванова", "Ольга", "");

    @Test
    @DisplayName("ROS-1: the with… methods return new rosters and leave the old ones as they were")
    void immutable() {
        Roster empty = Roster.empty();
        Roster one = empty.withStudent(PUPIL).withMovement("s-1", Movement.enrolment("5А", SEPTEMBER_1))
                .withGuardian(MOTHER).withGuardianship(new Guardianship("g-1", "s-1"));

        assertThat(empty).isEqualTo(Roster.empty());
        assertThat(one.studentsIn("5А", SEPTEMBER_1)).containsExactly(PUPIL);
        assertThat(one.guardiansOf("s-1")).containsExactly(MOTHER);
        assertThat(one.withoutGuardianship(new Guardianship("g-1", "s-1")).guardiansOf("s-1")).isEmpty();
        assertThat(one.guardiansOf("s-1")).containsExactly(MOTHER);
        assertThatThrownBy(() -> one.students().put("s-2", PUPIL)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("ROS-1: a history or a link naming an unknown person is refused")
    void refusesUnknownPeople() {
        assertThatThrownBy(() -> Roster.empty().withMovement("s-1", Movement.enrolment("5А", SEPTEMBER_1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("student s-1 is not in the roster");
        assertThatThrownBy(() -> Roster.empty().withStudent(PUPIL).withGuardianship(new Guardianship("g-1", "s-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("guardian g-1 is not in the roster");
        assertThatThrownBy(() -> new Roster(Map.of(), Map.of(), Map.of("g-1", MOTHER), Set.of(new Guardianship("g-1", "s-1"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("ROS-1: a student, a guardian and a link check their parts")
    void valuesCheckParts() {
        assertThatThrownBy(() -> new Student("s-1", " ", "Иван", "", SEPTEMBER_1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Student("s-1", "Иванов", "Иван", "", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("birthDate");
        assertThatThrownBy(() -> new Guardian("", "Иванова", "Ольга", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Guardianship("s-1", "s-1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a student cannot be their own guardian: s-1");
        assertThat(new Student("s-1", "Иванов", "Иван", "", SEPTEMBER_1).fullName()).isEqualTo("Иванов Иван");
    }

    @Test
    @DisplayName("ROS-2: an unknown student has an empty history and no class")
    void unknownStudent() {
        assertThat(Roster.empty().historyOf("s-9").movements()).isEmpty();
        assertThat(Roster.empty().classOf("s-9", SEPTEMBER_1)).isEmpty();
        assertThat(Roster.empty().student("s-9")).isEmpty();
    }
}
