package org.schooljournal.core.compromise;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.schooljournal.core.access.AccountRights;
import org.schooljournal.core.school.CommandContext;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.NotFoundException;
import org.schooljournal.rules.Entry;
import org.schooljournal.rules.SchoolRules;
import org.schooljournal.rules.TechnicalFailure;
import org.schooljournal.rules.TimeLimit;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.rules.ruleset.CompromiseReportRule;
import org.schooljournal.rules.ruleset.RuleId;
import org.schooljournal.core.validation.SchoolId;
import org.schooljournal.core.validation.PersonId;
import org.schooljournal.core.validation.Paragraphs;
import org.schooljournal.core.validation.Texts;
import org.schooljournal.core.validation.BoundedDate;

/**
 * Reports that the confidentiality of an account was breached (PD-4, R 4.3): the person themselves
 * reports it, or the administration or the system administrator who received the report. From
 * the instant the head and support were informed every operation of the account is invalid
 * (R 4.4), and the account is blocked until the administration restores it
 * ({@link RestoreAccount}). The report is judged against the rule set's variant of PD-4 — one hour
 * from the discovery, or one working day (A1) — at the instant they were informed, and recorded
 * whatever the verdict: a late report is flagged, never refused, since refusing it would leave the
 * account open. {@link Compromises#report} also withdraws at once the guardians' notifications the
 * invalid operations queued; the act is then drawn up ({@link Compromises#drawUpAct}). Repeating
 * the same report changes nothing.
 *
 * @param schoolId the school
 * @param personId whose account
 * @param discoveredAt when the breach was discovered
 * @param informedAt when the head and support were informed; not before the discovery, not after now
 * @param circumstances what happened, such as «пароль стал известен постороннему лицу»
 */
public record ReportCompromise(
        @NotNull @SchoolId String schoolId,
        @NotNull @PersonId String personId,
        @NotNull @BoundedDate Instant discoveredAt,
        @NotNull @BoundedDate Instant informedAt,
        @NotBlank @Paragraphs(max = Texts.MESSAGE) String circumstances) implements CompromiseCommand {

    /**
     * {@inheritDoc}
     *
     * @throws org.schooljournal.core.access.AccessDeniedException unless the actor is the person,
     *     the administration or the system administrator
     * @throws NotFoundException if the school does not know the person
     * @throws InvalidCommandException if the instants are out of order, or the account is already
     *     blocked by another report
     */
    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        AccountRights.requireReporter(context.actor(), state, personId, getClass().getSimpleName());
        if (state.rolesOf(personId).isEmpty() && !state.structure().staff().containsKey(personId)) {
            throw NotFoundException.of(this, "personId", personId, "is no one with a role or on the staff of school "
                    + state.schoolId());
        }
        if (informedAt.isBefore(discoveredAt)) {
            throw InvalidCommandException.of(this, "informedAt", informedAt, "must not be before discoveredAt, "
                    + discoveredAt + ": the head and support are informed of a breach once it is discovered");
        }
        if (informedAt.isAfter(context.now())) {
            throw InvalidCommandException.of(this, "informedAt", informedAt, "must not be after now, " + context.now()
                    + ": the report records when the head and support were informed");
        }
        CompromiseRecords records = CompromiseRecords.of(state);
        Optional<Compromise> latest = records.latestOf(personId);
        if (latest.isPresent() && latest.get().open()) {
            Compromise open = latest.get();
            if (open.discoveredAt().equals(discoveredAt) && open.informedAt().equals(informedAt)) {
                return List.of();
            }
            throw InvalidCommandException.of(this, "personId", personId, "is already blocked by report "
                    + open.number() + " since " + open.informedAt() + " (PD-4); it is restored with RestoreAccount");
        }
        Optional<Instant> restoredAt = latest.flatMap(Compromise::restoration).map(Compromise.Restoration::restoredAt);
        if (restoredAt.filter(informedAt::isBefore).isPresent()) {
            throw InvalidCommandException.of(this, "informedAt", informedAt, "must not be before " + restoredAt.get()
                    + ", when report " + latest.get().number() + " of the same account was closed by its restoration");
        }
        return List.of(new CompromiseReported(records.nextNumber(), personId, context.actor().personId(), context.now(),
                discoveredAt, informedAt, circumstances.strip(), timing(state, context)));
    }

    /**
     * Judges the report against PD-4 at the instant the head and support were informed: on the
     * school's rules (calendar and declared failures) when it has an academic year; a limit in
     * hours needs no calendar; a limit in working days cannot be judged without one.
     */
    private Optional<ReportTiming> timing(SchoolState state, CommandContext context) {
        ZoneId zone = state.profile().orElseThrow().zone();
        Entry.CompromiseReport entry = new Entry.CompromiseReport(discoveredAt);
        Optional<SchoolCalendar> calendar = state.structure().calendar(zone);
        if (calendar.isPresent()) {
            SchoolRules rules = SchoolRules.of(context.ruleSet(), calendar.get());
            for (TechnicalFailure failure : state.structure().failures()) {
                rules = rules.withFailure(failure);
            }
            return Optional.of(ReportTiming.of(rules.judge(entry, informedAt)));
        }
        CompromiseReportRule rule = context.ruleSet().rule(RuleId.PD_4, CompromiseReportRule.class);
        if (rule.measure() != CompromiseReportRule.Measure.DURATION) {
            return Optional.empty();
        }
        TimeLimit limit = new TimeLimit(RuleId.PD_4, rule.reference(), rule.enforcement(), zone, Optional.empty(),
                Optional.of(discoveredAt.plus(rule.within())), Optional.empty());
        return Optional.of(ReportTiming.of(limit.judge(informedAt)));
    }
}
