package org.schooljournal.core.reports;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.rules.Entry;
import org.schooljournal.rules.SchoolRules;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.rules.ruleset.RuleSet;

/**
 * What is missing from a school's set-up of the year against its deadline (YR-11): everything of
 * YR-1…YR-10 is due by 5 September — by the rule set's YR-11 rule, at 00:00 of 5 September of the
 * year's first calendar year in the school's zone for Yugra. Before the academic year is set the
 * report says the year itself is missing and has no deadline.
 *
 * <pre>{@code
 * SchoolState school = engine.schools().state(head, "86-001");
 * SetupReport report = SetupReport.of(school, engine.schools().ruleSet(school), now);
 * report.missing().forEach(item -> System.out.println(item.requirementId() + " " + item.description()));
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param missing what is missing, in the order of {@link SetupItem}; empty when the set-up is complete
 * @param deadline the instant by which the set-up is due; empty before the academic year is set
 * @param pastDeadline whether the report's instant is after the deadline
 */
public record SetupReport(List<MissingItem> missing, Optional<Instant> deadline, boolean pastDeadline) {

    /**
     * Checks the parts and copies the list.
     *
     * @throws IllegalArgumentException if it is past a deadline it does not have
     */
    public SetupReport {
        missing = List.copyOf(missing);
        Objects.requireNonNull(deadline, "deadline");
        if (pastDeadline && deadline.isEmpty()) {
            throw new IllegalArgumentException("a report without a deadline cannot be past it");
        }
    }

    /**
     * Reports on the school's set-up at an instant.
     *
     * @param state the school
     * @param ruleSet the rule set whose YR-11 rule sets the deadline: the school's effective one,
     *     {@code Schools.ruleSet(state)}, so that its own {@code yearSetupDueBefore} counts
     * @param now the instant of the report
     * @return the report
     */
    public static SetupReport of(SchoolState state, RuleSet ruleSet, Instant now) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(now, "now");
        Optional<SchoolCalendar> calendar = state.profile()
                .flatMap(profile -> state.structure().calendar(profile.zone()));
        Optional<Instant> deadline = calendar.flatMap(c -> SchoolRules.of(ruleSet, c)
                .limit(new Entry.YearSetup(c.academicYear())).effectiveClose());
        return new SetupReport(SetupChecks.of(state), deadline, deadline.map(now::isAfter).orElse(false));
    }

    /** Returns whether nothing is missing. */
    public boolean complete() {
        return missing.isEmpty();
    }

    /** Returns whether the set-up is incomplete after its deadline. */
    public boolean overdue() {
        return pastDeadline && !complete();
    }
}
