package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;
import static org.schooljournal.core.journal.JournalSchool.absence;

import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.validation.InvalidCommandException;

@Tag("MRK-10")
@DisplayName("CorrectEntry: the factories say what the new value is; the entry's kind decides whether it fits")
class CorrectEntryTest {

    private static final EntryRef ENTRY = new EntryRef(MATH_5A, 7);

    @Test
    @DisplayName("a mark, an absence code, a text or a removal becomes the value as the journal shows it")
    void factories() {
        assertThat(CorrectEntry.mark(ID, ENTRY, Mark.of(" 4 "), "описка"))
                .isEqualTo(new CorrectEntry(ID, ENTRY, "4", "описка"));
        assertThat(CorrectEntry.absence(ID, ENTRY, AbsenceCode.ILLNESS, "справка"))
                .isEqualTo(new CorrectEntry(ID, ENTRY, "б", "справка"));
        assertThat(CorrectEntry.text(ID, ENTRY, "Обыкновенные дроби", "опечатка"))
                .isEqualTo(new CorrectEntry(ID, ENTRY, "Обыкновенные дроби", "опечатка"));
        assertThat(CorrectEntry.removal(ID, ENTRY, "не тот ученик"))
                .isEqualTo(new CorrectEntry(ID, ENTRY, "", "не тот ученик"));
        assertThat(CorrectEntry.removal(ID, ENTRY, "не тот ученик").journal()).isEqualTo(MATH_5A);
    }

    @Test
    @DisplayName("a blank text is no text (a removal says so), and nothing is not a mark or a code")
    void refused() {
        assertThatThrownBy(() -> CorrectEntry.text(ID, ENTRY, " ", "опечатка"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CorrectEntry.removal");
        assertThatThrownBy(() -> CorrectEntry.mark(ID, ENTRY, null, "описка"))
                .isInstanceOf(NullPointerException.class).hasMessage("mark");
        assertThatThrownBy(() -> CorrectEntry.absence(ID, ENTRY, null, "справка"))
                .isInstanceOf(NullPointerException.class).hasMessage("code");
    }

    @Test
    @DisplayName("Jakarta Validation names a missing entry and a blank reason before the journal is asked for")
    void validation() {
        JournalSchool school = JournalSchool.setUp();

        assertThatThrownBy(() -> school.engine.execute(MATH, new CorrectEntry(ID, null, "4", " ")))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(InvalidCommandException.Violation::field).containsExactly("entry", "reason"));
    }

    @Test
    @Tag("ATT-1")
    @DisplayName("a mark does not fit an absence: the entry's kind decides, naming the value")
    void kindOfTheEntry() {
        JournalSchool school = JournalSchool.setUp();
        school.at(MONDAY, LocalTime.of(8, 35));
        EntryRef absent = school.engine.execute(MATH, absence(MONDAY, 1, IVANOV, AbsenceCode.UNEXCUSED)).entry();

        assertThatThrownBy(() -> school.engine.execute(MATH, CorrectEntry.mark(ID, absent, Mark.of("5"), "ошибка")))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("value");
                            assertThat(v.rule()).contains("«н», «б» or «ну»");
                        }));
        school.engine.execute(MATH, CorrectEntry.absence(ID, absent, AbsenceCode.EXCUSED, "заявление родителей"));
        assertThat(school.engine.journals().read(MATH, ID, MATH_5A).entry(absent.number()).current().value())
                .isEqualTo("ну");
    }
}
