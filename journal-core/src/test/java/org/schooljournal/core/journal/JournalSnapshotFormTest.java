package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.journal.JournalSchool.ALEKSEEVA;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;
import static org.schooljournal.core.journal.JournalSchool.RUSSIAN_5A;
import static org.schooljournal.core.journal.JournalSchool.YOLKIN;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A journal's stored snapshot: its own components as JSON, read back equal, index rebuilt")
class JournalSnapshotFormTest {

    private final JournalSnapshotForm form = new JournalSnapshotForm();

    private static JournalState journal() {
        JournalSchool school = JournalSchool.setUp();
        school.at(MONDAY, LocalTime.of(8, 35));
        school.engine.execute(MATH, JournalSchool.mark(MONDAY, 1, IVANOV, "5", WorkKind.ORAL));
        school.engine.execute(MATH, JournalSchool.absence(MONDAY, 1, YOLKIN, AbsenceCode.UNEXCUSED));
        school.engine.execute(MATH, new MakeRemark(ID, MATH_5A, ALEKSEEVA, "Забыла тетрадь", Copies.NONE));
        school.engine.execute(MATH, CorrectEntry.mark(ID, new EntryRef(MATH_5A, 1), Mark.of("4"), "ошибка при вводе"));
        return school.engine.host().journal(ID, MATH_5A);
    }

    @Test
    @DisplayName("a state written and read back equals the state, its derived index included; the bytes hold no index and no date as text")
    void roundTrip() {
        JournalState state = journal();

        byte[] bytes = form.write(state);

        assertThat(form.read(bytes, JournalState.empty(MATH_5A))).isEqualTo(state);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"entries\"").doesNotContain("\"index\"")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        assertThat(form.format()).isEqualTo(3);
    }

    @Test
    @DisplayName("bytes of another journal, or no journal at all, are refused")
    void refusesOthers() {
        byte[] bytes = form.write(journal());

        assertThatThrownBy(() -> form.read(bytes, JournalState.empty(RUSSIAN_5A)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not " + RUSSIAN_5A);
        assertThatThrownBy(() -> form.read("{}".getBytes(StandardCharsets.UTF_8), JournalState.empty(MATH_5A)))
                .isInstanceOf(RuntimeException.class);
    }
}
