package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.journal.JournalSchool.ALEKSEEVA;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;

import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.validation.InvalidCommandException;

@Tag("MRK-1")
@DisplayName("RecordMark: a mark of weight 1 without a comment unless said so, checked before anything happens")
class RecordMarkTest {

    private static final LessonRef LESSON = new LessonRef(MONDAY, 1);

    @Test
    @DisplayName("of gives weight 1 and no comment; the withers give a new command with the weight or the comment")
    void factoryAndWithers() {
        RecordMark mark = RecordMark.of(ID, MATH_5A, LESSON, IVANOV, Mark.of("5"), WorkKind.ORAL);

        assertThat(mark).isEqualTo(new RecordMark(ID, MATH_5A, LESSON, IVANOV, Mark.of("5"), WorkKind.ORAL, 1,
                Optional.empty()));
        assertThat(mark.withWeight(3).withComment("у доски")).isEqualTo(new RecordMark(ID, MATH_5A, LESSON, IVANOV,
                Mark.of("5"), WorkKind.ORAL, 3, Optional.of("у доски")));
        assertThat(mark.weight()).isOne();
        assertThat(mark.journal()).isEqualTo(MATH_5A);
        assertThatThrownBy(() -> mark.withComment(null)).isInstanceOf(NullPointerException.class).hasMessage("comment");
    }

    @Test
    @DisplayName("Jakarta Validation names every missing or bad field, and nothing is appended")
    void validation() {
        JournalSchool school = JournalSchool.setUp();
        RecordMark nothing = new RecordMark("86 001", null, null, " ", null, null, 11, Optional.of(" "));

        assertThatThrownBy(() -> school.engine.execute(MATH, nothing)).isInstanceOfSatisfying(
                InvalidCommandException.class, e -> assertThat(e.violations()).extracting(
                        InvalidCommandException.Violation::field).containsExactly("comment", "journal", "lesson",
                        "mark", "schoolId", "studentId", "weight", "work"));
        assertThat(school.store.version(MATH_5A.stream(ID))).isZero();
    }

    @Test
    @DisplayName("MRK-1: a mark the journal's grading system does not allow is refused, naming the field and the value")
    void notOfTheGradingSystem() {
        JournalSchool school = JournalSchool.setUp();
        school.at(MONDAY, LocalTime.of(9, 0));

        assertThatThrownBy(() -> school.engine.execute(MATH, RecordMark.of(ID, MATH_5A, LESSON, ALEKSEEVA,
                Mark.of("зач"), WorkKind.ORAL))).isInstanceOfSatisfying(InvalidCommandException.class,
                e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("mark");
                    assertThat(v.value()).isEqualTo("зач");
                    assertThat(v.rule()).contains("FIVE_POINT").contains("MRK-1");
                }));
    }
}
