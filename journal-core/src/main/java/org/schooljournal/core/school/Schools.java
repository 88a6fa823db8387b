package org.schooljournal.core.school;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.log.CommandStamp;
import org.schooljournal.core.log.EventFamily;
import org.schooljournal.core.log.FoldedStreams;
import org.schooljournal.core.log.Log;
import org.schooljournal.core.log.SchoolStreams;
import org.schooljournal.core.log.StreamWriter;
import org.schooljournal.core.validation.CommandValidator;
import org.schooljournal.rules.SchoolRules;
import org.schooljournal.rules.TechnicalFailure;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.rules.ruleset.RuleSet;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

/**
 * The schools facet of the engine: executes the commands to a school's own stream — its
 * registration, roles, structure, programme, roster and guardians' contacts — and answers with
 * the school's state and rules. Each command is validated (Hibernate Validator), its actor's
 * right checked (ACC-1), its events decided on the school's current state and appended to the
 * school's stream {@code school-<id>} by the one decide-and-append loop; bad input and denied
 * access change nothing.
 *
 * <p>This class is thread-safe. The engine makes it; reach it with {@code engine.schools()}.
 */
public final class Schools {

    private final Log log;
    private final CommandValidator validator;
    private final RuleSet ruleSet;
    private final List<SchoolPart<?>> parts;
    private final FoldedStreams<SchoolState, SchoolEvent> streams;
    private final Map<String, RulesOf> rules = new ConcurrentHashMap<>();
    private final Map<String, RuleSetOf> ruleSets = new ConcurrentHashMap<>();

    /** A school's rules, for the state they were made from. */
    private record RulesOf(SchoolState state, SchoolRules rules) {
    }

    /** A school's effective rule set, for the settings it was made from. */
    private record RuleSetOf(SchoolSettings settings, RuleSet ruleSet) {
    }

    /**
     * Creates the facet.
     *
     * @param ruleSet the region's rule set, every school's default
     * @param parts the parts the other concepts keep in a school's state
     */
    @SuppressWarnings("exports") // the engine wires it: no one outside the module holds a log type
    public Schools(Log log, CommandValidator validator, RuleSet ruleSet, List<SchoolPart<?>> parts) {
        this.log = Objects.requireNonNull(log, "log");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
        List<SchoolPart<?>> all = new ArrayList<>();
        all.add(OwnCommand.part());
        all.addAll(parts);
        this.parts = List.copyOf(all);
        this.streams = log.streams(SchoolEvent.class, this::apply);
    }

    /**
     * Returns the stream of a school's own log in the store, {@code school-<id>}; its journals'
     * and diaries' streams start with it and a slash (docs/backup-format.md).
     */
    public static String streamOf(String schoolId) {
        return SchoolStreams.of(schoolId);
    }

    /** Returns the event families of a school's stream: the school's own, then the parts'. */
    @SuppressWarnings("exports") // the engine wires it: no one outside the module holds a log type
    public static List<EventFamily<?, ?>> eventFamilies(List<SchoolPart<?>> parts) {
        List<EventFamily<?, ?>> families = new ArrayList<>();
        families.add(OwnEvent.FAMILY);
        parts.forEach(part -> families.add(part.events()));
        return families;
    }

    /**
     * Executes a command to a school's own stream as the actor.
     *
     * @return what was appended; nothing when the command changed nothing
     * @throws org.schooljournal.core.validation.InvalidCommandException if the command is invalid
     * @throws org.schooljournal.core.access.AccessDeniedException if the actor lacks the right
     * @throws JournalException NOT_FOUND if the school or what the command refers to does not
     *     exist, CONFLICT if concurrent commands kept changing the school, INTEGRITY if the
     *     school's stream does not verify
     */
    public Receipt execute(Actor actor, SchoolCommand command) {
        return execute(actor, command, Optional.empty());
    }

    /**
     * Executes a command the host gave an id ({@link CommandId}): if the school's log already
     * holds it, appends nothing and returns the receipt of its first execution.
     *
     * @return what was appended, or what its first execution appended
     * @throws JournalException CONFLICT if the id was used for another command (another type,
     *     other fields, another actor) or in another stream; as {@link #execute(Actor, SchoolCommand)}
     */
    public Receipt execute(Actor actor, SchoolCommand command, CommandId id) {
        return execute(actor, command, Optional.of(Objects.requireNonNull(id, "id")));
    }

    private Receipt execute(Actor actor, SchoolCommand command, Optional<CommandId> id) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(command, "command");
        validator.validate(command);
        SchoolPart<?> part = parts.stream().filter(p -> p.decides(command)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(command.getClass().getName()
                        + " is no command of a part the engine knows"));
        String schoolId = command.schoolId();
        String stream = SchoolStreams.of(schoolId);
        StreamWriter.Written<SchoolEvent> written = log.writer().write(streams, stream, SchoolState.empty(schoolId),
                actor.personId(), command.getClass().getSimpleName(), id.map(i -> CommandStamp.of(schoolId, i.value(), actor.personId(), command)),
                (state, now) -> {
                    if (!state.registered() && !(command instanceof RegisterSchool)) {
                        throw new JournalException(ErrorCode.NOT_FOUND, command.getClass().getSimpleName()
                                + ": school " + schoolId + " is not registered");
                    }
                    return part.decide(command, state, new CommandContext(actor, now, ruleSet, () -> ruleSet(state)));
                });
        return new Receipt(stream, written.envelopes());
    }

    /** Returns the school's current state, with every event stored so far applied. */
    public SchoolState state(String schoolId) {
        Objects.requireNonNull(schoolId, "schoolId");
        return streams.load(SchoolStreams.of(schoolId), SchoolState.empty(schoolId)).state();
    }

    /** Returns the school's state rebuilt from its stream alone, ignoring what the engine holds. */
    public SchoolState rebuild(String schoolId) {
        Objects.requireNonNull(schoolId, "schoolId");
        return streams.rebuild(SchoolStreams.of(schoolId), SchoolState.empty(schoolId));
    }

    /**
     * Returns the school's current state.
     *
     * @param asking the command, query or class asking, named in the error
     * @throws JournalException NOT_FOUND if the school is not registered
     */
    public SchoolState registered(String schoolId, Object asking) {
        SchoolState school = state(schoolId);
        if (!school.registered()) {
            String name = asking instanceof Class<?> type ? type.getSimpleName() : asking.getClass().getSimpleName();
            throw new JournalException(ErrorCode.NOT_FOUND, name + ": school " + schoolId + " is not registered");
        }
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

    private SchoolState apply(SchoolState state, SchoolEvent event) {
        for (SchoolPart<?> part : parts) {
            if (part.holds(event)) {
                return part.apply(state, event);
            }
        }
        throw new IllegalArgumentException(event.getClass().getName() + " is an event of no part the engine knows");
    }
}
