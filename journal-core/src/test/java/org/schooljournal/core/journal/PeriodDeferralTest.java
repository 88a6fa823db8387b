package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.journal.JournalSchool.ALEKSEEVA;
import static org.schooljournal.core.journal.JournalSchool.DEPUTY;
import static org.schooljournal.core.journal.JournalSchool.FIRST_QUARTER;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.YOLKIN;
import static org.schooljournal.core.journal.JournalSchool.ZONE;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.programme.AssignTeachingLoad;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.school.OpenClass;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.rules.Timeliness;
import org.schooljournal.rules.calendar.PeriodKind;

/**
 * Deferred period marks (MRK-7, MRK-8, MRK-9) in quarter 1 of {@link JournalSchool}, whose last
 * day is Friday 23 October 2026: deferrals close the period like marks, and a deferred mark is
 * judged by the deferral's due date.
 */
@Tag("MRK-8")
class PeriodDeferralTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 23);
    private static final LocalDate DUE = LocalDate.of(2026, 11, 6);

    private final JournalSchool school = JournalSchool.setUp();

    private void defer(String student) {
        school.engine.execute(MATH, new DeferPeriodMark(ID, MATH_5A, FIRST_QUARTER, student, DUE, "болезнь"));
    }

    private Journal journal() {
        return school.engine.journals().read(DEPUTY, ID, MATH_5A);
    }

    @Test
    @Tag("MRK-9")
    @DisplayName("MRK-8, MRK-9: a period whose every student is deferred is complete and closes")
    void everyoneDeferredClosesThePeriod() {
        school.at(LAST_DAY, LocalTime.of(12, 0));
        defer(IVANOV);
        defer(ALEKSEEVA);
        assertThat(journal().completeness(FIRST_QUARTER).complete()).isFalse();
        defer(YOLKIN);

        PeriodCompleteness completeness = journal().completeness(FIRST_QUARTER);
        assertThat(completeness.marked()).isEmpty();
        assertThat(completeness.deferred()).extracting(Student::personId).containsExactly(ALEKSEEVA, YOLKIN, IVANOV);
        assertThat(completeness.complete()).isTrue();
        assertThat(journal().state().closed(FIRST_QUARTER)).isTrue();
    }

    @Test
    @Tag("MRK-7")
    @DisplayName("MRK-7, MRK-8: a deferred mark set by the due date is on time and the student counts as marked, not deferred; one set after it is late by how much")
    void deferredMarkIsJudgedByTheDueDate() {
        school.at(LAST_DAY, LocalTime.of(12, 0));
        defer(IVANOV);
        defer(YOLKIN);
        school.engine.execute(MATH, new SetPeriodMark(ID, MATH_5A, FIRST_QUARTER, ALEKSEEVA, Mark.of("5")));

        school.at(DUE, LocalTime.of(15, 0));
        school.engine.execute(MATH, new SetPeriodMark(ID, MATH_5A, FIRST_QUARTER, IVANOV, Mark.of("4")));
        school.at(DUE.plusDays(1), LocalTime.of(2, 0));
        school.engine.execute(MATH, new SetPeriodMark(ID, MATH_5A, FIRST_QUARTER, YOLKIN, Mark.of("3")));

        assertThat(journal().entry(2).timing()).hasValueSatisfying(t -> assertThat(t.verdict()).isEqualTo(Timeliness.ON_TIME));
        assertThat(journal().entry(3).timing()).hasValueSatisfying(t -> {
            assertThat(t.verdict()).isEqualTo(Timeliness.LATE);
            assertThat(t.lateBy()).isEqualTo(Duration.ofHours(2));
            assertThat(t.closesAt()).contains(DUE.plusDays(1).atStartOfDay(ZONE).toInstant());
        });
        PeriodCompleteness completeness = journal().completeness(FIRST_QUARTER);
        assertThat(completeness.marked()).extracting(Student::personId).containsExactly(ALEKSEEVA, YOLKIN, IVANOV);
        assertThat(completeness.deferred()).isEmpty();
    }

    @Test
    @DisplayName("MRK-8: a deferral in a period the journal's grade does not have is refused naming the period; nothing is appended")
    void unknownPeriod() {
        school.at(LAST_DAY, LocalTime.of(12, 0));
        long before = school.store.version(MATH_5A.stream(ID));

        assertThatThrownBy(() -> school.engine.execute(MATH, new DeferPeriodMark(ID, MATH_5A,
                PeriodRef.of(PeriodKind.QUARTER, 2), IVANOV, DUE, "болезнь")))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.field()).isEqualTo("period")))
                .hasMessageContaining("is not a study period of journal");
        assertThat(school.store.version(MATH_5A.stream(ID))).isEqualTo(before);
    }

    @Test
    @Tag("MRK-10")
    @DisplayName("MRK-10: a period mark is corrected to another mark of the grading system, or to a special mark, and to nothing else")
    void periodMarkCorrections() {
        school.at(LAST_DAY, LocalTime.of(12, 0));
        school.engine.execute(MATH, new SetPeriodMark(ID, MATH_5A, FIRST_QUARTER, IVANOV, Mark.of("4")));
        EntryRef entry = new EntryRef(MATH_5A, 1);

        school.engine.execute(MATH, CorrectEntry.mark(ID, entry, Mark.of("5"), "пересчёт среднего"));
        assertThat(journal().entry(1).current().value()).isEqualTo("5");
        school.engine.execute(MATH, CorrectEntry.mark(ID, entry, Mark.of("н/а"), "не аттестован"));
        assertThat(journal().entry(1).current().value()).isEqualTo("н/а");
        assertThatThrownBy(() -> school.engine.execute(MATH, CorrectEntry.mark(ID, entry, Mark.of("зач"), "?")))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("does not fit entry 1");
    }

    @Test
    @Tag("MRK-9")
    @DisplayName("MRK-9: the journal of a class with no students is not complete, so it never closes by itself")
    void noStudentsIsNotComplete() {
        school.school(new OpenClass(ID, "6Б", 6, JournalSchool.RUSSIAN.personId()));
        school.school(new AssignTeachingLoad(ID, MATH.personId(), "math", "6Б"));

        PeriodCompleteness empty = school.engine.journals().read(DEPUTY, ID, new JournalKey("6Б", "math"))
                .completeness(FIRST_QUARTER);
        assertThat(empty.marked()).isEmpty();
        assertThat(empty.missing()).isEmpty();
        assertThat(empty.complete()).isFalse();
    }
}
