package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.schooljournal.core.journal.JournalSchool.HEAD;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.roster.EnrolStudent;
import org.schooljournal.core.school.SetAcademicYear;
import org.schooljournal.core.validation.Dates;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.NotFoundException;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

/**
 * Fault 8 of issue 12, "unbounded inputs": a diary asked for from {@code LocalDate.MIN} to
 * {@code LocalDate.MAX} ran past 30 seconds; a 1 MB identifier was echoed whole into messages.
 * Every read's dates are now within {@link Dates} and at most 366 days apart, every command's dates
 * within its bounds, and messages cut long values.
 */
@DisplayName("Unbounded inputs: reads of at most 366 days, dates within bounds, long values cut in messages")
class UnboundedInputsTest {

    private final JournalSchool school = JournalSchool.setUp();
    private final Actor student = Actor.of(IVANOV);

    private static Consumer<InvalidCommandException> naming(String field) {
        return e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION);
            assertThat(e.violations()).extracting(InvalidCommandException.Violation::field).containsExactly(field);
        };
    }

    private static void refusedAtOnce(ThrowingCallable read, String field) {
        assertTimeout(Duration.ofSeconds(5), () -> assertThatThrownBy(read)
                .isInstanceOfSatisfying(InvalidCommandException.class, naming(field)));
    }

    @Test
    @Tag("DRY-1")
    @Tag("DRY-2")
    @DisplayName("DRY-1: a diary from LocalDate.MIN to LocalDate.MAX is refused at once with VALIDATION naming from")
    void diaryOfAllTime() {
        refusedAtOnce(() -> school.engine.diaries().read(student, ID, IVANOV, LocalDate.MIN, LocalDate.MAX), "from");
        refusedAtOnce(() -> school.engine.diaries().read(student, ID, IVANOV, LocalDate.of(1, 1, 1),
                LocalDate.of(9999, 12, 31)), "from");
    }

    @Test
    @Tag("DRY-1")
    @DisplayName("DRY-1: a diary of 366 days is read; of 367 days, refused naming to")
    void diaryOfAYear() {
        LocalDate from = LocalDate.of(2026, 9, 1);
        assertThat(school.engine.diaries().read(student, ID, IVANOV, from, from.plusDays(365)).days()).isNotEmpty();
        assertThatThrownBy(() -> school.engine.diaries().read(student, ID, IVANOV, from, from.plusDays(366)))
                .isInstanceOfSatisfying(InvalidCommandException.class, naming("to"));
        assertThatThrownBy(() -> school.engine.diaries().read(student, ID, IVANOV, from, from.minusDays(1)))
                .isInstanceOfSatisfying(InvalidCommandException.class, naming("to"));
    }

    @Test
    @Tag("DRY-4") @Tag("ATT-3") @Tag("MRK-14") @Tag("MRK-12") @Tag("LES-1")
    @DisplayName("DRY-4, ATT-3, MRK-14, MRK-12, LES-1: the extract, the attendance report, the statistics, the summary "
            + "sheet and the journal's page refuse unbounded dates at once with VALIDATION naming the field")
    void everyReadBounded() {
        refusedAtOnce(() -> school.engine.diaries().extract(HEAD, ID, IVANOV, LocalDate.MIN, LocalDate.MAX), "from");
        refusedAtOnce(() -> school.engine.reports().attendance(HEAD, ID, "5А", LocalDate.of(2026, 9, 1), LocalDate.MAX),
                "to");
        refusedAtOnce(() -> school.engine.reports().statistics(HEAD, ID, MATH_5A, LocalDate.of(1, 1, 1),
                LocalDate.of(2026, 9, 1)), "from");
        refusedAtOnce(() -> school.engine.reports().summarySheet(HEAD, ID, "5А", Instant.MAX), "asOf");
        refusedAtOnce(() -> school.engine.journals().read(HEAD, ID, MATH_5A).page(LocalDate.of(2026, 9, 1),
                LocalDate.of(2030, 9, 1)), "to");
    }

    @Test
    @Tag("ROS-2")
    @Tag("YR-1")
    @DisplayName("ROS-2, YR-1: a command's dates outside 1900–2199 are refused with VALIDATION naming the field, before anything is decided")
    void commandDatesBounded() {
        assertThatThrownBy(() -> school.school(new EnrolStudent(ID, "s-new", "Новиков", "Илья", "",
                LocalDate.of(2015, 1, 1), "5А", LocalDate.MAX)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("date");
                            assertThat(v.rule()).isEqualTo(Dates.RULE);
                        }));
        assertThatThrownBy(() -> school.school(new SetAcademicYear(ID, new AcademicYear(999_999_998,
                LocalDate.of(999_999_998, 9, 1), LocalDate.of(999_999_999, 5, 31)))))
                .isInstanceOfSatisfying(InvalidCommandException.class, naming("year.firstDay"));
        school.at(MONDAY, LocalTime.of(9, 0));
        assertThatThrownBy(() -> school.engine.execute(HEAD, new RecordExamResult(ID, MATH_5A, IVANOV, "ОГЭ", "5",
                Instant.MIN))).isInstanceOfSatisfying(InvalidCommandException.class, naming("obtainedAt"));
    }

    @Test
    @Tag("ATT-1")
    @DisplayName("ATT-1: a 1 MB student or school identifier is refused with a message that shows 100 characters of it and its length")
    void megabyteIdCut() {
        String huge = "s".repeat(1 << 20);
        school.at(MONDAY, LocalTime.of(8, 40));
        assertThatThrownBy(() -> school.engine.execute(MATH, JournalSchool.absence(MONDAY, 1, huge, AbsenceCode.UNEXCUSED)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> {
                    assertThat(e.getMessage()).hasSizeLessThan(600).contains("s".repeat(100) + "…(1048576 characters)");
                    assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.value()).hasSizeLessThan(200));
                });
        assertThatThrownBy(() -> school.engine.diaries().read(HEAD, ID, huge, MONDAY, MONDAY))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.getMessage()).hasSizeLessThan(400).contains("…(1048576 characters)");
                    assertThat(e.value()).hasSizeLessThan(200);
                });
        assertThatThrownBy(() -> school.engine.diaries().read(HEAD, huge + "\n", IVANOV, MONDAY, MONDAY))
                .isInstanceOfSatisfying(JournalException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
                    assertThat(e.getMessage()).hasSizeLessThan(400).doesNotContain("\n").contains("…(1048577 characters)");
                });
    }
}
