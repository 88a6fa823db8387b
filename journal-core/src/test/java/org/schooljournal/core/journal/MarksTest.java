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
import static org.schooljournal.core.journal.JournalSchool.WEDNESDAY;
import static org.schooljournal.core.journal.JournalSchool.YOLKIN;
import static org.schooljournal.core.journal.JournalSchool.absence;
import static org.schooljournal.core.journal.JournalSchool.mark;

import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.rules.Timeliness;
import org.schooljournal.rules.ruleset.RuleId;

@DisplayName("Marks: grading systems, work kinds and their deadlines, make-ups")
class MarksTest {

    private final JournalSchool school = JournalSchool.setUp();

    private EntryTiming timingOf(int entry) {
        return school.engine.journals().read(MATH, ID, MATH_5A).entry(entry).original().timing().orElseThrow();
    }

    @Test
    @Tag("MRK-1")
    @DisplayName("MRK-1: a mark belongs to a lesson and a work kind with a weight; the grading system decides which marks exist")
    void gradingSystems() {
        school.at(MONDAY, LocalTime.of(9, 0));
        school.engine.execute(MATH, RecordMark.of(ID, MATH_5A, new LessonRef(MONDAY, 1), IVANOV, Mark.of("5"),
                WorkKind.ORAL).withWeight(2).withComment("у доски"));

        JournalEntry mark = school.engine.journals().read(MATH, ID, MATH_5A).entry(1);
        assertThat(mark.lesson()).contains(new LessonRef(MONDAY, 1));
        assertThat(mark.details()).containsEntry("work", "ORAL").containsEntry("weight", "2")
                .containsEntry("comment", "у доски");
        assertThat(mark.original().recordedAt()).isEqualTo(school.clock.instant());

        assertThatThrownBy(() -> school.engine.execute(MATH, mark(MONDAY, 1, ALEKSEEVA, "зач", WorkKind.ORAL)))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("FIVE_POINT");
        assertThatThrownBy(() -> school.engine.execute(DEPUTY, new SetGradingSystem(ID, MATH_5A,
                GradingSystem.PASS_FAIL))).isInstanceOf(InvalidCommandException.class).hasMessageContaining("entry 1");

        school.engine.execute(MATH, CorrectEntry.removal(ID, new EntryRef(MATH_5A, 1), "ошибочно выставлена"));
        school.engine.execute(DEPUTY, new SetGradingSystem(ID, MATH_5A, GradingSystem.PASS_FAIL));
        school.engine.execute(MATH, mark(MONDAY, 1, ALEKSEEVA, "зач", WorkKind.ORAL));
        assertThatThrownBy(() -> school.engine.execute(MATH, mark(MONDAY, 1, YOLKIN, "5", WorkKind.ORAL)))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("PASS_FAIL");
    }

    @Test
    @Tag("MRK-2")
    @DisplayName("MRK-2: a lesson's marks are on time until 24:00 of the lesson's day, late after it")
    void schoolDay() {
        school.at(MONDAY, LocalTime.of(23, 59, 59));
        school.engine.execute(MATH, mark(MONDAY, 1, IVANOV, "4", WorkKind.CLASSWORK));
        school.at(MONDAY.plusDays(1), LocalTime.of(0, 0, 1));
        school.engine.execute(MATH, mark(MONDAY, 1, ALEKSEEVA, "3", WorkKind.CLASSWORK));

        assertThat(timingOf(1).rule()).isEqualTo(RuleId.MRK_2);
        assertThat(timingOf(1).verdict()).isEqualTo(Timeliness.ON_TIME);
        assertThat(timingOf(2).verdict()).isEqualTo(Timeliness.LATE);
        assertThat(timingOf(2).lateBy()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    @Tag("MRK-3")
    @Tag("MRK-5")
    @DisplayName("MRK-3, MRK-5: control-work marks sit on the work's lesson; on day 3 on time, on day 4 late")
    void controlWork() {
        school.at(WEDNESDAY.plusDays(3), LocalTime.of(18, 0));
        school.engine.execute(MATH, mark(WEDNESDAY, 2, IVANOV, "5", WorkKind.CONTROL_WORK));
        school.at(WEDNESDAY.plusDays(4), LocalTime.of(8, 0));
        school.engine.execute(MATH, mark(WEDNESDAY, 2, ALEKSEEVA, "4", WorkKind.CONTROL_WORK));

        assertThat(timingOf(1).rule()).isEqualTo(RuleId.MRK_3);
        assertThat(timingOf(1).verdict()).isEqualTo(Timeliness.ON_TIME);
        assertThat(timingOf(2).verdict()).isEqualTo(Timeliness.LATE);
        assertThat(school.engine.journals().read(MATH, ID, MATH_5A).entry(2).lesson()).contains(new LessonRef(WEDNESDAY, 2));
    }

    @Test
    @Tag("MRK-3")
    @DisplayName("a control work not in the control-work schedule is refused")
    void controlWorkMustBeScheduled() {
        school.at(FRIDAY, LocalTime.of(9, 0));
        assertThatThrownBy(() -> school.engine.execute(MATH, mark(FRIDAY, 1, IVANOV, "5", WorkKind.CONTROL_WORK)))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("control-work schedule");
    }

    @Test
    @Tag("MRK-4")
    @Tag("MRK-5")
    @DisplayName("MRK-4, MRK-5: written-work marks sit on the work's date; on day 7 on time, on day 8 late")
    void writtenWork() {
        school.at(MONDAY.plusDays(7), LocalTime.of(20, 0));
        school.engine.execute(MATH, mark(MONDAY, 1, IVANOV, "4", WorkKind.WRITTEN_WORK));
        school.at(MONDAY.plusDays(8), LocalTime.of(7, 0));
        school.engine.execute(MATH, mark(MONDAY, 1, YOLKIN, "3", WorkKind.WRITTEN_WORK));

        assertThat(timingOf(1).rule()).isEqualTo(RuleId.MRK_4);
        assertThat(timingOf(1).verdict()).isEqualTo(Timeliness.ON_TIME);
        assertThat(timingOf(2).verdict()).isEqualTo(Timeliness.LATE);
    }

    @Test
    @Tag("MRK-6")
    @DisplayName("MRK-6: a make-up mark of a student absent for illness keeps the absence visible; after «н» it is refused")
    void makeUp() {
        school.at(MONDAY, LocalTime.of(8, 35));
        school.engine.execute(MATH, absence(MONDAY, 1, IVANOV, AbsenceCode.ILLNESS));
        school.engine.execute(MATH, absence(MONDAY, 1, ALEKSEEVA, AbsenceCode.UNEXCUSED));
        school.at(FRIDAY, LocalTime.of(9, 0));

        school.engine.execute(MATH, mark(MONDAY, 1, IVANOV, "4", WorkKind.ORAL));

        Journal journal = school.engine.journals().read(MATH, ID, MATH_5A);
        JournalEntry makeUp = journal.entry(3);
        assertThat(makeUp.detail("makeUp")).contains("б");
        assertThat(makeUp.original().timing()).isEmpty();
        assertThat(journal.page(MONDAY, MONDAY).rows()).filteredOn(r -> r.student().personId().equals(IVANOV))
                .singleElement().satisfies(row -> assertThat(row.cell(new LessonRef(MONDAY, 1)).text()).isEqualTo("б 4"));
        assertThatThrownBy(() -> school.engine.execute(MATH, mark(MONDAY, 1, ALEKSEEVA, "4", WorkKind.ORAL)))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("«н»");
    }

    @Test
    @Tag("MRK-1")
    @DisplayName("a second mark for the same work of a lesson is refused; another work kind of the lesson is not")
    void oneMarkPerWork() {
        school.at(MONDAY, LocalTime.of(9, 0));
        school.engine.execute(MATH, mark(MONDAY, 1, IVANOV, "5", WorkKind.ORAL));
        school.engine.execute(MATH, mark(MONDAY, 1, IVANOV, "4", WorkKind.TEST));

        assertThatThrownBy(() -> school.engine.execute(MATH, mark(MONDAY, 1, IVANOV, "3", WorkKind.ORAL)))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("CorrectEntry");
        assertThat(school.engine.journals().read(MATH, ID, MATH_5A).page(MONDAY, MONDAY).rows())
                .filteredOn(r -> r.student().personId().equals(IVANOV)).singleElement()
                .satisfies(row -> assertThat(row.cell(new LessonRef(MONDAY, 1)).text()).isEqualTo("5/4"));
    }
}
