package org.schooljournal.examples.schoolday;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.schooljournal.rules.Entry;
import org.schooljournal.rules.SchoolRules;
import org.schooljournal.rules.TechnicalFailure;
import org.schooljournal.rules.TimeLimit;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.rules.calendar.BellSchedule;
import org.schooljournal.rules.calendar.HolidayKind;
import org.schooljournal.rules.calendar.Holidays;
import org.schooljournal.rules.calendar.LessonSlot;
import org.schooljournal.rules.calendar.LessonTime;
import org.schooljournal.rules.calendar.PeriodKind;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.rules.calendar.StudyPeriod;
import org.schooljournal.rules.ruleset.RuleSets;

/**
 * The project's runnable example: one Yugra school day — Friday 23 October 2026, the last day of
 * the first quarter, in class 5А with six lessons from 08:30, a control work in mathematics in the
 * 2nd lesson and an essay in Russian in the 3rd — with every deadline the regulation sets and the
 * verdicts of a few entries, one of them late, one made after a technical failure.
 */
public final class SchoolDay {

    static final String CLASS = "5А";
    static final LocalDate DAY = LocalDate.of(2026, 10, 23);
    static final AcademicYear YEAR = new AcademicYear(2026, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 26));
    static final StudyPeriod FIRST_QUARTER =
            StudyPeriod.of(PeriodKind.QUARTER, 1, LocalDate.of(2026, 9, 1), DAY);

    private final SchoolCalendar calendar = calendar();
    private final SchoolRules rules = SchoolRules.of(RuleSets.yugra2020(), calendar);
    private final RussianText russian = new RussianText(calendar.zone());
    private final PrintStream out;

    SchoolDay(PrintStream out) {
        this.out = out;
    }

    /** Prints the school day. */
    public static void main(String[] args) {
        new SchoolDay(new PrintStream(System.out, true, StandardCharsets.UTF_8)).print();
    }

    void print() {
        out.println(russian.text("title", "23.10.2026", 1));
        out.println(russian.text("zone", calendar.zone(), rules.ruleSet().title()));
        out.println();
        printLimits();
        out.println();
        printEntries();
    }

    private void printLimits() {
        out.println(russian.text("limits"));
        LessonTime first = lesson(1);
        LessonTime sixth = lesson(6);
        SchoolRules schoolDays = SchoolRules.of(rules.ruleSet()
                .withOverrides("{\"rules\": {\"MRK-3\": {\"counting\": \"SCHOOL_DAYS\"}}}"), calendar);
        printLimit(rules, new Entry.Attendance(first), russian.text("entry.ATT-2", 1, span(first)));
        printLimit(rules, new Entry.LessonMarks(sixth), russian.text("entry.MRK-2", 6, span(sixth)));
        printLimit(rules, new Entry.Homework(first), russian.text("entry.LES-4", 1, span(first)));
        printLimit(rules, new Entry.ControlWorkMarks(CLASS, DAY), russian.text("entry.MRK-3"));
        printLimit(schoolDays, new Entry.ControlWorkMarks(CLASS, DAY), russian.text("entry.MRK-3.school"));
        printLimit(rules, new Entry.WrittenWorkMarks(CLASS, DAY), russian.text("entry.MRK-4"));
        printLimit(rules, new Entry.PeriodMarks(FIRST_QUARTER), russian.text("entry.MRK-7"));
        printLimit(rules, new Entry.PeriodMarks(FIRST_QUARTER, Optional.of(lesson(2))),
                russian.text("entry.MRK-7.lesson", 2, span(lesson(2))));
        Instant results = at(LocalTime.of(14, 5));
        printLimit(rules, new Entry.FinalResults(results), russian.text("entry.MRK-13", russian.instant(results)));
        Instant discovered = at(LocalTime.of(16, 20));
        printLimit(rules, new Entry.CompromiseReport(discovered), russian.text("entry.PD-4", russian.instant(discovered)));
        printLimit(rules, new Entry.YearSetup(YEAR), russian.text("entry.YR-11"));
        printLimit(rules, new Entry.JournalPrint(YEAR), russian.text("entry.ARC-1"));
        printLimit(rules, new Entry.JournalDisposal(YEAR.lastDay()), russian.text("entry.ARC-1.keep", "26.05.2027"));
        printLimit(rules, new Entry.SummarySheetPrint(YEAR), russian.text("entry.ARC-2"));
        printLimit(rules, new Entry.SummarySheetDisposal(YEAR.lastDay()), russian.text("entry.ARC-2.keep", "26.05.2027"));
    }

    private void printLimit(SchoolRules school, Entry entry, String what) {
        TimeLimit limit = school.limit(entry);
        out.println(russian.text("verdict.line", limit.rule(), what, russian.limit(limit)));
    }

    private void printEntries() {
        TechnicalFailure failure = new TechnicalFailure(at(LocalTime.of(10, 10)), at(LocalTime.of(11, 30)));
        SchoolRules failed = rules.withFailure(failure);
        out.println(russian.text("entries"));
        out.println(russian.text("failure", russian.time(failure.start()), russian.time(failure.end())));
        judge(failed, new Entry.Attendance(lesson(1)), LocalTime.of(8, 45), russian.text("entry.ATT-2", 1, span(lesson(1))));
        judge(failed, new Entry.Attendance(lesson(3)), LocalTime.of(12, 10), russian.text("entry.ATT-2", 3, span(lesson(3))));
        judge(failed, new Entry.Attendance(lesson(5)), LocalTime.of(12, 37), russian.text("entry.ATT-2", 5, span(lesson(5))));
        judge(failed, new Entry.LessonMarks(lesson(6)), LocalTime.of(17, 30), russian.text("entry.MRK-2", 6, span(lesson(6))));
        judge(failed, new Entry.Homework(lesson(4)), LocalTime.of(15, 25), russian.text("entry.LES-4", 4, span(lesson(4))));
        String mathsQuarter = russian.text("entry.MRK-7.lesson", 2, span(lesson(2)));
        judge(failed, new Entry.PeriodMarks(FIRST_QUARTER, Optional.of(lesson(2))), LocalTime.of(8, 50), mathsQuarter);
        judge(failed, new Entry.PeriodMarks(FIRST_QUARTER, Optional.of(lesson(2))), LocalTime.of(16, 0), mathsQuarter);
    }

    private void judge(SchoolRules school, Entry entry, LocalTime recorded, String what) {
        var verdict = school.judge(entry, at(recorded));
        out.println(russian.text("verdict.line", russian.time(verdict.recordedAt()), what,
                russian.verdict(verdict)));
        out.println(russian.text("rule.line", verdict.rule(), verdict.reference()));
    }

    private LessonTime lesson(int slot) {
        return calendar.lesson(CLASS, DAY, slot);
    }

    private String span(LessonTime lesson) {
        return lesson.start() + "–" + lesson.end();
    }

    private Instant at(LocalTime time) {
        return LocalDateTime.of(DAY, time).atZone(calendar.zone()).toInstant();
    }

    /** The school's calendar for 2026/2027, as far as this day needs it. */
    static SchoolCalendar calendar() {
        List<LessonSlot> sixLessons = List.of(
                new LessonSlot(1, LocalTime.of(8, 30), LocalTime.of(9, 10)),
                new LessonSlot(2, LocalTime.of(9, 20), LocalTime.of(10, 0)),
                new LessonSlot(3, LocalTime.of(10, 20), LocalTime.of(11, 0)),
                new LessonSlot(4, LocalTime.of(11, 20), LocalTime.of(12, 0)),
                new LessonSlot(5, LocalTime.of(12, 10), LocalTime.of(12, 50)),
                new LessonSlot(6, LocalTime.of(13, 0), LocalTime.of(13, 40)));
        return SchoolCalendar.builder(SchoolCalendar.YUGRA)
                .academicYear(YEAR)
                .studyPeriod(FIRST_QUARTER)
                .studyPeriod(StudyPeriod.of(PeriodKind.QUARTER, 2, LocalDate.of(2026, 11, 5), LocalDate.of(2026, 12, 28)))
                .holidays(Holidays.of(HolidayKind.AUTUMN, LocalDate.of(2026, 10, 24), LocalDate.of(2026, 11, 3)))
                .publicNonWorkingDays(LocalDate.of(2026, 11, 4))
                .classSchedule(CLASS, 5, BellSchedule.sameOn(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), sixLessons))
                .build();
    }
}
