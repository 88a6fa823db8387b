package org.schooljournal.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.rules.ruleset.Enforcement;
import org.schooljournal.rules.ruleset.RuleId;

/**
 * The time limit of one entry under one rule: a deadline (only {@code closesAt}), a window (both
 * ends), or a start (only {@code opensAt}: the end of a retention period). Both ends are
 * inclusive: an entry at exactly {@code closesAt} is on time, one a nanosecond later is late.
 * When a declared technical failure covered the deadline, {@code extension} says until when it is
 * extended (ARC-7).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param rule the rule that sets the limit
 * @param reference the rule's legal reference
 * @param enforcement what is done with an entry outside the limit
 * @param zone the school's time zone, for showing the limit
 * @param opensAt the first instant an entry is on time, if there is one
 * @param closesAt the last instant an entry is on time, if there is one
 * @param extension the extension of {@code closesAt} by a technical failure, if any
 */
public record TimeLimit(
        RuleId rule,
        String reference,
        Enforcement enforcement,
        ZoneId zone,
        Optional<Instant> opensAt,
        Optional<Instant> closesAt,
        Optional<Extension> extension) {

    /**
     * How a declared technical failure extends a deadline that fell within it (ARC-7).
     *
     * @param failure the failure
     * @param until the last instant an entry is on time because of it
     */
    public record Extension(TechnicalFailure failure, Instant until) {
        /** Checks both are given. */
        public Extension {
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(until, "until");
        }
    }

    /**
     * Checks the limit.
     *
     * @throws IllegalArgumentException if it has neither end, closes before it opens, or has an
     *     extension but no deadline, or one that ends before the deadline
     */
    public TimeLimit {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(enforcement, "enforcement");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
        Objects.requireNonNull(extension, "extension");
        if (opensAt.isEmpty() && closesAt.isEmpty()) {
            throw new IllegalArgumentException("a time limit of " + rule + " needs at least one end");
        }
        if (opensAt.isPresent() && closesAt.isPresent() && closesAt.get().isBefore(opensAt.get())) {
            throw new IllegalArgumentException("a time limit of " + rule + " closes at " + closesAt.get()
                    + ", before it opens at " + opensAt.get());
        }
        if (extension.isPresent()
                && (closesAt.isEmpty() || extension.get().until().isBefore(closesAt.get()))) {
            throw new IllegalArgumentException("an extension of " + rule + " must follow its deadline");
        }
    }

    /** Returns the last instant an entry is on time, counting the extension of a failure. */
    public Optional<Instant> effectiveClose() {
        return extension.map(Extension::until).or(() -> closesAt);
    }

    /** Returns {@link #opensAt()} in the school's zone. */
    public Optional<ZonedDateTime> opensAtLocal() {
        return opensAt.map(instant -> instant.atZone(zone));
    }

    /** Returns {@link #closesAt()} in the school's zone. */
    public Optional<ZonedDateTime> closesAtLocal() {
        return closesAt.map(instant -> instant.atZone(zone));
    }

    /**
     * Judges an entry recorded at that instant.
     *
     * @param recordedAt when the entry was recorded
     * @return the verdict, naming this limit's rule
     */
    public Verdict judge(Instant recordedAt) {
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (opensAt.isPresent() && recordedAt.isBefore(opensAt.get())) {
            return new Verdict(this, recordedAt, Timeliness.TOO_EARLY,
                    Duration.between(recordedAt, opensAt.get()), false);
        }
        if (closesAt.isEmpty() || !recordedAt.isAfter(closesAt.get())) {
            return new Verdict(this, recordedAt, Timeliness.ON_TIME, Duration.ZERO, false);
        }
        Instant close = effectiveClose().orElseThrow();
        if (!recordedAt.isAfter(close)) {
            return new Verdict(this, recordedAt, Timeliness.ON_TIME, Duration.ZERO, true);
        }
        return new Verdict(this, recordedAt, Timeliness.LATE, Duration.between(close, recordedAt), false);
    }

    @Override
    public String toString() {
        return rule + " " + opensAtLocal().map(t -> "from " + t + " ").orElse("")
                + closesAtLocal().map(t -> "until " + t).orElse("")
                + extension.map(e -> " extended to " + e.until().atZone(zone) + " by a failure").orElse("")
                + " (" + enforcement + ")";
    }
}
