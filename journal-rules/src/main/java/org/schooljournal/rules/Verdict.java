package org.schooljournal.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.schooljournal.rules.ruleset.Enforcement;
import org.schooljournal.rules.ruleset.RuleId;

/**
 * Whether an entry recorded at an instant kept its time limit: on time, late by a duration, or too
 * early by a duration; always naming the rule and its legal reference. An entry late only because
 * of a declared technical failure is on time and {@code causedByFailure} (ARC-7).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param limit the time limit judged against
 * @param recordedAt when the entry was recorded
 * @param timeliness where the instant falls against the limit
 * @param deviation how late or how early; zero when on time
 * @param causedByFailure whether the entry is on time only because of a technical failure
 */
public record Verdict(
        TimeLimit limit, Instant recordedAt, Timeliness timeliness, Duration deviation,
        boolean causedByFailure) {

    /**
     * Checks the verdict is consistent.
     *
     * @throws IllegalArgumentException if the deviation is negative, is not zero exactly when the
     *     entry is on time, or a failure is named for an entry that is not on time
     */
    public Verdict {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(timeliness, "timeliness");
        Objects.requireNonNull(deviation, "deviation");
        if (deviation.isNegative() || deviation.isZero() != (timeliness == Timeliness.ON_TIME)) {
            throw new IllegalArgumentException(
                    "deviation " + deviation + " does not fit a verdict of " + timeliness);
        }
        if (causedByFailure && timeliness != Timeliness.ON_TIME) {
            throw new IllegalArgumentException("only an entry on time can be excused by a failure");
        }
    }

    /** Returns the rule the verdict was given under. */
    public RuleId rule() {
        return limit.rule();
    }

    /** Returns the rule's legal reference. */
    public String reference() {
        return limit.reference();
    }

    /** Returns what is done with an entry outside the limit. */
    public Enforcement enforcement() {
        return limit.enforcement();
    }

    /** Returns whether the entry kept the limit. */
    public boolean isOnTime() {
        return timeliness == Timeliness.ON_TIME;
    }

    /** Returns how late the entry is; zero unless {@link Timeliness#LATE}. */
    public Duration lateness() {
        return timeliness == Timeliness.LATE ? deviation : Duration.ZERO;
    }

    /** Returns how early the entry is; zero unless {@link Timeliness#TOO_EARLY}. */
    public Duration earliness() {
        return timeliness == Timeliness.TOO_EARLY ? deviation : Duration.ZERO;
    }

    /** Returns whether the entry must be refused: it missed a limit whose enforcement is REJECT. */
    public boolean isRejected() {
        return !isOnTime() && enforcement() == Enforcement.REJECT;
    }

    @Override
    public String toString() {
        String outcome = switch (timeliness) {
            case ON_TIME -> causedByFailure ? "ON_TIME (late because of a technical failure)" : "ON_TIME";
            case LATE -> "LATE by " + deviation;
            case TOO_EARLY -> "TOO_EARLY by " + deviation;
        };
        return rule() + " " + outcome + " at " + recordedAt.atZone(limit.zone()) + " [" + limit + "; "
                + reference() + "]";
    }
}
