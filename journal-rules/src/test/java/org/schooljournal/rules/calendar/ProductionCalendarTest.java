package org.schooljournal.rules.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.spi.JournalException;

@Tag("YR-2")
class ProductionCalendarTest {

    private static final ProductionCalendar FEDERAL = ProductionCalendar.federal();

    /**
     * Pins a year: every weekday that is a day off, every weekend day that is a working day, the
     * shortened days, and that each period the decree or the Government's announcement lists is
     * non-working.
     */
    private static void assertYear(int year, List<LocalDate> weekdaysOff, List<LocalDate> workingWeekendDays,
            List<LocalDate> shortened, List<LocalDate[]> announcedPeriods) {
        ProductionYear data = FEDERAL.require(year);
        SortedSet<LocalDate> offOnWeekdays = new TreeSet<>();
        SortedSet<LocalDate> workingWeekends = new TreeSet<>();
        for (LocalDate day = of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend && !data.isWorkingDay(day)) {
                offOnWeekdays.add(day);
            }
            if (weekend && data.isWorkingDay(day)) {
                workingWeekends.add(day);
            }
        }
        assertThat(offOnWeekdays).containsExactlyElementsOf(weekdaysOff);
        assertThat(workingWeekends).containsExactlyElementsOf(workingWeekendDays);
        assertThat(data.shortenedDays()).containsExactlyElementsOf(shortened);
        SortedSet<LocalDate> nonWorking = new TreeSet<>();
        for (LocalDate day = of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (!data.isWorkingDay(day)) {
                nonWorking.add(day);
            }
        }
        assertThat(data.nonWorkingDays()).isEqualTo(nonWorking);
        for (LocalDate[] period : announcedPeriods) {
            for (LocalDate day = period[0]; !day.isAfter(period[1]); day = day.plusDays(1)) {
                assertThat(data.isWorkingDay(day)).as("%s of the announced period %s–%s", day, period[0], period[1])
                        .isFalse();
            }
        }
    }

    private static LocalDate[] days(LocalDate first, LocalDate last) {
        return new LocalDate[] {first, last};
    }

    @Nested
    @DisplayName("YR-2: each year as the decree on the transfer of days off has it")
    class Years {

        @Test
        @DisplayName("2020 — постановление от 10.07.2019 № 875: «Выходные дни 4 и 5 января "
                + "… переносятся на 4 и 5 мая соответственно»; 23 февраля, 8 марта, 9 мая — по ст. 112 ТК РФ")
        void year2020() {
            assertYear(2020,
                    List.of(of(2020, 1, 1), of(2020, 1, 2), of(2020, 1, 3), of(2020, 1, 6), of(2020, 1, 7), of(2020, 1, 8),
                            of(2020, 2, 24), of(2020, 3, 9), of(2020, 5, 1), of(2020, 5, 4), of(2020, 5, 5),
                            of(2020, 5, 11), of(2020, 6, 12), of(2020, 11, 4)),
                    List.of(),
                    List.of(of(2020, 4, 30), of(2020, 5, 8), of(2020, 6, 11), of(2020, 11, 3), of(2020, 12, 31)),
                    List.of(days(of(2020, 1, 1), of(2020, 1, 8)), days(of(2020, 2, 22), of(2020, 2, 24)),
                            days(of(2020, 3, 7), of(2020, 3, 9)), days(of(2020, 5, 1), of(2020, 5, 5)),
                            days(of(2020, 5, 9), of(2020, 5, 11)), days(of(2020, 6, 12), of(2020, 6, 14))));
        }

        @Test
        @DisplayName("2021 — постановление от 10.10.2020 № 1648: 2 и 3 января — на пятницу "
                + "5 ноября и пятницу 31 декабря, суббота 20 февраля — на понедельник 22 февраля")
        void year2021() {
            assertYear(2021,
                    List.of(of(2021, 1, 1), of(2021, 1, 4), of(2021, 1, 5), of(2021, 1, 6), of(2021, 1, 7), of(2021, 1, 8),
                            of(2021, 2, 22), of(2021, 2, 23), of(2021, 3, 8), of(2021, 5, 3), of(2021, 5, 10),
                            of(2021, 6, 14), of(2021, 11, 4), of(2021, 11, 5), of(2021, 12, 31)),
                    List.of(of(2021, 2, 20)),
                    List.of(of(2021, 2, 20), of(2021, 4, 30), of(2021, 6, 11), of(2021, 11, 3)),
                    List.of(days(of(2021, 1, 1), of(2021, 1, 10)), days(of(2021, 2, 21), of(2021, 2, 23)),
                            days(of(2021, 3, 6), of(2021, 3, 8)), days(of(2021, 5, 1), of(2021, 5, 3)),
                            days(of(2021, 5, 8), of(2021, 5, 10)), days(of(2021, 6, 12), of(2021, 6, 14)),
                            days(of(2021, 11, 4), of(2021, 11, 7)), days(of(2021, 12, 31), of(2021, 12, 31))));
        }

        @Test
        @DisplayName("2022 — постановление от 16.09.2021 № 1564: «Выходные дни 1 и 2 января "
                + "… переносятся на 3 и 10 мая … Нерабочая суббота, 5 марта, перенесена на понедельник, 7 марта»")
        void year2022() {
            assertYear(2022,
                    List.of(of(2022, 1, 3), of(2022, 1, 4), of(2022, 1, 5), of(2022, 1, 6), of(2022, 1, 7),
                            of(2022, 2, 23), of(2022, 3, 7), of(2022, 3, 8), of(2022, 5, 2), of(2022, 5, 3),
                            of(2022, 5, 9), of(2022, 5, 10), of(2022, 6, 13), of(2022, 11, 4)),
                    List.of(of(2022, 3, 5)),
                    List.of(of(2022, 2, 22), of(2022, 3, 5), of(2022, 11, 3)),
                    List.of(days(of(2022, 1, 1), of(2022, 1, 9)), days(of(2022, 3, 6), of(2022, 3, 8)),
                            days(of(2022, 4, 30), of(2022, 5, 3)), days(of(2022, 5, 7), of(2022, 5, 10)),
                            days(of(2022, 6, 11), of(2022, 6, 13)), days(of(2022, 11, 4), of(2022, 11, 6))));
        }

        @Test
        @DisplayName("2023 — постановление от 29.08.2022 № 1505: «с воскресенья 1 января на пятницу 24 февраля; "
                + "с воскресенья 8 января на понедельник 8 мая»; 4 ноября — по ст. 112 ТК РФ на 6 ноября")
        void year2023() {
            assertYear(2023,
                    List.of(of(2023, 1, 2), of(2023, 1, 3), of(2023, 1, 4), of(2023, 1, 5), of(2023, 1, 6),
                            of(2023, 2, 23), of(2023, 2, 24), of(2023, 3, 8), of(2023, 5, 1), of(2023, 5, 8),
                            of(2023, 5, 9), of(2023, 6, 12), of(2023, 11, 6)),
                    List.of(),
                    List.of(of(2023, 2, 22), of(2023, 3, 7), of(2023, 11, 3)),
                    List.of(days(of(2023, 1, 1), of(2023, 1, 8)), days(of(2023, 2, 23), of(2023, 2, 26)),
                            days(of(2023, 4, 29), of(2023, 5, 1)), days(of(2023, 5, 6), of(2023, 5, 9)),
                            days(of(2023, 6, 10), of(2023, 6, 12)), days(of(2023, 11, 4), of(2023, 11, 6))));
        }

        @Test
        @DisplayName("2024 — постановление от 10.08.2023 № 1314: «с субботы 6 января на пятницу 10 мая; с воскресенья 7 января "
                + "на вторник 31 декабря; с субботы 27 апреля на понедельник 29 апреля; с субботы 2 ноября на вторник "
                + "30 апреля; с субботы 28 декабря на понедельник 30 декабря»")
        void year2024() {
            assertYear(2024,
                    List.of(of(2024, 1, 1), of(2024, 1, 2), of(2024, 1, 3), of(2024, 1, 4), of(2024, 1, 5), of(2024, 1, 8),
                            of(2024, 2, 23), of(2024, 3, 8), of(2024, 4, 29), of(2024, 4, 30), of(2024, 5, 1),
                            of(2024, 5, 9), of(2024, 5, 10), of(2024, 6, 12), of(2024, 11, 4), of(2024, 12, 30),
                            of(2024, 12, 31)),
                    List.of(of(2024, 4, 27), of(2024, 11, 2), of(2024, 12, 28)),
                    List.of(of(2024, 2, 22), of(2024, 3, 7), of(2024, 5, 8), of(2024, 6, 11), of(2024, 11, 2)),
                    List.of(days(of(2024, 2, 23), of(2024, 2, 25)), days(of(2024, 3, 8), of(2024, 3, 10)),
                            days(of(2024, 4, 28), of(2024, 5, 1)), days(of(2024, 5, 9), of(2024, 5, 12)),
                            days(of(2024, 11, 3), of(2024, 11, 4)), days(of(2024, 12, 29), of(2024, 12, 31))));
        }

        @Test
        @DisplayName("2025 — постановление от 04.10.2024 № 1335: 4 и 5 января — на пятницу 2 мая и среду 31 декабря; «с воскресенья, "
                + "23 февраля, на четверг, 8 мая; с субботы, 8 марта, на пятницу, 13 июня; с субботы, 1 ноября, на понедельник, 3 ноября»")
        void year2025() {
            assertYear(2025,
                    List.of(of(2025, 1, 1), of(2025, 1, 2), of(2025, 1, 3), of(2025, 1, 6), of(2025, 1, 7), of(2025, 1, 8),
                            of(2025, 5, 1), of(2025, 5, 2), of(2025, 5, 8), of(2025, 5, 9), of(2025, 6, 12),
                            of(2025, 6, 13), of(2025, 11, 3), of(2025, 11, 4), of(2025, 12, 31)),
                    List.of(of(2025, 11, 1)),
                    List.of(of(2025, 3, 7), of(2025, 4, 30), of(2025, 6, 11), of(2025, 11, 1)),
                    List.of(days(of(2025, 1, 1), of(2025, 1, 8)), days(of(2025, 2, 22), of(2025, 2, 23)),
                            days(of(2025, 3, 8), of(2025, 3, 9)), days(of(2025, 5, 1), of(2025, 5, 4)),
                            days(of(2025, 5, 8), of(2025, 5, 11)), days(of(2025, 6, 12), of(2025, 6, 15)),
                            days(of(2025, 11, 2), of(2025, 11, 4))));
            assertThat(FEDERAL.isWorkingDay(of(2025, 2, 24))).as("23 February's rest went to 8 May").isTrue();
            assertThat(FEDERAL.isWorkingDay(of(2025, 3, 10))).as("8 March's rest went to 13 June").isTrue();
        }

        @Test
        @DisplayName("2026 — постановление от 24.09.2025 № 1466: «3 и 4 января … перенести на "
                + "пятницу, 9 января, и четверг, 31 декабря»; 8 марта и 9 мая — по ст. 112 ТК РФ на 9 марта и 11 мая")
        void year2026() {
            assertYear(2026,
                    List.of(of(2026, 1, 1), of(2026, 1, 2), of(2026, 1, 5), of(2026, 1, 6), of(2026, 1, 7), of(2026, 1, 8),
                            of(2026, 1, 9), of(2026, 2, 23), of(2026, 3, 9), of(2026, 5, 1), of(2026, 5, 11),
                            of(2026, 6, 12), of(2026, 11, 4), of(2026, 12, 31)),
                    List.of(),
                    List.of(of(2026, 4, 30), of(2026, 5, 8), of(2026, 6, 11), of(2026, 11, 3)),
                    List.of(days(of(2026, 1, 1), of(2026, 1, 11)), days(of(2026, 2, 21), of(2026, 2, 23)),
                            days(of(2026, 3, 7), of(2026, 3, 9)), days(of(2026, 5, 1), of(2026, 5, 3)),
                            days(of(2026, 5, 9), of(2026, 5, 11)), days(of(2026, 6, 12), of(2026, 6, 14))));
            assertThat(FEDERAL.require(2026).nonWorkingDays()).as("247 working days and 118 days off, as announced")
                    .hasSize(118);
        }

        @Test
        @DisplayName("every year's holidays are those of art. 112 of the Labour Code")
        void holidays() {
            for (int year : FEDERAL.years()) {
                assertThat(FEDERAL.require(year).holidays()).containsExactly(of(year, 1, 1), of(year, 1, 2),
                        of(year, 1, 3), of(year, 1, 4), of(year, 1, 5), of(year, 1, 6), of(year, 1, 7), of(year, 1, 8),
                        of(year, 2, 23), of(year, 3, 8), of(year, 5, 1), of(year, 5, 9), of(year, 6, 12), of(year, 11, 4));
            }
        }

        @Test
        @DisplayName("the library covers 2020–2026, each year citing its decree by date and number")
        void covered() {
            assertThat(FEDERAL.years()).containsExactly(2020, 2021, 2022, 2023, 2024, 2025, 2026);
            FEDERAL.years().forEach(year -> assertThat(FEDERAL.require(year).decree())
                    .startsWith("Постановление Правительства РФ")
                    .containsPattern("от \\d\\d\\.\\d\\d\\.\\d{4} № \\d+ «О переносе выходных дней в " + year + " году»$"));
        }
    }

    @Nested
    @DisplayName("YR-2: a year no provider covers is reported, not guessed")
    class Uncovered {

        @Test
        @DisplayName("2027, whose decree the library does not have, is refused naming the years covered")
        void refused() {
            assertThat(FEDERAL.covers(2027)).isFalse();
            assertThat(FEDERAL.year(2027)).isEmpty();
            assertThatThrownBy(() -> FEDERAL.isWorkingDay(of(2027, 1, 11)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("does not cover 2027 (it covers 2020–2026)")
                    .hasMessageContaining("ProductionCalendarProvider");
        }
    }

    @Nested
    @DisplayName("YR-2: a host ships a year with a provider")
    class Providers {

        private final ProductionYear host2027 = year("2027", "2027-01-02>2027-01-11, 2027-01-03>2027-12-31", "");

        @Test
        @DisplayName("a host's year is added to the library's")
        void added() {
            ProductionCalendar calendar = ProductionCalendar.of(List.of(new FederalProductionCalendarProvider(),
                    provider("host", 100, host2027)));
            assertThat(calendar.years()).contains(2026, 2027);
            assertThat(calendar.isWorkingDay(of(2027, 12, 31))).isFalse();
        }

        @Test
        @DisplayName("for a year both have, the provider of the higher priority wins")
        void priority() {
            ProductionYear corrected = year("2026", "2026-01-03>2026-01-09, 2026-01-04>2026-12-30", "");
            ProductionCalendar calendar = ProductionCalendar.of(List.of(new FederalProductionCalendarProvider(),
                    provider("host", 100, corrected)));
            assertThat(calendar.require(2026)).isEqualTo(corrected);
            assertThat(calendar.isWorkingDay(of(2026, 12, 30))).isFalse();
        }

        @Test
        @DisplayName("two providers of one priority that give a year differently are a configuration error naming both")
        void conflict() {
            ProductionYear other = year("2027", "2027-01-02>2027-01-11, 2027-01-03>2027-05-10", "");
            assertThatThrownBy(() -> ProductionCalendar.of(List.of(provider("a", 100, host2027), provider("b", 100, other))))
                    .isInstanceOf(JournalException.class)
                    .hasMessageContaining("'a' and 'b' give the year 2027 differently");
        }

        @Test
        @DisplayName("the built-in provider is found with ServiceLoader")
        void discovered() {
            assertThat(ProductionCalendar.load(getClass().getClassLoader()))
                    .anyMatch(p -> p instanceof FederalProductionCalendarProvider);
        }
    }

    @Nested
    @DisplayName("YR-2: the resource format is read strictly")
    class Reading {

        @Test
        @DisplayName("a transfer onto a weekend is refused naming the day")
        void weekendTarget() {
            assertThatThrownBy(() -> read("year=2027\ndecree=d\nholidays=\ntransfers=2027-01-02>2027-01-09\nshortened=\n"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("test: transfer to 2027-01-09: must be a weekday, was SATURDAY");
        }

        @Test
        @DisplayName("a missing key and an unknown key are refused")
        void keys() {
            assertThatThrownBy(() -> read("year=2027\ndecree=d\nholidays=\ntransfers=\n"))
                    .hasMessageContaining("the key 'shortened' is missing");
            assertThatThrownBy(() -> read("year=2027\ndecree=d\nholidays=\ntransfers=\nshortened=\nextra=1\n"))
                    .hasMessageContaining("unknown key 'extra'");
        }

        @Test
        @DisplayName("a day both off and working is refused")
        void bothOffAndWorking() {
            assertThatThrownBy(() -> read("year=2027\ndecree=d\nholidays=2027-01-04\ntransfers=2027-01-02>2027-01-04\nshortened=\n"))
                    .hasMessageContaining("moves a day off onto the holiday 2027-01-04");
            assertThatThrownBy(() -> read("year=2027\ndecree=d\nholidays=\ntransfers=\nshortened=2027-01-02\n"))
                    .hasMessageContaining("shortenedDays of 2027: 2027-01-02 is not a working day");
        }
    }

    @Nested
    @DisplayName("YR-2: bad data is refused naming the field and the day")
    class Refused {

        @Test
        @DisplayName("a blank decree, a holiday or shortened day of another year, a day asked of another year")
        void fields() {
            assertThatThrownBy(() -> read("year=2027\ndecree= \nholidays=\ntransfers=\nshortened=\n"))
                    .hasMessageContaining("decree of 2027: must not be blank");
            assertThatThrownBy(() -> read("year=2027\ndecree=d\nholidays=2026-01-01\ntransfers=\nshortened=\n"))
                    .hasMessageContaining("holidays of 2027: 2026-01-01 lies in another year");
            assertThatThrownBy(() -> read("year=2027\ndecree=d\nholidays=\ntransfers=\nshortened=2028-01-04\n"))
                    .hasMessageContaining("shortenedDays of 2027: 2028-01-04 lies in another year");
            assertThatThrownBy(() -> read("year=2027\ndecree=d\nholidays=\ntransfers=2026-01-03>2026-01-05\nshortened=\n"))
                    .hasMessageContaining("transfers of 2027: 2026-01-03>2026-01-05 lies in another year");
            ProductionYear year2025 = FEDERAL.require(2025);
            assertThatThrownBy(() -> year2025.isWorkingDay(of(2026, 1, 5)))
                    .hasMessageContaining("2026-01-05 is not in the production calendar's year 2025");
            assertThatThrownBy(() -> year2025.isDayOff(of(2024, 1, 5))).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        @DisplayName("a day that gives its rest twice, or takes two days off, is refused")
        void twice() {
            assertThatThrownBy(() -> read("year=2027\ndecree=d\nholidays=\ntransfers=2027-01-09>2027-01-11, 2027-01-09>2027-01-12\nshortened=\n"))
                    .hasMessageContaining("2027-01-09 gives its rest twice");
            assertThatThrownBy(() -> read("year=2027\ndecree=d\nholidays=\ntransfers=2027-01-09>2027-01-11, 2027-01-10>2027-01-11\nshortened=\n"))
                    .hasMessageContaining("2027-01-11 receives two days off");
        }

        @Test
        @DisplayName("a transfer is written from>to, from a weekend day to a weekday of the same year")
        void transfers() {
            assertThat(DayTransfer.parse(" 2025-11-01 > 2025-11-03 ")).isEqualTo(new DayTransfer(of(2025, 11, 1), of(2025, 11, 3)))
                    .hasToString("2025-11-01>2025-11-03");
            assertThatThrownBy(() -> DayTransfer.parse("2025-11-01")).hasMessageContaining("must be written from>to");
            assertThatThrownBy(() -> DayTransfer.parse("2025-11-03>2025-11-04"))
                    .hasMessageContaining("transfer from 2025-11-03: must be a Saturday or Sunday, was MONDAY");
            assertThatThrownBy(() -> new DayTransfer(of(2025, 12, 27), of(2026, 1, 5)))
                    .hasMessageContaining("both days must be in one year");
        }

        @Test
        @DisplayName("a run of days backwards, a year that is no number, a missing resource")
        void reading() {
            assertThatThrownBy(() -> read("year=2027\ndecree=d\nholidays=2027-01-08..2027-01-01\ntransfers=\nshortened=\n"))
                    .hasMessageContaining("the last day must not be before the first");
            assertThatThrownBy(() -> read("year=2027\ndecree=d\nholidays=2027-12-31..2028-01-02\ntransfers=\nshortened=\n"))
                    .hasMessageContaining("in one year");
            assertThatThrownBy(() -> read("year=MMXXVII\ndecree=d\nholidays=\ntransfers=\nshortened=\n"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("test: ");
            assertThatThrownBy(() -> ProductionYearReader.resource(ProductionYear.class, "production-1999.properties"))
                    .hasMessageContaining("production-1999.properties of org.schooljournal.rules.calendar is missing");
        }

        @Test
        @DisplayName("one provider that gives a year twice is a configuration error; two of one priority that agree are not")
        void providers() {
            ProductionYear a = year("2027", "", "");
            assertThatThrownBy(() -> ProductionCalendar.of(List.of(provider("twice", 100, a, a))))
                    .isInstanceOf(JournalException.class).hasMessageContaining("'twice' gives the year 2027 twice");
            assertThat(ProductionCalendar.of(List.of(provider("a", 100, a), provider("b", 100, year("2027", "", ""))))
                    .require(2027)).isEqualTo(a);
            assertThat(ProductionCalendar.of(List.of(provider("a", 100, a)))).hasToString("ProductionCalendar[2027]");
            FederalProductionCalendarProvider federal = new FederalProductionCalendarProvider();
            assertThat(federal.id()).isEqualTo("ru-federal");
            assertThat(federal.priority()).isZero();
            assertThatThrownBy(() -> ProductionCalendar.of(List.of()).require(2025))
                    .hasMessageContaining("does not cover 2025 (it covers no year)");
        }
    }

    private static ProductionYear year(String year, String transfers, String shortened) {
        try {
            return ProductionYearReader.read("test", new StringReader("year=" + year + "\ndecree=test\nholidays=" + year
                    + "-01-01.." + year + "-01-08\ntransfers=" + transfers + "\nshortened=" + shortened + "\n"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static ProductionYear read(String text) throws java.io.IOException {
        return ProductionYearReader.read("test", new StringReader(text));
    }

    private static ProductionCalendarProvider provider(String id, int priority, ProductionYear... years) {
        return new ProductionCalendarProvider() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public int priority() {
                return priority;
            }

            @Override
            public List<ProductionYear> years() {
                return List.of(years);
            }
        };
    }

}
