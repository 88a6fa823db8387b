package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.journal.JournalSchool.DEPUTY;
import static org.schooljournal.core.journal.JournalSchool.FIRST_QUARTER;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;
import static org.schooljournal.core.journal.JournalSchool.RUSSIAN;
import static org.schooljournal.core.journal.JournalSchool.WEDNESDAY;
import static org.schooljournal.core.journal.JournalSchool.YOLKIN;
import static org.schooljournal.core.journal.JournalSchool.absence;
import static org.schooljournal.core.journal.JournalSchool.mark;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.AccessDeniedException;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.NotFoundException;

/**
 * Refusals and values of the mathematics journal of {@link JournalSchool} that each name what was
 * wrong: whose lesson it is, which entry, which marks a grading system allows.
 */
class JournalRulesTest {

    private final JournalSchool school = JournalSchool.setUp();

    private Journal journal() {
        return school.engine.journals().read(DEPUTY, ID, MATH_5A);
    }

    @Test
    @Tag("ACC-2")
    @Tag("LES-5")
    @DisplayName("ACC-2, LES-5: a teacher who does not teach the journal is refused naming its teacher and the lesson's substitute, or that it has none")
    void refusalNamesTheLessonsSubstitute() {
        school.at(MONDAY, LocalTime.of(8, 40));

        assertThatThrownBy(() -> school.engine.execute(RUSSIAN, mark(MONDAY, 1, IVANOV, "5", WorkKind.ORAL)))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.requirement()).isEqualTo("LES-5"))
                .hasMessageContaining("its teacher is t-math, and 2026-10-12 #1 has no substitute");
        school.engine.execute(DEPUTY, new RecordSubstitution(ID, MATH_5A, new LessonRef(MONDAY, 1),
                JournalSchool.SUBSTITUTE.personId()));
        assertThatThrownBy(() -> school.engine.execute(RUSSIAN, mark(MONDAY, 1, IVANOV, "5", WorkKind.ORAL)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("its teacher is t-math, and 2026-10-12 #1 has the substitute t-sub");
    }

    @Test
    @Tag("MRK-10")
    @DisplayName("MRK-10: excluding from the average an unknown entry, a removed mark or an absence is refused naming the entry and why")
    void exclusionRefusals() {
        school.at(MONDAY, LocalTime.of(8, 40));
        school.engine.execute(MATH, mark(MONDAY, 1, IVANOV, "5", WorkKind.ORAL));
        school.engine.execute(MATH, CorrectEntry.removal(ID, new EntryRef(MATH_5A, 1), "не тот ученик"));
        school.engine.execute(MATH, absence(MONDAY, 1, YOLKIN, AbsenceCode.UNEXCUSED));
        long before = school.store.version(MATH_5A.stream(ID));

        assertThatThrownBy(() -> school.engine.execute(MATH, new ExcludeMarkFromAverage(ID, new EntryRef(MATH_5A, 9),
                "болел"))).isInstanceOf(NotFoundException.class).hasMessageContaining("is not an entry of journal");
        assertThatThrownBy(() -> school.engine.execute(MATH, new ExcludeMarkFromAverage(ID, new EntryRef(MATH_5A, 1),
                "болел"))).isInstanceOf(InvalidCommandException.class).hasMessageContaining("is no current mark, but MARK (removed)");
        assertThatThrownBy(() -> school.engine.execute(MATH, new ExcludeMarkFromAverage(ID, new EntryRef(MATH_5A, 2),
                "болел"))).isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("is no current mark, but ATTENDANCE").hasMessageNotContaining("(removed)");
        assertThat(school.store.version(MATH_5A.stream(ID))).isEqualTo(before);
    }

    @Test
    @Tag("LES-5")
    @DisplayName("LES-5: a lesson that has entries is not moved; another lesson of the same journal is")
    void onlyALessonWithoutEntriesIsMoved() {
        school.at(MONDAY, LocalTime.of(8, 40));
        school.engine.execute(MATH, mark(MONDAY, 1, IVANOV, "5", WorkKind.ORAL));

        assertThatThrownBy(() -> school.engine.execute(DEPUTY, new RescheduleLesson(ID, MATH_5A, new LessonRef(MONDAY, 1),
                new LessonRef(MONDAY.plusDays(1), 1), "экскурсия")))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("already has entries");
        school.engine.execute(DEPUTY, new RescheduleLesson(ID, MATH_5A, new LessonRef(WEDNESDAY, 2),
                new LessonRef(MONDAY.plusDays(1), 1), "экскурсия"));
        assertThat(school.engine.host().journal(ID, MATH_5A).reschedules())
                .containsEntry(new LessonRef(WEDNESDAY, 2), new LessonRef(MONDAY.plusDays(1), 1));
    }

    @Test
    @Tag("MRK-7")
    @DisplayName("MRK-1, MRK-7: a period mark the grading system does not allow is refused naming the system's marks")
    void periodMarkNamesTheSystemsMarks() {
        school.at(LocalDate.of(2026, 10, 23), LocalTime.of(12, 0));

        assertThat(GradingSystem.FIVE_POINT.marks()).containsExactly("1", "2", "3", "4", "5");
        assertThatThrownBy(() -> school.engine.execute(MATH, new SetPeriodMark(ID, MATH_5A, FIRST_QUARTER, IVANOV,
                Mark.of("зач")))).isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("FIVE_POINT [1, 2, 3, 4, 5]");
    }

    @Test
    @Tag("LES-1")
    @DisplayName("LES-1, YR-9: slot 0 (a lesson before the first) is a lesson; a negative slot is refused naming it")
    void slotZero() {
        assertThat(new LessonRef(MONDAY, 0)).hasToString("2026-10-12 #0");
        assertThatThrownBy(() -> new LessonRef(MONDAY, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("slot must not be negative, was -1");
    }

    @Test
    @Tag("PD-4")
    @DisplayName("PD-4, MRK-10: with no compromise reported no entry is invalidated; an unknown entry is not found")
    void noCompromiseNoInvalidEntries() {
        school.at(MONDAY, LocalTime.of(8, 40));
        school.engine.execute(MATH, mark(MONDAY, 1, IVANOV, "5", WorkKind.ORAL));
        school.engine.execute(MATH, CorrectEntry.mark(ID, new EntryRef(MATH_5A, 1), Mark.of("4"), "пересмотр"));

        assertThat(journal().invalidated()).isEmpty();
        assertThat(journal().entry(1).invalidated()).isFalse();
        assertThatThrownBy(() -> journal().entry(7)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("is not an entry of journal");
    }
}
