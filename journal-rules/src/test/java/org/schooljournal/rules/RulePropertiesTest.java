package org.schooljournal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.schooljournal.rules.RulesGenerators.calendarPlans;
import static org.schooljournal.rules.RulesGenerators.delays;
import static org.schooljournal.rules.RulesGenerators.judged;
import static org.schooljournal.rules.RulesGenerators.judgedWithDeadlineInFailure;
import static org.schooljournal.rules.RulesGenerators.judgedWithFailures;
import static org.schooljournal.rules.RulesGenerators.offsets;
import static org.schooljournal.rules.RulesGenerators.positiveDelays;
import static org.schooljournal.rules.RulesGenerators.ruleSets;
import static org.schooljournal.rules.RulesGenerators.shares;
import static org.schooljournal.rules.RulesGenerators.workMarks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.schooljournal.rules.RulesGenerators.CalendarPlan;
import org.schooljournal.rules.RulesGenerators.Judged;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.rules.calendar.ClassSchedule;
import org.schooljournal.rules.calendar.Holidays;
import org.schooljournal.rules.calendar.LessonTime;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.rules.ruleset.DayCounting;
import org.schooljournal.rules.ruleset.Enforcement;
import org.schooljournal.rules.ruleset.FailureRule;
import org.schooljournal.rules.ruleset.HomeworkRule;
import org.schooljournal.rules.ruleset.LimitRule;
import org.schooljournal.rules.ruleset.RuleId;
import org.schooljournal.rules.ruleset.WorkMarksRule;

/**
 * Properties of every rule over generated entries, instants, calendars, rule sets and declared
 * technical failures (see {@link RulesGenerators}), checked with QuickTheories. The boundary
 * semantics they check are those of the package comment of {@code org.schooljournal.rules}.
 */
class RulePropertiesTest {

    private static final Duration NANO = Duration.ofNanos(1);

    /** Enough examples to find a broken boundary, few enough for the class to run in seconds. */
    private static QuickTheory properties() {
        return qt().withExamples(500);
    }

    @Test
    @DisplayName("a later recording is never more on time than an earlier one, with or without failures")
    @Tag("ATT-2") @Tag("MRK-2") @Tag("LES-4") @Tag("MRK-3") @Tag("MRK-4") @Tag("MRK-7") @Tag("MRK-13")
    @Tag("PD-4") @Tag("YR-11") @Tag("ARC-1") @Tag("ARC-2") @Tag("ARC-7")
    void laterIsNeverMoreOnTime() {
        properties().forAll(judgedWithFailures(), offsets(), delays())
                .checkAssert((judged, offset, delay) -> {
                    Instant earlier = judged.anchor().plus(offset);
                    Instant later = earlier.plus(delay);
                    Verdict first = judged.judge(earlier);
                    Verdict second = judged.judge(later);

                    assertThat(order(second)).as("%s then %s", first, second).isGreaterThanOrEqualTo(order(first));
                    if (first.timeliness() == Timeliness.LATE) {
                        assertThat(second.timeliness()).as("%s then %s", first, second).isEqualTo(Timeliness.LATE);
                        assertThat(second.lateness()).as("%s then %s", first, second)
                                .isGreaterThanOrEqualTo(first.lateness())
                                .isEqualTo(first.lateness().plus(delay));
                    }
                    if (second.timeliness() == Timeliness.TOO_EARLY) {
                        assertThat(first.timeliness()).as("%s then %s", first, second).isEqualTo(Timeliness.TOO_EARLY);
                        assertThat(first.earliness()).as("%s then %s", first, second)
                                .isEqualTo(second.earliness().plus(delay));
                    }
                });
    }

    /** TOO_EARLY before ON_TIME before LATE. */
    private static int order(Verdict verdict) {
        switch (verdict.timeliness()) {
            case TOO_EARLY:
                return 0;
            case ON_TIME:
                return 1;
            default:
                return 2;
        }
    }

    @Test
    @DisplayName("a deadline is never before the event it follows, and a failure never moves it earlier")
    @Tag("ATT-2") @Tag("MRK-2") @Tag("LES-4") @Tag("MRK-3") @Tag("MRK-4") @Tag("MRK-7") @Tag("MRK-13")
    @Tag("PD-4") @Tag("ARC-1") @Tag("ARC-2") @Tag("ARC-7")
    void deadlineFollowsItsEvent() {
        properties().forAll(judgedWithFailures()).checkAssert(judged -> {
            TimeLimit limit = judged.limit();
            TimeLimit undisturbed = judged.withoutFailures().limit();
            SchoolCalendar calendar = judged.rules().calendar();
            Entry entry = judged.entry();
            String about = judged.toString();

            if (entry instanceof Entry.Attendance e) {
                assertThat(limit.closesAt().orElseThrow()).as(about).isAfterOrEqualTo(start(e.lesson(), calendar));
            } else if (entry instanceof Entry.LessonMarks e) {
                assertThat(limit.closesAt().orElseThrow()).as(about).isAfterOrEqualTo(start(e.lesson(), calendar));
            } else if (entry instanceof Entry.Homework e) {
                Duration afterLessons = judged.rule(HomeworkRule.class).afterLessonsEnd();
                assertThat(limit.closesAt().orElseThrow()).as(about)
                        .isAfterOrEqualTo(calendar.instant(e.lesson().date(), e.lesson().end()).plus(afterLessons));
            } else if (entry instanceof Entry.ControlWorkMarks e) {
                assertThat(limit.closesAt().orElseThrow()).as(about).isAfterOrEqualTo(calendar.endOfDay(e.workDate()));
            } else if (entry instanceof Entry.WrittenWorkMarks e) {
                assertThat(limit.closesAt().orElseThrow()).as(about).isAfterOrEqualTo(calendar.endOfDay(e.workDate()));
            } else if (entry instanceof Entry.PeriodMarks e) {
                assertThat(limit.closesAt().orElseThrow()).as(about)
                        .isAfterOrEqualTo(limit.opensAt().orElseThrow())
                        .isEqualTo(calendar.endOfDay(e.period().lastDay()));
            } else if (entry instanceof Entry.FinalResults e) {
                assertThat(limit.closesAt().orElseThrow()).as(about).isAfterOrEqualTo(e.obtainedAt());
            } else if (entry instanceof Entry.CompromiseReport e) {
                assertThat(limit.closesAt().orElseThrow()).as(about).isAfterOrEqualTo(e.discoveredAt());
            } else if (entry instanceof Entry.YearSetup e) {
                assertThat(limit.closesAt()).as(about).isPresent();
            } else if (entry instanceof Entry.JournalPrint e) {
                assertPrintFollowsYear(limit, e.year(), calendar, about);
            } else if (entry instanceof Entry.SummarySheetPrint e) {
                assertPrintFollowsYear(limit, e.year(), calendar, about);
            } else if (entry instanceof Entry.JournalDisposal e) {
                assertThat(limit.opensAt().orElseThrow()).as(about).isAfterOrEqualTo(calendar.endOfDay(e.closedOn()));
                assertThat(limit.closesAt()).as(about).isEmpty();
            } else if (entry instanceof Entry.SummarySheetDisposal e) {
                assertThat(limit.opensAt().orElseThrow()).as(about).isAfterOrEqualTo(calendar.endOfDay(e.closedOn()));
                assertThat(limit.closesAt()).as(about).isEmpty();
            }

            assertThat(limit.closesAt()).as("a failure does not change the deadline itself: %s", about)
                    .isEqualTo(undisturbed.closesAt());
            assertThat(limit.opensAt()).as(about).isEqualTo(undisturbed.opensAt());
            limit.closesAt().ifPresent(deadline -> {
                assertThat(limit.effectiveClose().orElseThrow()).as(about).isAfterOrEqualTo(deadline);
                limit.extension().ifPresent(extension ->
                        assertThat(extension.until()).as(about).isAfter(deadline));
            });
        });
    }

    private static Instant start(LessonTime lesson, SchoolCalendar calendar) {
        return calendar.instant(lesson.date(), lesson.start());
    }

    private static void assertPrintFollowsYear(
            TimeLimit limit, AcademicYear year, SchoolCalendar calendar, String about) {
        assertThat(limit.opensAt().orElseThrow()).as(about).isEqualTo(calendar.endOfDay(year.lastDay()));
        assertThat(limit.closesAt().orElseThrow()).as(about).isAfterOrEqualTo(limit.opensAt().orElseThrow());
    }

    @Test
    @DisplayName("counting school days skips holidays, days off of the class's week and public non-working days")
    @Tag("MRK-3") @Tag("MRK-4") @Tag("YR-2")
    void schoolDaysCountOnlySchoolDays() {
        properties().forAll(calendarPlans(), ruleSets(DayCounting.SCHOOL_DAYS), workMarks())
                .checkAssert((plan, ruleSet, entry) -> {
                    SchoolCalendar calendar = plan.calendar();
                    String classCode = entry instanceof Entry.ControlWorkMarks c
                            ? c.classCode() : ((Entry.WrittenWorkMarks) entry).classCode();
                    LocalDate workDate = entry instanceof Entry.ControlWorkMarks c
                            ? c.workDate() : ((Entry.WrittenWorkMarks) entry).workDate();
                    int days = ruleSet.rule(entry.rule(), WorkMarksRule.class).days();
                    Instant closesAt = SchoolRules.of(ruleSet, calendar).limit(entry).closesAt().orElseThrow();
                    ZoneId zone = calendar.zone();
                    String about = entry + ", " + days + " school days, " + plan;

                    assertThat(closesAt.atZone(zone).toLocalTime()).as("24:00 of the last day: %s", about)
                            .isEqualTo(LocalTime.MIDNIGHT);
                    LocalDate lastDay = closesAt.atZone(zone).toLocalDate().minusDays(1);
                    assertThat(lastDay).as(about).isAfterOrEqualTo(workDate);
                    long counted = workDate.plusDays(1).datesUntil(lastDay.plusDays(1))
                            .filter(day -> counts(plan, classCode, day))
                            .count();
                    assertThat(counted).as("days counted in (%s, %s]: %s", workDate, lastDay, about)
                            .isEqualTo(days);
                    if (days == 0) {
                        assertThat(lastDay).as(about).isEqualTo(workDate);
                    } else if (lastDay.isAfter(calendar.academicYear().lastDay())) {
                        assertThat(isWorkingDay(plan, lastDay)).as("%s is a working day: %s", lastDay, about)
                                .isTrue();
                    } else {
                        ClassSchedule schedule = calendar.classSchedule(classCode);
                        assertThat(schedule.week().includes(lastDay.getDayOfWeek()))
                                .as("%s is in the class's week: %s", lastDay, about).isTrue();
                        assertThat(plan.publicNonWorkingDays())
                                .as("%s is not a public non-working day: %s", lastDay, about)
                                .doesNotContain(lastDay);
                        assertThat(plan.holidays().stream().filter(h -> covers(h, lastDay, schedule.grade())))
                                .as("holidays on %s: %s", lastDay, about).isEmpty();
                    }
                });
    }

    /**
     * Tells from the plan alone whether a day counts: in the year, a school day of the class; after
     * it, a working day.
     */
    private static boolean counts(CalendarPlan plan, String classCode, LocalDate day) {
        AcademicYear year = RulesGenerators.FIXTURE.academicYear();
        if (day.isAfter(year.lastDay())) {
            return isWorkingDay(plan, day);
        }
        ClassSchedule schedule = RulesGenerators.FIXTURE.classSchedule(classCode);
        return !day.isBefore(year.firstDay())
                && schedule.week().includes(day.getDayOfWeek())
                && !plan.publicNonWorkingDays().contains(day)
                && plan.holidays().stream().noneMatch(h -> covers(h, day, schedule.grade()))
                && RulesGenerators.FIXTURE.studyPeriods().stream()
                        .anyMatch(p -> !day.isBefore(p.firstDay()) && !day.isAfter(p.lastDay()));
    }

    private static boolean covers(Holidays holidays, LocalDate day, int grade) {
        return !day.isBefore(holidays.firstDay()) && !day.isAfter(holidays.lastDay())
                && (holidays.grades().isEmpty() || holidays.grades().contains(grade));
    }

    private static boolean isWorkingDay(CalendarPlan plan, LocalDate day) {
        boolean weekend = day.getDayOfWeek().getValue() >= 6;
        return plan.transferredWorkingDays().contains(day)
                || !weekend && !plan.publicNonWorkingDays().contains(day);
    }

    @Test
    @DisplayName("every verdict names the entry's rule and the rule set's legal reference for it")
    @Tag("ATT-2") @Tag("MRK-2") @Tag("LES-4") @Tag("MRK-3") @Tag("MRK-4") @Tag("MRK-7") @Tag("MRK-13")
    @Tag("PD-4") @Tag("YR-11") @Tag("ARC-1") @Tag("ARC-2") @Tag("ARC-7")
    void everyVerdictNamesItsRule() {
        properties().forAll(judgedWithFailures(), offsets()).checkAssert((judged, offset) -> {
            Verdict verdict = judged.judge(judged.anchor().plus(offset));
            LimitRule rule = judged.rule(LimitRule.class);
            boolean disposal = judged.entry() instanceof Entry.JournalDisposal
                    || judged.entry() instanceof Entry.SummarySheetDisposal;

            assertThat(verdict.rule()).as("%s", verdict).isEqualTo(judged.entry().rule());
            assertThat(verdict.limit().rule()).as("%s", verdict).isEqualTo(judged.entry().rule());
            assertThat(judged.limit().rule()).as("%s", verdict).isEqualTo(judged.entry().rule());
            assertThat(verdict.reference()).as("%s", verdict)
                    .isNotBlank()
                    .isEqualTo(rule.reference());
            assertThat(verdict.enforcement()).as("%s", verdict)
                    .isEqualTo(disposal ? Enforcement.REJECT : rule.enforcement());
        });
    }

    @Test
    @DisplayName("both ends are inclusive: on time at the deadline and at the opening, not a nanosecond beyond")
    @Tag("ATT-2") @Tag("MRK-2") @Tag("LES-4") @Tag("MRK-3") @Tag("MRK-4") @Tag("MRK-7") @Tag("MRK-13")
    @Tag("PD-4") @Tag("YR-11") @Tag("ARC-1") @Tag("ARC-2")
    void exactlyAtTheBoundary() {
        properties().forAll(judged()).checkAssert(judged -> {
            TimeLimit limit = judged.limit();
            String about = judged.toString();
            assertThat(limit.opensAt().or(limit::closesAt)).as(about).isPresent();

            limit.closesAt().ifPresent(deadline -> {
                Verdict atDeadline = judged.judge(deadline);
                assertThat(atDeadline.timeliness()).as(about).isEqualTo(Timeliness.ON_TIME);
                assertThat(atDeadline.causedByFailure()).as(about).isFalse();
                Verdict justAfter = judged.judge(deadline.plus(NANO));
                assertThat(justAfter.timeliness()).as(about).isEqualTo(Timeliness.LATE);
                assertThat(justAfter.lateness()).as(about).isEqualTo(NANO);
            });
            limit.opensAt().ifPresent(opening -> {
                assertThat(judged.judge(opening).timeliness()).as(about).isNotEqualTo(Timeliness.TOO_EARLY);
                Verdict justBefore = judged.judge(opening.minus(NANO));
                assertThat(justBefore.timeliness()).as(about).isEqualTo(Timeliness.TOO_EARLY);
                assertThat(justBefore.earliness()).as(about).isEqualTo(NANO);
            });
        });
    }

    @Test
    @DisplayName("a deadline inside a declared failure extends to its end plus the grace, on time because of it")
    @Tag("ARC-7") @Tag("ATT-2") @Tag("MRK-2") @Tag("LES-4") @Tag("MRK-3") @Tag("MRK-4") @Tag("MRK-7")
    @Tag("MRK-13") @Tag("PD-4") @Tag("YR-11") @Tag("ARC-1") @Tag("ARC-2")
    void failureExtendsTheDeadline() {
        properties().forAll(judgedWithDeadlineInFailure(), shares(), positiveDelays())
                .checkAssert((judged, share, delay) -> {
                    Instant deadline = judged.anchor();
                    TechnicalFailure failure = judged.rules().failures().get(0);
                    FailureRule arc7 = judged.rules().ruleSet().rule(RuleId.ARC_7, FailureRule.class);
                    TimeLimit limit = judged.limit();
                    String about = judged.toString();
                    assertThat(failure.contains(deadline)).as(about).isTrue();

                    if (!arc7.appliesTo().contains(judged.entry().rule())) {
                        assertThat(limit.extension()).as("%s is not extended: %s", judged.entry().rule(), about)
                                .isEmpty();
                        assertLate(judged, deadline.plus(delay), delay, about);
                        return;
                    }
                    Instant until = failure.end().plus(arc7.grace());
                    assertThat(limit.extension()).as(about)
                            .contains(new TimeLimit.Extension(failure, until));

                    long span = Duration.between(deadline, until).toNanos();
                    Instant inside = deadline.plusNanos(1 + Math.round(share * (span - 1)));
                    for (Instant at : new Instant[] {deadline.plus(NANO), inside, until}) {
                        Verdict verdict = judged.judge(at);
                        assertThat(verdict.timeliness()).as("at %s: %s", at, about).isEqualTo(Timeliness.ON_TIME);
                        assertThat(verdict.causedByFailure()).as("at %s: %s", at, about).isTrue();
                    }
                    assertLate(judged, until.plus(delay), delay, about);
                });
    }

    private static void assertLate(Judged judged, Instant at, Duration lateness, String about) {
        Verdict verdict = judged.judge(at);
        assertThat(verdict.timeliness()).as("at %s: %s", at, about).isEqualTo(Timeliness.LATE);
        assertThat(verdict.lateness()).as("at %s: %s", at, about).isEqualTo(lateness);
        assertThat(verdict.causedByFailure()).as("at %s: %s", at, about).isFalse();
    }

    /**
     * Once falsified when {@code SchoolRules.extension} followed only the failure that ended last
     * among those containing the deadline, so that a longer failure cut a chain of extensions a
     * shorter one would have continued. Shrunk example: an absence of 1А's lesson at 08:30 on 1 September 2026 (deadline 08:50),
     * failures 08:50–08:50 and 08:50:00.000000001 – 2 September 08:50:00.000000001: extended to
     * 3 September 08:50:00.000000001; declaring 08:50–08:51 as well cuts it to 2 September 08:51.
     */
    @Test
    @DisplayName("declaring one more failure never moves the effective deadline earlier")
    @Tag("ARC-7")
    void moreFailuresNeverShortenTheExtension() {
        properties().forAll(judgedWithFailures(), offsets(), delays()).checkAssert((judged, offset, length) -> {
            Instant start = judged.anchor().plus(offset);
            TechnicalFailure another = new TechnicalFailure(start, start.plus(length));
            Optional<Instant> before = judged.limit().effectiveClose();
            Optional<Instant> after = judged.withFailures(List.of(another)).limit().effectiveClose();
            before.ifPresent(close -> assertThat(after.orElseThrow())
                    .as("with %s more: %s", another, judged).isAfterOrEqualTo(close));
        });
    }
}
