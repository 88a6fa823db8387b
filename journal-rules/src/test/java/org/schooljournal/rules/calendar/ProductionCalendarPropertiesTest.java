package org.schooljournal.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.schooljournal.rules.RulesGenerators.productionDays;
import static org.schooljournal.rules.RulesGenerators.transfers2027;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("YR-2")
class ProductionCalendarPropertiesTest {

    private static final ProductionCalendar FEDERAL = ProductionCalendar.federal();
    private static final TreeSet<LocalDate> HOLIDAYS_2027 = new TreeSet<>(
            LocalDate.of(2027, 1, 1).datesUntil(LocalDate.of(2027, 1, 9)).toList());

    @Test
    @DisplayName("YR-2: in every shipped year no day is both off and working, every transfer has its pair, and a weekend "
            + "that is not a working day is off")
    void shippedYears() {
        qt().forAll(productionDays()).checkAssert(day -> {
            ProductionYear year = FEDERAL.require(day.getYear());
            invariants(year, year.nonWorkingDays(), day);
        });
    }

    @Test
    @DisplayName("YR-2: a year of arbitrary transfers is refused when a day would give or take its rest twice or a "
            + "holiday would take a day off; when accepted, its invariants hold on every day")
    void arbitraryTransfers() {
        qt().forAll(transfers2027()).checkAssert(transfers -> {
            ProductionYear year;
            try {
                year = new ProductionYear(2027, "test", HOLIDAYS_2027, transfers, new TreeSet<>());
            } catch (IllegalArgumentException refused) {
                assertThat(unsound(transfers)).as("refused: %s", refused.getMessage()).isTrue();
                return;
            }
            assertThat(unsound(transfers)).as("accepted %s", transfers).isFalse();
            Set<LocalDate> nonWorking = year.nonWorkingDays();
            LocalDate.of(2027, 1, 1).datesUntil(LocalDate.of(2028, 1, 1)).forEach(day -> invariants(year, nonWorking, day));
        });
    }

    private static boolean unsound(List<DayTransfer> transfers) {
        List<LocalDate> from = transfers.stream().map(DayTransfer::from).toList();
        List<LocalDate> to = transfers.stream().map(DayTransfer::to).toList();
        return from.size() != new TreeSet<>(from).size() || to.size() != new TreeSet<>(to).size()
                || to.stream().anyMatch(HOLIDAYS_2027::contains);
    }

    private static void invariants(ProductionYear year, Set<LocalDate> nonWorking, LocalDate day) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        long givesRest = year.transfers().stream().filter(t -> t.from().equals(day)).count();
        long takesRest = year.transfers().stream().filter(t -> t.to().equals(day)).count();
        boolean working = year.isWorkingDay(day);
        // no day both off and working
        assertThat(working && year.isDayOff(day)).as("%s both off and working", day).isFalse();
        assertThat(working && nonWorking.contains(day)).as("%s listed as non-working", day).isFalse();
        // every transfer has its pair: a weekday off that is no holiday took the rest of exactly one weekend
        // day; a working weekend day gave its rest to exactly one weekday
        if (!weekend && !working && !year.holidays().contains(day)) {
            assertThat(takesRest).as("%s is off without a transfer", day).isEqualTo(1);
        }
        if (weekend && working) {
            assertThat(givesRest).as("%s works without a transfer", day).isEqualTo(1);
            assertThat(year.holidays()).doesNotContain(day);
        }
        // a weekend that is not a working day is off; a holiday is never working
        if (weekend && givesRest == 0 || year.holidays().contains(day)) {
            assertThat(working).as("%s", day).isFalse();
        }
        // a shortened day is a working day
        if (year.shortenedDays().contains(day)) {
            assertThat(working).as("shortened %s", day).isTrue();
        }
    }
}
