package org.schooljournal.rules;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.rules.calendar.DayTransfer;
import org.schooljournal.rules.calendar.ProductionCalendar;
import org.schooljournal.rules.calendar.HolidayKind;
import org.schooljournal.rules.calendar.Holidays;
import org.schooljournal.rules.calendar.LessonSlot;
import org.schooljournal.rules.calendar.LessonTime;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.rules.calendar.StudyPeriod;
import org.schooljournal.rules.ruleset.CompromiseReportRule;
import org.schooljournal.rules.ruleset.DayCounting;
import org.schooljournal.rules.ruleset.Rule;
import org.schooljournal.rules.ruleset.RuleSet;
import org.schooljournal.rules.ruleset.RuleSets;

/**
 * The generators of the rules' domain for the property-based tests, in one place: dates in and
 * around the 2026/2027 academic year of {@link YugraSchool2026}, real lessons of its classes,
 * instants near a given one (with the exact boundaries 0 and ±1 ns often), every kind of
 * {@link Entry}, technical failures, calendars with random extra holidays and public non-working
 * days, and rule sets with other day counting (MRK-3, MRK-4) and PD-4 measure.
 *
 * <p>Built from QuickTheories' {@code SourceDSL} and combined with {@code zip}, {@code map} and
 * {@code flatMap}. Every generator is stateless; the shared fixture calendar is immutable.
 */
public final class RulesGenerators {

    /** The fixture calendar the lessons are taken from. */
    public static final SchoolCalendar FIXTURE = YugraSchool2026.calendar();

    /** The classes of the fixture: 1А and 5А on a five-day week, 10А on a six-day week. */
    public static final List<String> CLASS_CODES = List.of("1А", "5А", "10А");

    private static final AcademicYear YEAR = YugraSchool2026.YEAR;

    /** Dates are generated this many days before the year's first and after its last day. */
    private static final int MARGIN_DAYS = 120;

    private static final Duration NANO = Duration.ofNanos(1);
    private static final long DAY_NANOS = Duration.ofDays(1).toNanos();
    private static final long SPREAD_NANOS = Duration.ofDays(5).toNanos();

    /** Days worth a second look: ends of the year and its periods, the YR-11 and ARC print dates. */
    private static final List<LocalDate> REMARKABLE_DATES = Stream.concat(
            Stream.of(YEAR.firstDay(), YEAR.lastDay(), YEAR.lastDay().plusDays(1),
                    LocalDate.of(2026, 9, 4), LocalDate.of(2026, 9, 5),
                    LocalDate.of(2027, 6, 30), LocalDate.of(2027, 7, 1),
                    LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1)),
            FIXTURE.studyPeriods().stream().flatMap(p -> Stream.of(p.firstDay(), p.lastDay())))
            .distinct().toList();

    /**
     * The public non-working days of 2026/2027 in Russia (as in the fixture); a generated calendar
     * keeps a random part of them.
     */
    private static final List<LocalDate> PUBLIC_NON_WORKING_DAYS = List.of(
            LocalDate.of(2026, 11, 4), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 6),
            LocalDate.of(2027, 1, 7), LocalDate.of(2027, 1, 8), LocalDate.of(2027, 2, 23),
            LocalDate.of(2027, 3, 8), LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 10));

    /** The school days of each fixture class, in order. */
    private static final Map<String, List<LocalDate>> SCHOOL_DAYS = schoolDaysOfFixture();

    /** Rule sets by their overrides document: each override is read once. */
    private static final Map<String, RuleSet> OVERRIDDEN = new ConcurrentHashMap<>();

    private RulesGenerators() {
    }

    // --- Dates, times and instants -------------------------------------------------------------

    /** Days of the years the federal production calendar covers (YR-2). */
    public static Gen<LocalDate> productionDays() {
        ProductionCalendar federal = ProductionCalendar.federal();
        int first = federal.years().first();
        int last = federal.years().last();
        return integers().between(first, last).zip(integers().between(0, 365),
                (year, day) -> LocalDate.of(year, 1, 1).plusDays(Math.min(day, LocalDate.of(year, 1, 1).lengthOfYear() - 1)));
    }

    /**
     * Lists of transfers of days off in 2027 as a decree might write them, sound or not: each from
     * a Saturday or Sunday to a weekday of the year, some sharing a day (YR-2).
     */
    public static Gen<List<DayTransfer>> transfers2027() {
        LocalDate firstSaturday = LocalDate.of(2027, 1, 2);
        LocalDate firstMonday = LocalDate.of(2027, 1, 4);
        Gen<DayTransfer> one = integers().between(0, 51).zip(integers().between(0, 1), integers().between(0, 51),
                integers().between(0, 4), (week, sunday, toWeek, weekday) -> new DayTransfer(
                        firstSaturday.plusWeeks(week).plusDays(sunday), firstMonday.plusWeeks(toWeek).plusDays(weekday)));
        return lists().of(one).ofSizeBetween(0, 8);
    }

    /**
     * Dates in and around the academic year: from four months before its first day to four
     * months after its last, with its and its periods' first and last days, 4 and 5 September,
     * 30 June and the new year often.
     */
    public static Gen<LocalDate> dates() {
        LocalDate from = YEAR.firstDay().minusDays(MARGIN_DAYS);
        int span = (int) (YEAR.lastDay().plusDays(MARGIN_DAYS).toEpochDay() - from.toEpochDay());
        Gen<LocalDate> any = integers().between(0, span).map(from::plusDays);
        return weighted(Pair.of(4, any), Pair.of(1, arbitrary().pick(REMARKABLE_DATES)));
    }

    /** Times of day, with 00:00 and the last nanosecond of the day often. */
    public static Gen<LocalTime> timesOfDay() {
        Gen<LocalTime> anyNano = longs().between(0, DAY_NANOS - 1).map(LocalTime::ofNanoOfDay);
        Gen<LocalTime> anyMinute = integers().between(0, 24 * 60 - 1)
                .map(minute -> LocalTime.MIN.plusMinutes(minute));
        Gen<LocalTime> edges = arbitrary().pick(List.of(LocalTime.MIDNIGHT, LocalTime.MAX, LocalTime.NOON));
        return weighted(Pair.of(3, anyNano), Pair.of(3, anyMinute), Pair.of(1, edges));
    }

    /** Instants of {@link #dates()} at {@link #timesOfDay()} in the school's zone. */
    public static Gen<Instant> instants() {
        return dates().zip(timesOfDay(), (date, time) -> FIXTURE.instant(date, time));
    }

    /**
     * Offsets from minus five days to plus five days: exactly 0, +1 ns and −1 ns in about a third
     * of the cases, a few nanoseconds or whole minutes in others, any nanosecond otherwise.
     */
    public static Gen<Duration> offsets() {
        Gen<Duration> boundaries = arbitrary().pick(List.of(Duration.ZERO, NANO, NANO.negated()));
        Gen<Duration> nanos = longs().between(-1_000, 1_000).map(Duration::ofNanos);
        Gen<Duration> minutes = integers().between(-5 * 24 * 60, 5 * 24 * 60).map(Duration::ofMinutes);
        Gen<Duration> anyNano = longs().between(-SPREAD_NANOS, SPREAD_NANOS).map(Duration::ofNanos);
        return weighted(Pair.of(3, boundaries), Pair.of(1, nanos), Pair.of(3, minutes), Pair.of(3, anyNano));
    }

    /** Non-negative offsets: 0 and 1 ns often, up to five days. */
    public static Gen<Duration> delays() {
        return offsets().map(Duration::abs);
    }

    /** Positive offsets: 1 ns often, up to five days. */
    public static Gen<Duration> positiveDelays() {
        return delays().map(delay -> delay.isZero() ? NANO : delay);
    }

    /** Instants near the anchor: {@link #offsets()} from it. */
    public static Gen<Instant> instantsNear(Instant anchor) {
        return offsets().map(offset -> anchor.plus(offset));
    }

    // --- Lessons and classes -------------------------------------------------------------------

    /** The fixture's class codes. */
    public static Gen<String> classCodes() {
        return arbitrary().pick(CLASS_CODES);
    }

    /** Real lessons of the fixture: a school day of 1А, 5А or 10А and one of its slots that day. */
    public static Gen<LessonTime> lessons() {
        return classCodes().flatMap(code -> arbitrary().pick(SCHOOL_DAYS.get(code))
                .flatMap(date -> lessonsOn(code, date)));
    }

    /** Real lessons of the fixture within the study period, of any class it applies to. */
    public static Gen<LessonTime> lessonsIn(StudyPeriod period) {
        return classCodes().flatMap(code -> arbitrary().pick(SCHOOL_DAYS.get(code).stream()
                        .filter(period::contains).toList())
                .flatMap(date -> lessonsOn(code, date)));
    }

    private static Gen<LessonTime> lessonsOn(String code, LocalDate date) {
        List<LessonSlot> slots = FIXTURE.classSchedule(code).bells().slots(date.getDayOfWeek());
        return arbitrary().pick(slots).map(slot -> FIXTURE.lesson(code, date, slot.number()));
    }

    /** The fixture's study periods, the four quarters. */
    public static Gen<StudyPeriod> studyPeriods() {
        return arbitrary().pick(FIXTURE.studyPeriods());
    }

    /**
     * Academic years: the fixture's mostly, otherwise a year from 2020 to 2035 starting 1–3
     * September and ending between 20 May and 30 June.
     */
    public static Gen<AcademicYear> academicYears() {
        Gen<AcademicYear> others = integers().between(2020, 2035).zip(
                integers().between(1, 3), integers().between(0, 41),
                (start, firstDay, lastDayOffset) -> new AcademicYear(start,
                        LocalDate.of(start, 9, firstDay),
                        LocalDate.of(start + 1, 5, 20).plusDays(lastDayOffset)));
        return weighted(Pair.of(2, arbitrary().constant(YEAR)), Pair.of(1, others));
    }

    // --- Entries -------------------------------------------------------------------------------

    /** Entries of every kind, each kind about as often as another. */
    public static Gen<Entry> entries() {
        return weighted(Pair.of(12, entriesWithDeadline()), Pair.of(2, disposals()));
    }

    /**
     * Entries of every kind that has a deadline (all but the disposals): absences, lesson marks,
     * homework, control- and written-work marks, period marks with and without a last lesson,
     * final results, a compromise report, the year set-up, and the two prints.
     */
    public static Gen<Entry> entriesWithDeadline() {
        return weighted(
                Pair.of(1, lessons().<Entry>map(Entry.Attendance::new)),
                Pair.of(1, lessons().<Entry>map(Entry.LessonMarks::new)),
                Pair.of(1, lessons().<Entry>map(lesson -> new Entry.Homework(lesson))),
                Pair.of(2, workMarks()),
                Pair.of(1, studyPeriods().<Entry>map(period -> new Entry.PeriodMarks(period))),
                Pair.of(1, studyPeriods().flatMap(period -> lessonsIn(period)
                        .<Entry>map(lesson -> new Entry.PeriodMarks(period, Optional.of(lesson))))),
                Pair.of(1, instants().<Entry>map(Entry.FinalResults::new)),
                Pair.of(1, instants().<Entry>map(Entry.CompromiseReport::new)),
                Pair.of(1, academicYears().<Entry>map(Entry.YearSetup::new)),
                Pair.of(1, academicYears().<Entry>map(Entry.JournalPrint::new)),
                Pair.of(1, academicYears().<Entry>map(Entry.SummarySheetPrint::new)));
    }

    /** Marks of a control work (MRK-3) or a written work (MRK-4) of a fixture class on a date. */
    public static Gen<Entry> workMarks() {
        return classCodes().zip(dates(), booleans().all(), (code, date, control) -> control
                ? new Entry.ControlWorkMarks(code, date)
                : new Entry.WrittenWorkMarks(code, date));
    }

    /** Disposals of a journal (ARC-1) or a summary sheet (ARC-2) closed on a date. */
    public static Gen<Entry> disposals() {
        return dates().zip(booleans().all(), (closedOn, journal) -> journal
                ? new Entry.JournalDisposal(closedOn)
                : new Entry.SummarySheetDisposal(closedOn));
    }

    // --- Technical failures --------------------------------------------------------------------

    /** Technical failures starting at any instant of {@link #instants()}. */
    public static Gen<TechnicalFailure> failures() {
        return instants().zip(delays(), (start, length) -> new TechnicalFailure(start, start.plus(length)));
    }

    /** Technical failures starting near the anchor ({@link #offsets()}), lasting up to five days. */
    public static Gen<TechnicalFailure> failuresNear(Instant anchor) {
        return instantsNear(anchor).zip(delays(), (start, length) -> new TechnicalFailure(start, start.plus(length)));
    }

    /** Technical failures that contain the instant, often starting or ending exactly at it. */
    public static Gen<TechnicalFailure> failuresContaining(Instant instant) {
        return delays().zip(delays(), (before, after) -> new TechnicalFailure(instant.minus(before), instant.plus(after)));
    }

    // --- Calendars -----------------------------------------------------------------------------

    /**
     * The ingredients of a generated calendar: the fixture's year, study periods, holidays and
     * classes, with extra holidays, a part of the public non-working days and some extra ones,
     * and Saturdays made working days by a transfer. Knowing them lets a test tell a school day
     * without asking the calendar.
     *
     * @param extraHolidays holidays added to the fixture's
     * @param publicNonWorkingDays every public non-working day of the calendar
     * @param transferredWorkingDays days made working by a transfer
     */
    public record CalendarPlan(
            List<Holidays> extraHolidays, Set<LocalDate> publicNonWorkingDays,
            Set<LocalDate> transferredWorkingDays) {

        /** Copies the ingredients. */
        public CalendarPlan {
            extraHolidays = List.copyOf(extraHolidays);
            publicNonWorkingDays = Set.copyOf(publicNonWorkingDays);
            transferredWorkingDays = Set.copyOf(transferredWorkingDays);
        }

        /** Returns every holiday period of the calendar: the fixture's and the extra ones. */
        public List<Holidays> holidays() {
            List<Holidays> all = new ArrayList<>(FIXTURE.holidays());
            all.addAll(extraHolidays);
            return all;
        }

        /** Builds the calendar with {@link SchoolCalendar#builder}. */
        public SchoolCalendar calendar() {
            SchoolCalendar.Builder builder = SchoolCalendar.builder(FIXTURE.zone())
                    .academicYear(FIXTURE.academicYear());
            FIXTURE.studyPeriods().forEach(builder::studyPeriod);
            holidays().forEach(builder::holidays);
            builder.publicNonWorkingDays(publicNonWorkingDays.toArray(LocalDate[]::new));
            builder.transferredWorkingDays(transferredWorkingDays.toArray(LocalDate[]::new));
            FIXTURE.classCodes().forEach(code -> builder.classSchedule(FIXTURE.classSchedule(code)));
            return builder.build();
        }

        @Override
        public String toString() {
            return "CalendarPlan[extra holidays " + extraHolidays.stream()
                    .map(h -> h.kind() + " " + h.firstDay() + "–" + h.lastDay()
                            + (h.grades().isEmpty() ? "" : " grades " + new TreeSet<>(h.grades())))
                    .toList()
                    + ", public non-working days " + new TreeSet<>(publicNonWorkingDays)
                    + ", transferred working days " + new TreeSet<>(transferredWorkingDays) + "]";
        }
    }

    /** Plans of calendars: see {@link CalendarPlan}. */
    public static Gen<CalendarPlan> calendarPlans() {
        Gen<List<Holidays>> extraHolidays = lists().of(holidays()).ofSizeBetween(0, 4);
        Gen<Set<LocalDate>> nonWorking = lists().of(booleans().all())
                .ofSize(PUBLIC_NON_WORKING_DAYS.size())
                .zip(lists().of(dates()).ofSizeBetween(0, 12), (keep, extra) -> {
                    Set<LocalDate> days = new TreeSet<>(extra);
                    for (int i = 0; i < keep.size(); i++) {
                        if (keep.get(i)) {
                            days.add(PUBLIC_NON_WORKING_DAYS.get(i));
                        }
                    }
                    return days;
                });
        Gen<List<LocalDate>> saturdays = lists().of(dates()
                .map(date -> date.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))))
                .ofSizeBetween(0, 3);
        return extraHolidays.zip(nonWorking, saturdays, (holidays, days, transferred) ->
                new CalendarPlan(holidays, days, transferred.stream()
                        .filter(day -> !days.contains(day))
                        .collect(Collectors.toSet())));
    }

    /** Calendars built from {@link #calendarPlans()}. */
    public static Gen<SchoolCalendar> calendars() {
        return calendarPlans().map(CalendarPlan::calendar);
    }

    /** Holiday periods of up to two weeks within the year, for every grade or for some. */
    public static Gen<Holidays> holidays() {
        Gen<Set<Integer>> grades = arbitrary().pick(List.of(
                Set.<Integer>of(), Set.of(1), Set.of(5), Set.of(10), Set.of(5, 10), Set.of(1, 5, 10)));
        Gen<LocalDate> firstDays = integers().between(0, (int) (YEAR.lastDay().toEpochDay()
                - YEAR.firstDay().toEpochDay())).map(YEAR.firstDay()::plusDays);
        return arbitrary().enumValues(HolidayKind.class).zip(firstDays, integers().between(0, 13), grades,
                (kind, first, length, forGrades) -> new Holidays(kind, first, first.plusDays(length), forGrades));
    }

    // --- Rule sets -----------------------------------------------------------------------------

    /**
     * The Yugra rule set with MRK-3 and MRK-4 counting calendar or school days (0–10 days) and
     * PD-4 measured as a duration or in working days (1–3).
     */
    public static Gen<RuleSet> ruleSets() {
        Gen<DayCounting> counting = arbitrary().enumValues(DayCounting.class);
        return counting.zip(counting, Pair::of).flatMap(pair -> ruleSets(pair._1, pair._2));
    }

    /** Rule sets whose MRK-3 and MRK-4 both count that way. */
    public static Gen<RuleSet> ruleSets(DayCounting counting) {
        return ruleSets(counting, counting);
    }

    private static Gen<RuleSet> ruleSets(DayCounting controlWork, DayCounting writtenWork) {
        Gen<Integer> days = weighted(Pair.of(2, arbitrary().pick(List.of(0, 1, 3, 7))),
                Pair.of(1, integers().between(0, 10)));
        return days.zip(days, arbitrary().enumValues(CompromiseReportRule.Measure.class),
                integers().between(1, 3),
                (controlDays, writtenDays, measure, workingDays) -> overridden(String.format(
                        "{\"rules\": {"
                                + "\"MRK-3\": {\"counting\": \"%s\", \"days\": %d},"
                                + " \"MRK-4\": {\"counting\": \"%s\", \"days\": %d},"
                                + " \"PD-4\": {\"measure\": \"%s\", \"workingDays\": %d}}}",
                        controlWork, controlDays, writtenWork, writtenDays, measure, workingDays)));
    }

    private static RuleSet overridden(String overrides) {
        return OVERRIDDEN.computeIfAbsent(overrides, json -> RuleSets.yugra2020().withOverrides(json));
    }

    // --- Schools and their entries -------------------------------------------------------------

    /**
     * An entry under the rules of a school, with an instant of interest near which to record it.
     *
     * @param rules the school's rules, with its declared failures
     * @param entry the entry
     * @param anchor an instant of interest: where the limit opens, closes or its extension ends,
     *     or where a declared failure starts or ends
     */
    public record Judged(SchoolRules rules, Entry entry, Instant anchor) {

        /** Returns the entry under the rules, anchored at the instant its limit turns on. */
        public static Judged of(SchoolRules rules, Entry entry) {
            TimeLimit limit = rules.limit(entry);
            return new Judged(rules, entry, limit.closesAt().or(limit::opensAt).orElseThrow());
        }

        /** Returns the entry's time limit under the rules. */
        public TimeLimit limit() {
            return rules.limit(entry);
        }

        /** Returns the verdict on the entry recorded at that instant. */
        public Verdict judge(Instant recordedAt) {
            return rules.judge(entry, recordedAt);
        }

        /** Returns the rule set's rule of the entry as the type of its parameters. */
        public <R extends Rule> R rule(Class<R> type) {
            return rules.ruleSet().rule(entry.rule(), type);
        }

        /** Returns the same entry under the same rules with no declared failure. */
        public Judged withoutFailures() {
            return new Judged(SchoolRules.of(rules.ruleSet(), rules.calendar()), entry, anchor);
        }

        /** Returns the same entry under the same rules with these failures declared too. */
        public Judged withFailures(List<TechnicalFailure> failures) {
            SchoolRules more = rules;
            for (TechnicalFailure failure : failures) {
                more = more.withFailure(failure);
            }
            return new Judged(more, entry, anchor);
        }

        /** Returns the same entry under the same rules anchored at another instant. */
        public Judged anchoredAt(Instant instant) {
            return new Judged(rules, entry, instant);
        }

        /**
         * Returns the instants of interest: where the limit opens, closes and its extension ends,
         * and where each declared failure starts and ends.
         */
        public List<Instant> landmarks() {
            TimeLimit limit = limit();
            List<Instant> landmarks = new ArrayList<>();
            limit.opensAt().ifPresent(landmarks::add);
            limit.closesAt().ifPresent(landmarks::add);
            limit.extension().ifPresent(extension -> landmarks.add(extension.until()));
            rules.failures().forEach(failure -> {
                landmarks.add(failure.start());
                landmarks.add(failure.end());
            });
            return landmarks;
        }

        @Override
        public String toString() {
            return entry + " under " + rules.ruleSet().rule(entry.rule())
                    + " over " + rules.calendar() + " with failures " + rules.failures()
                    + ", near " + anchor.atZone(rules.calendar().zone());
        }
    }

    /** Schools with a generated rule set and calendar and no declared failure. */
    public static Gen<SchoolRules> schoolRules() {
        return ruleSets().zip(calendars(), SchoolRules::of);
    }

    /** Entries of every kind under generated rules, no failure declared, anchored at a landmark. */
    public static Gen<Judged> judged() {
        return anchoredAtLandmarks(schoolRules().zip(entries(), Judged::of));
    }

    /**
     * Entries of every kind under generated rules with zero to three failures near their limit,
     * anchored at a landmark.
     */
    public static Gen<Judged> judgedWithFailures() {
        return anchoredAtLandmarks(schoolRules().zip(entries(), Judged::of)
                .flatMap(judged -> lists().of(failuresNear(judged.anchor())).ofSizeBetween(0, 3)
                        .map(judged::withFailures)));
    }

    /**
     * Entries with a deadline under generated rules and one declared failure that contains the
     * deadline, anchored at the deadline.
     */
    public static Gen<Judged> judgedWithDeadlineInFailure() {
        return schoolRules().zip(entriesWithDeadline(), Judged::of)
                .flatMap(judged -> failuresContaining(judged.anchor())
                        .map(failure -> judged.withFailures(List.of(failure))));
    }

    private static Gen<Judged> anchoredAtLandmarks(Gen<Judged> judged) {
        return judged.flatMap(one -> arbitrary().pick(one.landmarks()).map(one::anchoredAt));
    }

    /** Shares of a span, from 0 to 1, with both ends often. */
    public static Gen<Double> shares() {
        return weighted(Pair.of(1, arbitrary().pick(List.of(0.0, 1.0))),
                Pair.of(3, doubles().between(0.0, 1.0)));
    }

    // --- Helpers -------------------------------------------------------------------------------

    /** Picks one of the generators with the given weights. */
    @SafeVarargs
    private static <T> Gen<T> weighted(Pair<Integer, Gen<T>>... choices) {
        List<Pair<Integer, Gen<T>>> weights = new ArrayList<>();
        for (Pair<Integer, Gen<T>> choice : choices) {
            weights.add(choice);
        }
        return Generate.frequency(weights);
    }

    private static Map<String, List<LocalDate>> schoolDaysOfFixture() {
        Map<String, List<LocalDate>> days = new LinkedHashMap<>();
        for (String code : CLASS_CODES) {
            days.put(code, YEAR.firstDay().datesUntil(YEAR.lastDay().plusDays(1))
                    .filter(date -> FIXTURE.isSchoolDay(code, date))
                    .toList());
        }
        return Map.copyOf(days);
    }
}
