package org.schooljournal.rules;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.rules.ruleset.ArchiveRule;
import org.schooljournal.rules.ruleset.AttendanceRule;
import org.schooljournal.rules.ruleset.CompromiseReportRule;
import org.schooljournal.rules.ruleset.Enforcement;
import org.schooljournal.rules.ruleset.FailureRule;
import org.schooljournal.rules.ruleset.FinalResultsRule;
import org.schooljournal.rules.ruleset.HomeworkRule;
import org.schooljournal.rules.ruleset.LessonMarksRule;
import org.schooljournal.rules.ruleset.LimitRule;
import org.schooljournal.rules.ruleset.PeriodMarksRule;
import org.schooljournal.rules.ruleset.Rule;
import org.schooljournal.rules.ruleset.RuleId;
import org.schooljournal.rules.ruleset.RuleSet;
import org.schooljournal.rules.ruleset.TopicRule;
import org.schooljournal.rules.ruleset.WorkMarksRule;
import org.schooljournal.rules.ruleset.YearSetupRule;

/**
 * The rules of one school: a rule set over the school's calendar, with the technical failures the
 * school has declared. For any {@link Entry} it gives the {@link TimeLimit} as instants in the
 * school's zone, and the {@link Verdict} for an instant of recording.
 *
 * <pre>{@code
 * SchoolRules rules = SchoolRules.of(RuleSets.yugra2020(), calendar);
 * Verdict verdict = rules.judge(new Entry.Attendance(lesson), recordedAt);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SchoolRules {

    private final RuleSet ruleSet;
    private final SchoolCalendar calendar;
    private final List<TechnicalFailure> failures;

    private SchoolRules(RuleSet ruleSet, SchoolCalendar calendar, List<TechnicalFailure> failures) {
        this.ruleSet = ruleSet;
        this.calendar = calendar;
        this.failures = List.copyOf(failures);
    }

    /** Returns the rules of a school with no declared technical failure. */
    public static SchoolRules of(RuleSet ruleSet, SchoolCalendar calendar) {
        return new SchoolRules(Objects.requireNonNull(ruleSet, "ruleSet"),
                Objects.requireNonNull(calendar, "calendar"), List.of());
    }

    /** Returns these rules with one more declared technical failure (ARC-7). */
    public SchoolRules withFailure(TechnicalFailure failure) {
        List<TechnicalFailure> more = new ArrayList<>(failures);
        more.add(Objects.requireNonNull(failure, "failure"));
        return new SchoolRules(ruleSet, calendar, more);
    }

    /** Returns the rule set. */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** Returns the school calendar. */
    public SchoolCalendar calendar() {
        return calendar;
    }

    /** Returns the declared technical failures, in the order they were declared. */
    public List<TechnicalFailure> failures() {
        return failures;
    }

    /**
     * Returns the time limit of the entry.
     *
     * @throws IllegalArgumentException if the entry names a class the calendar does not have, or
     *     asks for the print of an academic year that ends after its print-by day (ARC-1, ARC-2)
     */
    public TimeLimit limit(Entry entry) {
        Objects.requireNonNull(entry, "entry");
        if (entry instanceof Entry.Topic e) {
            TopicRule topicRule = ruleSet.rule(RuleId.LES_2, TopicRule.class);
            return new TimeLimit(RuleId.LES_2, topicRule.reference(), Enforcement.REJECT, calendar.zone(),
                    Optional.of(topicRule.opensAt(e.lesson(), e.planned(), calendar)), Optional.empty(), Optional.empty());
        }
        LimitRule rule = ruleSet.rule(entry.rule(), LimitRule.class);
        Optional<Instant> opens = Optional.empty();
        Optional<Instant> closes = Optional.empty();
        Enforcement enforcement = rule.enforcement();
        if (entry instanceof Entry.Attendance e) {
            opens = Optional.of(((AttendanceRule) rule).opensAt(e.lesson(), calendar));
            closes = Optional.of(((AttendanceRule) rule).closesAt(e.lesson(), calendar));
        } else if (entry instanceof Entry.LessonMarks e) {
            opens = Optional.of(((LessonMarksRule) rule).opensAt(e.lesson(), calendar));
            closes = Optional.of(((LessonMarksRule) rule).closesAt(e.lesson(), calendar));
        } else if (entry instanceof Entry.Homework e) {
            opens = Optional.of(((HomeworkRule) rule).opensAt(e.lesson(), calendar));
            closes = Optional.of(((HomeworkRule) rule).closesAt(e.lesson(), e.timetabledEnd(), calendar));
        } else if (entry instanceof Entry.ControlWorkMarks e) {
            opens = Optional.of(((WorkMarksRule) rule).opensAt(e.workDate(), e.workStart(), calendar));
            closes = Optional.of(((WorkMarksRule) rule).closesAt(e.classCode(), e.workDate(), calendar));
        } else if (entry instanceof Entry.WrittenWorkMarks e) {
            opens = Optional.of(((WorkMarksRule) rule).opensAt(e.workDate(), e.workStart(), calendar));
            closes = Optional.of(((WorkMarksRule) rule).closesAt(e.classCode(), e.workDate(), calendar));
        } else if (entry instanceof Entry.PeriodMarks e) {
            PeriodMarksRule periodRule = (PeriodMarksRule) rule;
            opens = Optional.of(periodRule.opensAt(e.period(), e.lastLesson(), calendar));
            closes = Optional.of(periodRule.closesAt(e.period(), calendar));
        } else if (entry instanceof Entry.FinalResults e) {
            closes = Optional.of(((FinalResultsRule) rule).closesAt(e.obtainedAt()));
        } else if (entry instanceof Entry.CompromiseReport e) {
            closes = Optional.of(((CompromiseReportRule) rule).closesAt(e.discoveredAt(), calendar));
        } else if (entry instanceof Entry.YearSetup e) {
            closes = Optional.of(((YearSetupRule) rule).closesAt(e.year(), calendar));
        } else if (entry instanceof Entry.JournalPrint e) {
            opens = Optional.of(((ArchiveRule) rule).printOpensAt(e.year(), calendar));
            closes = Optional.of(((ArchiveRule) rule).printClosesAt(e.year(), calendar));
        } else if (entry instanceof Entry.SummarySheetPrint e) {
            opens = Optional.of(((ArchiveRule) rule).printOpensAt(e.year(), calendar));
            closes = Optional.of(((ArchiveRule) rule).printClosesAt(e.year(), calendar));
        } else if (entry instanceof Entry.JournalDisposal e) {
            opens = Optional.of(((ArchiveRule) rule).disposalOpensAt(e.closedOn(), calendar));
            enforcement = Enforcement.REJECT;
        } else if (entry instanceof Entry.SummarySheetDisposal e) {
            opens = Optional.of(((ArchiveRule) rule).disposalOpensAt(e.closedOn(), calendar));
            enforcement = Enforcement.REJECT;
        }
        return new TimeLimit(entry.rule(), rule.reference(), enforcement, calendar.zone(),
                opens, closes, closes.flatMap(deadline -> extension(entry.rule(), deadline)));
    }

    /**
     * Judges the entry recorded at that instant against its time limit.
     *
     * @throws IllegalArgumentException if the entry names a class the calendar does not have
     */
    public Verdict judge(Entry entry, Instant recordedAt) {
        return limit(entry).judge(recordedAt);
    }

    /**
     * ARC-7: judges again, with the technical failures declared now, an entry recorded at that
     * instant against a deadline it was judged late by, such as an entry's stored timing: a
     * failure declared after the entry was made may cover the deadline and excuse it. The verdict's
     * limit names the failure that extends the deadline, if one does.
     *
     * @param rule the rule the entry was judged by
     * @param opensAt the first instant the entry was on time, for windows
     * @param deadline the deadline it was judged by
     * @param recordedAt when it was recorded
     * @throws IllegalArgumentException if the deadline comes before the window opens
     */
    public Verdict rejudge(RuleId rule, Optional<Instant> opensAt, Instant deadline, Instant recordedAt) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(deadline, "deadline");
        Rule parameters = ruleSet.rule(rule);
        Enforcement enforcement = parameters instanceof LimitRule limited ? limited.enforcement() : Enforcement.REJECT;
        return new TimeLimit(rule, parameters.reference(), enforcement, calendar.zone(), opensAt,
                Optional.of(deadline), extension(rule, deadline)).judge(recordedAt);
    }

    /**
     * ARC-7: a deadline inside a declared failure moves to the failure's end plus the grace; if
     * that instant falls inside another failure, it moves again. Every chain of failures is
     * followed and the one reaching furthest wins, so declaring one more failure never shortens
     * an extension.
     */
    private Optional<TimeLimit.Extension> extension(RuleId rule, Instant deadline) {
        FailureRule failureRule = ruleSet.rule(RuleId.ARC_7, FailureRule.class);
        if (!failureRule.appliesTo().contains(rule)) {
            return Optional.empty();
        }
        Optional<TimeLimit.Extension> furthest = Optional.empty();
        Deque<Instant> reached = new ArrayDeque<>(List.of(deadline));
        List<TechnicalFailure> unused = new ArrayList<>(failures);
        while (!reached.isEmpty()) {
            Instant at = reached.pop();
            for (Iterator<TechnicalFailure> it = unused.iterator(); it.hasNext(); ) {
                TechnicalFailure failure = it.next();
                Instant until = failure.end().plus(failureRule.grace());
                if (failure.contains(at) && until.isAfter(at)) {
                    it.remove();
                    reached.push(until);
                    if (furthest.isEmpty() || until.isAfter(furthest.get().until())) {
                        furthest = Optional.of(new TimeLimit.Extension(failure, until));
                    }
                }
            }
        }
        return furthest;
    }

    @Override
    public String toString() {
        return "SchoolRules[" + ruleSet.id() + ", " + calendar + ", " + failures.size() + " failures]";
    }
}
