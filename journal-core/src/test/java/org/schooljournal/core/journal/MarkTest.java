package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("MRK-1")
@Tag("MRK-7")
@DisplayName("Mark: a mark as written, not blank, without surrounding white space")
class MarkTest {

    @ParameterizedTest
    @ValueSource(strings = {"5", "зач", "незач", "осв", "н/а", "безотм"})
    @DisplayName("a mark is its value as written, and says it back")
    void asWritten(String written) {
        Mark mark = Mark.of(written);

        assertThat(mark.value()).isEqualTo(written);
        assertThat(mark).hasToString(written).isEqualTo(Mark.of(written)).hasSameHashCodeAs(Mark.of(written));
    }

    @Test
    @DisplayName("white space around a mark is dropped; inside it stays")
    void stripped() {
        assertThat(Mark.of(" 4\t")).isEqualTo(Mark.of("4")).hasToString("4");
        assertThat(Mark.of("\tн/а\n").value()).isEqualTo("н/а");
        assertThat(Mark.of("4 -").value()).isEqualTo("4 -");
        assertThat(Mark.of("4")).isNotEqualTo(Mark.of("5")).isNotEqualTo("4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "\u2003"})
    @DisplayName("a blank mark is refused, naming the value")
    void blank(String written) {
        assertThatThrownBy(() -> Mark.of(written)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value of a mark must not be blank, was «" + written + "»");
    }

    @Test
    @DisplayName("nothing is not a mark")
    void nothing() {
        assertThatThrownBy(() -> Mark.of(null)).isInstanceOf(NullPointerException.class).hasMessage("value");
    }
}
