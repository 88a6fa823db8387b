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

    @Test
    @DisplayName("ROS-1: new data keeps a person's place in the order enrolled or registered; a link made again goes last")
    void keepsOrder() {
        Student second = new Student("s-2", "Петров", "Пётр", "", LocalDate.of(2014, 2, 2));
        Guardian father = new Guardian("g-2", "Петров", "Олег", "");
        Roster roster = Roster.empty().withStudent(PUPIL).withStudent(second).withGuardian(MOTHER).withGuardian(father)
                .withGuardianship(new Guardianship("g-1", "s-1")).withGuardianship(new Guardianship("g-2", "s-2"));
        Student renamed = new Student("s-1", "Иванов", "Иван", "Петрович", LocalDate.of(2014, 1, 1));

        Roster changed = roster.withStudent(renamed).withGuardian(new Guardian("g-1", "Иванова", "Ольга", "Ивановна"))
                .withoutGuardianship(new Guardianship("g-1", "s-1")).withGuardianship(new Guardianship("g-1", "s-1"));

        assertThat(changed.students().keySet()).containsExactly("s-1", "s-2");
        assertThat(changed.student("s-1")).contains(renamed);
        assertThat(changed.guardians().keySet()).containsExactly("g-1", "g-2");
        assertThat(changed.guardianships()).containsExactly(new Guardianship("g-2", "s-2"), new Guardianship("g-1", "s-1"));
    }

    @Test
    @DisplayName("ROS-1: a link removed is no longer represented, and a roster built whole equals one built event by event")
    void linksAndEquality() {
        Guardianship link = new Guardianship("g-1", "s-1");
        Roster linked = Roster.empty().withStudent(PUPIL).withMovement("s-1", Movement.enrolment("5А", SEPTEMBER_1))
                .withGuardian(MOTHER).withGuardianship(link);
        Roster whole = new Roster(Map.of("s-1", PUPIL), Map.of("s-1", linked.historyOf("s-1")), Map.of("g-1", MOTHER),
                Set.of(link));

        assertThat(linked.represents("g-1", "s-1")).isTrue();
        assertThat(linked.withoutGuardianship(link).represents("g-1", "s-1")).isFalse();
        assertThat(whole.represents("g-1", "s-1")).isTrue();
        assertThat(whole).isEqualTo(linked).hasSameHashCodeAs(linked);
        assertThat(linked.withoutGuardianship(link)).isNotEqualTo(linked);
    }
}
