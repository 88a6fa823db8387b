package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.journal.JournalSchool.ALEKSEEVA;
import static org.schooljournal.core.journal.JournalSchool.DEPUTY;
import static org.schooljournal.core.journal.JournalSchool.FIRST_QUARTER;
import static org.schooljournal.core.journal.JournalSchool.FRIDAY;
import static org.schooljournal.core.journal.JournalSchool.HOMEROOM;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.YOLKIN;
import static org.schooljournal.core.journal.JournalSchool.mark;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.rules.Timeliness;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.core.reports.SummarySheet;

@DisplayName("Period marks: the window, completeness, special marks, deferral, the lock and the summary sheet")
class PeriodMarksTest {

    /** Friday 23 October 2026, the quarter's last day: its last mathematics lesson starts at 8:30. */
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 23);

    private final JournalSchool school = JournalSchool.setUp();

    private static SetPeriodMark periodMark(String student, String mark) {
        return new SetPeriodMark(ID, MATH_5A, FIRST_QUARTER, student, Mark.of(mark));
    }

    @Test
    @Tag("MRK-7")
    @DisplayName("MRK-7: a period mark before the start of the subject's last lesson is refused as too early; from it, on time")
    void window() {
        school.at(LAST_DAY, LocalTime.of(8, 29, 59));
        assertThatThrownBy(() -> school.engine.execute(MATH, periodMark(IVANOV, "5")))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.OUT_OF_TIME))
                .hasMessageContaining("MRK-7");
        assertThat(school.store.version(MATH_5A.stream(ID))).isZero();

        school.at(LAST_DAY, LocalTime.of(8, 30));
        school.engine.execute(MATH, periodMark(IVANOV, "5"));

        JournalEntry entry = school.engine.journals().read(MATH, ID, MATH_5A).entry(1);
        assertThat(entry.period()).contains("QUARTER-1");
        assertThat(entry.original().timing().orElseThrow().verdict()).isEqualTo(Timeliness.ON_TIME);
    }

    @Test
    @Tag("MRK-7")
    @DisplayName("MRK-7: completeness lists who is missing; special marks «осв», «н/а» count; other values are refused")
    void completeness() {
        school.at(LAST_DAY, LocalTime.of(12, 0));
        school.engine.execute(MATH, periodMark(IVANOV, "4"));
        school.engine.execute(MATH, periodMark(ALEKSEEVA, "н/а"));

        PeriodCompleteness completeness = school.engine.journals().read(MATH, ID, MATH_5A).completeness(FIRST_QUARTER);
        assertThat(completeness.missing()).extracting(Student::personId).containsExactly(YOLKIN);
        assertThat(completeness.complete()).isFalse();
        assertThatThrownBy(() -> school.engine.execute(MATH, periodMark(YOLKIN, "отл")))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("«осв», «н/а», «безотм»");
        assertThatThrownBy(() -> school.engine.execute(MATH, periodMark(IVANOV, "5")))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("already has the QUARTER-1 mark «4»");
    }

    @Test
    @Tag("MRK-9")
    @Tag("MRK-10")
    @DisplayName("MRK-9: once every student has a period mark the period closes; the teacher is locked out, a deputy corrects with a reason")
    void lock() {
        school.at(FRIDAY, LocalTime.of(9, 0));
        school.engine.execute(MATH, mark(FRIDAY, 1, IVANOV, "3", WorkKind.ORAL));
        school.at(LAST_DAY, LocalTime.of(12, 0));
        school.engine.execute(MATH, periodMark(IVANOV, "4"));
        school.engine.execute(MATH, periodMark(ALEKSEEVA, "5"));
        school.engine.execute(MATH, periodMark(YOLKIN, "осв"));

        Journal journal = school.engine.journals().read(MATH, ID, MATH_5A);
        assertThat(journal.state().closed(FIRST_QUARTER)).isTrue();
        long before = school.store.version(MATH_5A.stream(ID));

        assertThatThrownBy(() -> school.engine.execute(MATH, CorrectEntry.mark(ID, new EntryRef(MATH_5A, 2),
                Mark.of("5"), "пересдача")))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCKED))
                .hasMessageContaining("QUARTER-1").hasMessageContaining("MRK-9");
        assertThatThrownBy(() -> school.engine.execute(MATH, CorrectEntry.mark(ID, new EntryRef(MATH_5A, 1),
                Mark.of("4"), "ошибка")))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCKED));
        assertThatThrownBy(() -> school.engine.execute(MATH, mark(FRIDAY, 1, ALEKSEEVA, "5", WorkKind.ORAL)))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCKED));
        assertThat(school.store.version(MATH_5A.stream(ID))).isEqualTo(before);

        school.engine.execute(DEPUTY, CorrectEntry.mark(ID, new EntryRef(MATH_5A, 2), Mark.of("5"),
                "решение педсовета № 3"));
        JournalEntry corrected = school.engine.journals().read(MATH, ID, MATH_5A).entry(2);
        assertThat(corrected.current().value()).isEqualTo("5");
        assertThat(corrected.current().author()).isEqualTo(DEPUTY.personId());
        assertThat(corrected.original().value()).isEqualTo("4");
    }

    @Test
    @Tag("MRK-8")
    @DisplayName("MRK-8: a deferred mark lets the period close; the teacher sets it later, judged against its new due date")
    void deferral() {
        school.at(LAST_DAY, LocalTime.of(12, 0));
        school.engine.execute(MATH, new DeferPeriodMark(ID, MATH_5A, FIRST_QUARTER, YOLKIN, LocalDate.of(2026, 11, 13),
                "болезнь, справка № 88"));
        school.engine.execute(MATH, periodMark(IVANOV, "4"));
        school.engine.execute(MATH, periodMark(ALEKSEEVA, "5"));
        assertThat(school.engine.journals().read(MATH, ID, MATH_5A).state().closed(FIRST_QUARTER)).isTrue();

        school.at(LocalDate.of(2026, 11, 14), LocalTime.of(10, 0));
        school.engine.execute(MATH, periodMark(YOLKIN, "3"));

        Journal journal = school.engine.journals().read(MATH, ID, MATH_5A);
        EntryTiming timing = journal.entry(3).original().timing().orElseThrow();
        assertThat(timing.verdict()).isEqualTo(Timeliness.LATE);
        assertThat(journal.completeness(FIRST_QUARTER).missing()).isEmpty();
        assertThatThrownBy(() -> school.engine.execute(MATH, new DeferPeriodMark(ID, MATH_5A, FIRST_QUARTER, IVANOV,
                LocalDate.of(2026, 10, 20), "болезнь"))).isInstanceOf(JournalException.class);
    }

    @Test
    @Tag("MRK-12")
    @DisplayName("MRK-12: the summary sheet shows each period mark as soon as it is set, and its corrections")
    void summarySheet() {
        school.at(LAST_DAY, LocalTime.of(12, 0));
        assertThat(school.engine.reports().summarySheet(HOMEROOM, ID, "5А").rows().get(0).mark("math", "QUARTER-1")).isEmpty();

        school.engine.execute(MATH, periodMark(ALEKSEEVA, "5"));
        SummarySheet sheet = school.engine.reports().summarySheet(HOMEROOM, ID, "5А");
        assertThat(sheet.subjects()).containsExactly("math", "rus");
        assertThat(sheet.periods()).containsExactly("QUARTER-1");
        assertThat(sheet.rows().get(0).student().personId()).isEqualTo(ALEKSEEVA);
        assertThat(sheet.rows().get(0).mark("math", "QUARTER-1")).contains("5");

        school.engine.execute(MATH, CorrectEntry.mark(ID, new EntryRef(MATH_5A, 1), Mark.of("4"), "описка"));
        assertThat(school.engine.reports().summarySheet(DEPUTY, ID, "5А").rows().get(0).mark("math", "QUARTER-1")).contains("4");
    }
}
