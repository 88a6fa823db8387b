package org.schooljournal.core.school;

import java.time.Instant;
import java.util.ArrayList;
import org.schooljournal.core.access.AccountRights;
import org.schooljournal.core.access.Actor;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.schooljournal.core.log.FoldedStreams;
import org.schooljournal.core.log.Log;
import org.schooljournal.core.log.SchoolStreams;
import org.schooljournal.rules.SchoolRules;
import org.schooljournal.rules.TechnicalFailure;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.rules.ruleset.RuleSet;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.core.validation.Excerpt;

/**
 * The schools' states as their log has them, with their rules, for the engine's facets and the
 * host's own processes: it checks no reader's right (PD-2), so the engine never hands it to a
 * vendor — the facets read a school through it after checking their reader, and the host facet
 * ({@code engine.host()}) gives it to the host's own processes. It also keeps what other concepts
 * do after a command to a school's stream ({@link FollowUp}).
 *
 * <p>This class is thread-safe.
 */
public final class SchoolStates {

    private final Log log;
    private final RuleSet ruleSet;
    private final List<SchoolPart<?>> parts;
    private final FoldedStreams<SchoolState, SchoolEvent> streams;
    private final List<FollowUp> followUps = new CopyOnWriteArrayList<>();
    private final Map<String, RulesOf> rules = new ConcurrentHashMap<>();
    private final Map<String, RuleSetOf> ruleSets = new ConcurrentHashMap<>();

    /** A school's rules, for the state they were made from. */
    private record RulesOf(SchoolState state, SchoolRules rules) {
    }

    /** A school's effective rule set, for the settings it was made from. */
    private record RuleSetOf(SchoolSettings settings, RuleSet ruleSet) {
    }

    /**
     * What another concept does, in the same call, after a command to a school's stream was
     * executed — whether it appended anything or not, so that repeating the command repeats what
     * follows it: the journals judge their late entries again after a technical failure is
     * declared (ARC-7).
     */
    @FunctionalInterface
    public interface FollowUp {

        /**
         * Follows the command up.
         *
         * @param actorId who executed the command
         * @param command the command
         * @param school the school's state after it, read when asked for
         */
        void follow(String actorId, SchoolCommand command, Supplier<SchoolState> school);
    }

    /**
     * Creates the states over the engine's log.
     *
     * @param ruleSet the region's rule set, every school's default
     * @param parts the parts the other concepts keep in a school's state
     */
    @SuppressWarnings("exports") // the engine wires it: no one outside the module holds a log type
    public SchoolStates(Log log, RuleSet ruleSet, List<SchoolPart<?>> parts) {
        this.log = Objects.requireNonNull(log, "log");
        this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
        List<SchoolPart<?>> all = new ArrayList<>();
        all.add(OwnCommand.part());
        all.addAll(parts);
        this.parts = List.copyOf(all);
        this.streams = log.streams(SchoolEvent.class, this::apply);
    }

    /** Registers what a concept does after each command to a school's stream. */
    public void follow(FollowUp followUp) {
        followUps.add(Objects.requireNonNull(followUp, "followUp"));
    }

    /** Returns the school's current state, with every event stored so far applied; no reader is checked. */
    public SchoolState state(String schoolId) {
        Objects.requireNonNull(schoolId, "schoolId");
        return streams.load(SchoolStreams.of(schoolId), SchoolState.empty(schoolId)).state();
    }

    /**
     * Returns the school's state as of an instant: what was recorded at or before it, nothing
     * after (the reports' "as of", REP-1…REP-9); the current state when the instant is not in the
     * past. No reader is checked.
     */
    public SchoolState asOf(SchoolState current, Instant instant) {
        if (!instant.isBefore(log.now())) {
            return current;
        }
        return streams.asOf(SchoolStreams.of(current.schoolId()), SchoolState.empty(current.schoolId()), instant);
    }

    /** Returns the school's state rebuilt from its stream alone, ignoring what the engine holds; no reader is checked. */
    public SchoolState rebuild(String schoolId) {
        Objects.requireNonNull(schoolId, "schoolId");
        return streams.rebuild(SchoolStreams.of(schoolId), SchoolState.empty(schoolId));
    }

    /**
     * Returns the school's current state; no reader is checked.
     *
     * @param asking the command, query or class asking, named in the error
     * @throws JournalException NOT_FOUND if the school is not registered
     */
    public SchoolState registered(String schoolId, Object asking) {
        SchoolState school = state(schoolId);
        if (!school.registered()) {
            String name = asking instanceof Class<?> type ? type.getSimpleName() : asking.getClass().getSimpleName();
            throw new JournalException(ErrorCode.NOT_FOUND, name + ": school " + Excerpt.of(schoolId)
                    + " is not registered");
        }
        return school;
    }

    /**
     * Returns the school's current state to an actor whose account is not blocked (PD-4): the
     * first check of every read and workflow of a facet, before its own access rule.
     *
     * @param action what the actor does, such as "read" or "archiveYear"
     * @param asking the class read or made, named in the errors
     * @throws JournalException NOT_FOUND if the school is not registered
     * @throws org.schooljournal.core.access.AccessDeniedException naming PD-4 if the actor's account
     *     is blocked
     */
    public SchoolState registeredFor(Actor actor, String action, String schoolId, Class<?> asking) {
        Objects.requireNonNull(actor, "actor");
        SchoolState school = registered(schoolId, asking);
        AccountRights.requireActive(actor, school, log.now(), action, asking.getSimpleName() + " of school "
                + school.schoolId());
        return school;
    }

    /** Returns the region's rule set, every school's default. */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /**
     * Returns the school's effective rule set: the region's with the school's own settings laid
     * over it (DESIGN.md, principle 11); the region's itself for a school with no settings of its
     * own. Kept for the settings it was made from.
     *
     * @throws JournalException CONFIGURATION if the school's recorded settings do not fit the
     *     region's rule set (the engine was started with another one), naming the school, the
     *     setting, its value and the rule
     */
    public RuleSet ruleSet(SchoolState school) {
        Objects.requireNonNull(school, "school");
        SchoolSettings settings = school.settings();
        RuleSetOf known = ruleSets.get(school.schoolId());
        if (known != null && known.settings().equals(settings)) {
            return known.ruleSet();
        }
        RuleSet effective;
        try {
            effective = settings.over(ruleSet);
        } catch (SettingMisfit misfit) {
            throw new JournalException(ErrorCode.CONFIGURATION, "school " + school.schoolId()
                    + ": its recorded settings do not fit the engine's rule set " + ruleSet.id() + ": "
                    + misfit.getMessage() + "; its head or system administrator sets them again (SetSchoolSettings)",
                    misfit);
        }
        ruleSets.put(school.schoolId(), new RuleSetOf(settings, effective));
        return effective;
    }

    /**
     * Returns the school's rules for its state: its calendar, its effective rule set
     * ({@link #ruleSet(SchoolState)}) and its declared technical failures (ARC-7); kept for the
     * state they were made from.
     *
     * @throws JournalException VALIDATION if the school has no academic year set (YR-1),
     *     CONFIGURATION if its recorded settings do not fit the region's rule set
     */
    public SchoolRules rules(SchoolState school) {
        RulesOf known = rules.get(school.schoolId());
        if (known != null && known.state() == school) {
            return known.rules();
        }
        SchoolCalendar calendar = school.structure().calendar(school.profile().orElseThrow().zone())
                .orElseThrow(() -> new JournalException(ErrorCode.VALIDATION, "school " + school.schoolId()
                        + " has no academic year set (YR-1), so no deadline can be computed"));
        SchoolRules schoolRules = SchoolRules.of(ruleSet(school), calendar);
        for (TechnicalFailure failure : school.structure().failures()) {
            schoolRules = schoolRules.withFailure(failure);
        }
        rules.put(school.schoolId(), new RulesOf(school, schoolRules));
        return schoolRules;
    }

    /** Returns the parts of a school's state: the school's own first. */
    List<SchoolPart<?>> parts() {
        return parts;
    }

    /** Returns the school streams, folded. */
    FoldedStreams<SchoolState, SchoolEvent> streams() {
        return streams;
    }

    /** Runs what the concepts do after a command to a school's stream. */
    void followUp(String actorId, SchoolCommand command, Supplier<SchoolState> school) {
        for (FollowUp followUp : followUps) {
            followUp.follow(actorId, command, school);
        }
    }

    private SchoolState apply(SchoolState state, SchoolEvent event) {
        for (SchoolPart<?> part : parts) {
            if (part.holds(event)) {
                return part.apply(state, event);
            }
        }
        throw new IllegalArgumentException(event.getClass().getName() + " is an event of no part the engine knows");
    }
}
