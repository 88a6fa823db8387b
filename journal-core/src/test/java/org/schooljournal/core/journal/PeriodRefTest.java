package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.schooljournal.core.journal.JournalGenerators.periodKinds;
import static org.schooljournal.core.journal.JournalGenerators.periodNumbers;
import static org.schooljournal.core.journal.JournalGenerators.periods;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.schooljournal.rules.calendar.PeriodKind;
import org.schooljournal.rules.calendar.StudyPeriod;

@Tag("YR-1")
@Tag("MRK-7")
@DisplayName("PeriodRef: a study period by kind and number, written as events store it")
class PeriodRefTest {

    @Test
    @DisplayName("toString gives KIND-NUMBER, and parse reads it back to the same period, for every kind and number")
    void roundTrip() {
        qt().forAll(periods()).checkAssert(period -> {
            assertThat(period.toString()).isEqualTo(period.kind().name() + "-" + period.number());
            assertThat(PeriodRef.parse(period.toString())).isEqualTo(period);
        });
    }

    @Test
    @DisplayName("a number outside 1 to the count of the kind in a year is refused, by of and by parse, naming the number")
    void numbersThatFitNoPeriod() {
        qt().forAll(periodKinds(), periodNumbers()).assuming((kind, number) -> !JournalGenerators.fits(kind, number))
                .checkAssert((kind, number) -> {
                    assertThatThrownBy(() -> PeriodRef.of(kind, number)).isInstanceOf(IllegalArgumentException.class)
                            .hasMessage("number of a " + kind + " must be within 1–" + kind.perYear() + ", was "
                                    + number);
                    assertThatThrownBy(() -> PeriodRef.parse(kind + "-" + number))
                            .isInstanceOf(IllegalArgumentException.class);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "QUARTER", "QUARTER-", "QUARTER1", "-1", "quarter-1", "Quarter-1", "QUARTER-01",
            "QUARTER-+1", " QUARTER-1", "QUARTER-1 ", "QUARTER-1-2", "QUARTER--1", "QUARTER-1.0", "1 четверть"})
    @DisplayName("text that is not KIND-NUMBER is refused, naming the period and the text")
    void malformedText(String text) {
        assertThatThrownBy(() -> PeriodRef.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("period must be written KIND-NUMBER").hasMessageContaining("«" + text + "»");
    }

    @Test
    @DisplayName("an unknown kind is refused, listing the kinds")
    void unknownKind() {
        assertThatThrownBy(() -> PeriodRef.parse("MONTH-1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("period kind must be one of [QUARTER, TRIMESTER, SEMESTER, YEAR]")
                .hasMessageContaining("MONTH-1");
        assertThatThrownBy(() -> PeriodRef.parse("YEAR-2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("number of a YEAR must be within 1–1, was 2");
    }

    @Test
    @DisplayName("nothing is not a period")
    void nulls() {
        assertThatThrownBy(() -> PeriodRef.of(null, 1)).isInstanceOf(NullPointerException.class).hasMessage("kind");
        assertThatThrownBy(() -> PeriodRef.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
        assertThatThrownBy(() -> PeriodRef.of((StudyPeriod) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("period");
    }

    @Test
    @DisplayName("the reference to a study period of the calendar is its kind and number")
    void ofStudyPeriod() {
        StudyPeriod second = StudyPeriod.of(PeriodKind.TRIMESTER, 2, LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 2, 26));

        assertThat(PeriodRef.of(second)).isEqualTo(PeriodRef.of(PeriodKind.TRIMESTER, 2)).hasToString("TRIMESTER-2");
    }
}
