package org.schooljournal.core.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.validation.InvalidCommandException;

/** People's names as they enter ({@link PersonName}): normalised, and of one script (ROS-1, ROS-3). */
@Tag("ROS-3")
@DisplayName("People's names: NFC, spaces trimmed and collapsed, one script per name")
class PersonNameTest {

    private static final Object COMMAND = new Object() {
        @Override
        public String toString() {
            return "EnrolStudent";
        }
    };

    private static Consumer<InvalidCommandException> refused(String field, String rule) {
        return e -> assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.rule()).contains(rule);
        });
    }

    @Test
    @DisplayName("ROS-3: ё typed as е and U+0308 is stored as ё; no-break, figure, narrow and ideographic spaces are "
            + "trimmed and collapsed to one space")
    void normalised() {
        PersonName name = PersonName.of(COMMAND, "\u00A0Е\u0308лкина\u2007\u202F", " Анна\u3000 Мария ", "\tИвановна");

        assertThat(name).isEqualTo(new PersonName("Ёлкина", "Анна Мария", "Ивановна"));
        assertThat(name.fullName()).isEqualTo("Ёлкина Анна Мария Ивановна");
        assertThat(PersonName.of(COMMAND, "Иванов", "Пётр", "\u00A0").fullName()).isEqualTo("Иванов Пётр");
    }

    @Test
    @DisplayName("ROS-3: a Latin «a» in «Ивaнов» is refused, naming the surname and the position 3")
    void strayLatinLetter() {
        assertThatThrownBy(() -> PersonName.of(COMMAND, "Ивaнов", "Пётр", ""))
                .isInstanceOfSatisfying(InvalidCommandException.class, refused("surname",
                        "holds the Latin letter «a» (U+0061) at position 3 of a Cyrillic name"));
        assertThatThrownBy(() -> PersonName.of(COMMAND, "Иванов", "Пётр", "Сергееviч"))
                .isInstanceOfSatisfying(InvalidCommandException.class, refused("patronymic", "at position 7"));
        assertThatThrownBy(() -> PersonName.of(COMMAND, "Иванов", "Рёter", ""))
                .isInstanceOfSatisfying(InvalidCommandException.class, refused("name", "Latin letter «t»"));
    }

    @Test
    @DisplayName("ROS-3: a name wholly in Latin letters is accepted, as are hyphens, apostrophes and combining stress marks")
    void wholeScripts() {
        assertThat(PersonName.of(COMMAND, "O'Brien", "Mary-Jane", "").fullName()).isEqualTo("O'Brien Mary-Jane");
        assertThat(PersonName.of(COMMAND, "Петрова-Водкина", "Анна", "").surname()).isEqualTo("Петрова-Водкина");
        assertThat(PersonName.of(COMMAND, "Д’Артаньян", "Ша\u0301рль", "").name()).isEqualTo("Ша\u0301рль");
    }

    @Test
    @DisplayName("ROS-1: a digit, a symbol or a name that is only spaces is refused, naming the field")
    void characters() {
        assertThatThrownBy(() -> PersonName.of(COMMAND, "Иванов2", "Пётр", ""))
                .isInstanceOfSatisfying(InvalidCommandException.class, refused("surname", "«2» (U+0032) at position 7"));
        assertThatThrownBy(() -> PersonName.of(COMMAND, "-Иванов", "Пётр", ""))
                .isInstanceOfSatisfying(InvalidCommandException.class, refused("surname", "must start with a letter"));
        assertThatThrownBy(() -> PersonName.of(COMMAND, "Иванов", "\u00A0\u2007", ""))
                .isInstanceOfSatisfying(InvalidCommandException.class, refused("name", "must not be blank"));
        assertThatThrownBy(() -> PersonName.of(COMMAND, "Иванов", "Пётр", "Ильич<b>"))
                .isInstanceOfSatisfying(InvalidCommandException.class, refused("patronymic", "«<»"));
    }
}
