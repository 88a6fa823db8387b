package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("MRK-10")
@DisplayName("EntryRef: an entry of a journal by its number, from 1")
class EntryRefTest {

    private static final JournalKey MATH_5A = new JournalKey("5А", "math");

    @Test
    @DisplayName("an entry is named by its journal and number")
    void named() {
        assertThat(new EntryRef(MATH_5A, 1)).hasToString("5А × math #1").isEqualTo(new EntryRef(MATH_5A, 1))
                .isNotEqualTo(new EntryRef(MATH_5A, 2)).isNotEqualTo(new EntryRef(new JournalKey("5А", "rus"), 1));
    }

    @Test
    @DisplayName("a number below 1 names no entry and is refused; nothing is not a journal")
    void refused() {
        assertThatThrownBy(() -> new EntryRef(MATH_5A, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("number of an entry must be 1 or more, was 0");
        assertThatThrownBy(() -> new EntryRef(MATH_5A, -3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was -3");
        assertThatThrownBy(() -> new EntryRef(null, 1)).isInstanceOf(NullPointerException.class).hasMessage("journal");
    }
}
