package org.schooljournal.core.journal;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.rules.Timeliness;
import org.schooljournal.rules.Verdict;
import org.schooljournal.rules.ruleset.RuleId;

/**
 * The timeliness recorded with an entry: the rule, its deadline, the verdict, and whether a
 * declared technical failure excused the entry (ARC-7). Kept with the entry for the
 * administration's control reports.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param rule the rule whose limit the entry keeps, such as ATT-2
 * @param opensAt the first instant on time, for windows (MRK-7)
 * @param closesAt the deadline, extended by a failure if one excused the entry
 * @param verdict on time or late (too early entries are never recorded)
 * @param lateBy how late; zero when on time
 * @param causedByFailure whether the entry is on time only because of a declared failure
 */
public record EntryTiming(
        RuleId rule, Optional<Instant> opensAt, Optional<Instant> closesAt, Timeliness verdict,
        Duration lateBy, boolean causedByFailure) {

    /** Checks the parts are given. */
    public EntryTiming {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(lateBy, "lateBy");
    }

    /** Returns the timing of a verdict of journal-rules. */
    public static EntryTiming of(Verdict verdict) {
        return new EntryTiming(verdict.rule(), verdict.limit().opensAt(), verdict.limit().effectiveClose(),
                verdict.timeliness(), verdict.timeliness() == Timeliness.LATE ? verdict.deviation() : Duration.ZERO,
                verdict.causedByFailure());
    }

    /** Returns whether the entry was late. */
    public boolean late() {
        return verdict == Timeliness.LATE;
    }
}
