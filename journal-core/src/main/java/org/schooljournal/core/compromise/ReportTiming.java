package org.schooljournal.core.compromise;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.schooljournal.rules.Timeliness;
import org.schooljournal.rules.Verdict;
import org.schooljournal.rules.ruleset.Enforcement;
import org.schooljournal.rules.ruleset.RuleId;

/**
 * Whether a compromise was reported to the head and support in time (PD-4, R 4.3): the limit of
 * the rule set's variant — one hour from the discovery, or one working day (A1) — judged at the
 * instant they were informed, with the rule's enforcement, kept with the report for the act and
 * the administration's control.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param rule the rule, PD-4
 * @param reference the rule's legal reference, as the rule set gives it
 * @param closesAt the last instant the report was on time (extended by a declared failure, ARC-7)
 * @param verdict on time or late
 * @param lateBy how late; zero when on time
 * @param enforcement what the rule set does with a late report; the report is recorded whatever it
 *     says (docs/compromise.md)
 */
public record ReportTiming(RuleId rule, String reference, Instant closesAt, Timeliness verdict, Duration lateBy,
        Enforcement enforcement) {

    /** Checks the parts are given. */
    public ReportTiming {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(closesAt, "closesAt");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(lateBy, "lateBy");
        Objects.requireNonNull(enforcement, "enforcement");
    }

    /** Returns the timing of a verdict of journal-rules on a report. */
    static ReportTiming of(Verdict verdict) {
        return new ReportTiming(verdict.rule(), verdict.reference(), verdict.limit().effectiveClose().orElseThrow(),
                verdict.timeliness(), verdict.lateness(), verdict.enforcement());
    }

    /** Returns whether the report was late. */
    public boolean late() {
        return verdict == Timeliness.LATE;
    }
}
