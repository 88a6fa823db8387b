package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.journal.JournalSchool.ALEKSEEVA;
import static org.schooljournal.core.journal.JournalSchool.DEPUTY;
import static org.schooljournal.core.journal.JournalSchool.FRIDAY;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;
import static org.schooljournal.core.journal.JournalSchool.SUBSTITUTE;
import static org.schooljournal.core.journal.JournalSchool.absence;
import static org.schooljournal.core.journal.JournalSchool.mark;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Recorded: the entry a command made, which a correction then names")
class RecordedTest {

    private final JournalSchool school = JournalSchool.setUp();

    @Test
    @Tag("MRK-10")
    @Tag("ACC-7")
    @DisplayName("MRK-10: a mark's receipt names its entry; the correction of that entry keeps both values in its history")
    void receiptFeedsACorrection() {
        school.at(MONDAY, LocalTime.of(9, 0));
        school.engine.execute(MATH, absence(MONDAY, 1, ALEKSEEVA, AbsenceCode.ILLNESS));
        Recorded recorded = school.engine.execute(MATH, mark(MONDAY, 1, IVANOV, "5", WorkKind.ORAL));

        EntryRef mark = recorded.entry();
        assertThat(mark).isEqualTo(new EntryRef(MATH_5A, 2));
        assertThat(recorded.changed()).isTrue();

        school.at(MONDAY, LocalTime.of(9, 30));
        Recorded correction = school.engine.execute(MATH, CorrectEntry.mark(ID, mark, Mark.of("4"),
                "ошибка при вводе"));

        JournalEntry history = school.engine.journals().read(MATH, ID, mark.journal()).entry(mark.number());
        assertThat(history.studentId()).contains(IVANOV);
        assertThat(history.revisions()).extracting(Revision::value).containsExactly("5", "4");
        assertThat(history.current().reason()).contains("ошибка при вводе");
        assertThat(history.current().author()).isEqualTo(MATH.personId());
        assertThat(correction.changed()).isTrue();
        assertThat(correction.entries()).isEmpty();
    }

    @Test
    @Tag("ACC-7")
    @DisplayName("a receipt that made no entry — a correction, a substitution, a correction that changes nothing — refuses to name one")
    void noEntry() {
        school.at(MONDAY, LocalTime.of(9, 0));
        EntryRef mark = school.engine.execute(MATH, mark(MONDAY, 1, IVANOV, "5", WorkKind.ORAL)).entry();
        Recorded correction = school.engine.execute(MATH, CorrectEntry.mark(ID, mark, Mark.of("4"), "описка"));
        Recorded unchanged = school.engine.execute(MATH, CorrectEntry.mark(ID, mark, Mark.of("4"), "описка"));
        Recorded substitution = school.engine.execute(DEPUTY, new RecordSubstitution(ID, MATH_5A,
                new LessonRef(FRIDAY, 1), SUBSTITUTE.personId()));

        assertThat(unchanged.changed()).isFalse();
        assertThat(unchanged.appended()).isEmpty();
        for (Recorded receipt : List.of(correction, unchanged, substitution)) {
            assertThat(receipt.entries()).isEmpty();
            assertThatThrownBy(receipt::entry).isInstanceOf(IllegalStateException.class)
                    .hasMessage("the command made 0 entries in journal 5А × math, not one: []");
        }
    }

    @Test
    @Tag("ACC-7")
    @DisplayName("a receipt of several entries names none of them")
    void severalEntries() {
        Recorded several = new Recorded(ID, MATH_5A, List.of(3, 4), List.of());

        assertThatThrownBy(several::entry).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("made 2 entries").hasMessageContaining("[3, 4]");
    }
}
