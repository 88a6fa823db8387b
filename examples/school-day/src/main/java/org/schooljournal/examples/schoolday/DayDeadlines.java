package org.schooljournal.examples.schoolday;

import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.schooljournal.core.programme.ControlWork;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.programme.TimetableEntry;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.rules.Entry;
import org.schooljournal.rules.SchoolRules;
import org.schooljournal.rules.TechnicalFailure;
import org.schooljournal.rules.TimeLimit;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.rules.calendar.LessonTime;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.rules.calendar.StudyPeriod;
import org.schooljournal.rules.ruleset.RuleSets;

/**
 * Prints one school day of 5А — Friday 24 October 2025, the last day of the first quarter — on the
 * calendar the engine made from the school's set-up: its lessons by the timetable, with the
 * control work in mathematics of the control-work schedule and an essay in Russian; every
 * deadline the regulation sets that day; and the verdicts of a few entries, one of them late,
 * one made after a technical failure, one too early.
 */
final class DayDeadlines {

    static final String CLASS = FifthGrade.CLASS;
    static final LocalDate DAY = FifthGrade.CONTROL_WORK;

    private final SchoolState state;
    private final SchoolCalendar calendar;
    private final SchoolRules rules;
    private final StudyPeriod quarter;
    private final AcademicYear year;
    private final ControlWork controlWork;
    private final int mathsSlot;
    private final RussianText russian;
    private final PrintStream out;

    DayDeadlines(YugraSchool school, RussianText russian, PrintStream out) {
        this.state = school.state();
        this.calendar = school.calendar();
        this.rules = SchoolRules.of(RuleSets.yugra2020(), calendar);
        this.quarter = calendar.studyPeriod(CLASS, DAY).orElseThrow();
        this.year = calendar.academicYear();
        this.controlWork = Programme.of(state).controlWorksOf(CLASS).stream()
                .filter(work -> work.date().equals(DAY)).findFirst().orElseThrow();
        this.mathsSlot = lessonsOfTheDay().stream().filter(e -> e.subjectCode().equals(controlWork.subjectCode()))
                .mapToInt(TimetableEntry::slot).max().orElseThrow();
        this.russian = russian;
        this.out = out;
    }

    /** Prints the day. */
    void print() {
        out.println(russian.text("title", russian.date(DAY), quarter.number()));
        out.println(russian.text("zone", calendar.zone(), rules.ruleSet().title()));
        printLessons();
        out.println();
        printLimits();
        out.println();
        printEntries();
    }

    private void printLessons() {
        Programme programme = Programme.of(state);
        List<TimetableEntry> entries = lessonsOfTheDay();
        int last = entries.stream().mapToInt(TimetableEntry::slot).max().orElse(0);
        for (int slot = 1; slot <= last; slot++) {
            List<String> where = new ArrayList<>();
            String subject = "";
            for (TimetableEntry entry : entries) {
                if (entry.slot() == slot) {
                    subject = programme.subject(entry.subjectCode()).orElseThrow().name();
                    String room = russian.text("lesson.room", entry.roomNumber(),
                            russian.initials(state.structure().staff().get(entry.teacherId())));
                    where.add(entry.holderCode().equals(CLASS) ? room : russian.text("lesson.group", entry.holderCode(), room));
                }
            }
            String work = slot == mathsSlot ? russian.text("lesson.controlWork", controlWork.form()) : "";
            out.println(russian.text("lesson.line", slot, span(lesson(slot)), subject + work, String.join("; ", where)));
        }
    }

    /** Returns the day's timetable entries of 5А and of the groups drawn from it. */
    private List<TimetableEntry> lessonsOfTheDay() {
        Programme programme = Programme.of(state);
        DayOfWeek weekday = DAY.getDayOfWeek();
        return programme.timetable().stream()
                .filter(e -> e.day() == weekday && (e.holderCode().equals(CLASS)
                        || programme.group(e.holderCode()).filter(g -> g.drawsFrom(CLASS)).isPresent()))
                .toList();
    }

    private void printLimits() {
        out.println(russian.text("limits"));
        LessonTime first = lesson(1);
        LessonTime sixth = lesson(6);
        SchoolRules schoolDays = SchoolRules.of(rules.ruleSet()
                .withOverrides("{\"rules\": {\"MRK-3\": {\"counting\": \"SCHOOL_DAYS\"}}}"), calendar);
        Entry controlWorkMarks = new Entry.ControlWorkMarks(controlWork.holderCode(), controlWork.date());
        printLimit(rules, new Entry.Attendance(first), russian.text("entry.ATT-2", 1, span(first)));
        printLimit(rules, new Entry.LessonMarks(sixth), russian.text("entry.MRK-2", 6, span(sixth)));
        printLimit(rules, new Entry.Homework(first), russian.text("entry.LES-4", 1, span(first)));
        printLimit(rules, controlWorkMarks, russian.text("entry.MRK-3"));
        printLimit(schoolDays, controlWorkMarks, russian.text("entry.MRK-3.school"));
        printLimit(rules, new Entry.WrittenWorkMarks(CLASS, DAY), russian.text("entry.MRK-4"));
        printLimit(rules, new Entry.PeriodMarks(quarter), russian.text("entry.MRK-7"));
        printLimit(rules, new Entry.PeriodMarks(quarter, Optional.of(lesson(mathsSlot))),
                russian.text("entry.MRK-7.lesson", mathsSlot, span(lesson(mathsSlot))));
        Instant results = at(LocalTime.of(14, 5));
        printLimit(rules, new Entry.FinalResults(results), russian.text("entry.MRK-13", russian.instant(results)));
        Instant discovered = at(LocalTime.of(16, 20));
        printLimit(rules, new Entry.CompromiseReport(discovered), russian.text("entry.PD-4", russian.instant(discovered)));
        printLimit(rules, new Entry.YearSetup(year), russian.text("entry.YR-11"));
        printLimit(rules, new Entry.JournalPrint(year), russian.text("entry.ARC-1"));
        String closed = russian.date(year.lastDay());
        printLimit(rules, new Entry.JournalDisposal(year.lastDay()), russian.text("entry.ARC-1.keep", closed));
        printLimit(rules, new Entry.SummarySheetPrint(year), russian.text("entry.ARC-2"));
        printLimit(rules, new Entry.SummarySheetDisposal(year.lastDay()), russian.text("entry.ARC-2.keep", closed));
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
        String mathsQuarter = russian.text("entry.MRK-7.lesson", mathsSlot, span(lesson(mathsSlot)));
        Entry quarterMarks = new Entry.PeriodMarks(quarter, Optional.of(lesson(mathsSlot)));
        judge(failed, quarterMarks, LocalTime.of(8, 50), mathsQuarter);
        judge(failed, quarterMarks, LocalTime.of(16, 0), mathsQuarter);
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
        return calendar.instant(DAY, time);
    }
}
