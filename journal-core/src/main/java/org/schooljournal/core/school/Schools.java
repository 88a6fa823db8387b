package org.schooljournal.core.school;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.core.access.AccountRights;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.SchoolRights;
import org.schooljournal.core.log.CommandStamp;
import org.schooljournal.core.log.EventFamily;
import org.schooljournal.core.log.Log;
import org.schooljournal.core.log.SchoolStreams;
import org.schooljournal.core.log.StreamWriter;
import org.schooljournal.core.validation.CommandValidator;
import org.schooljournal.core.validation.Excerpt;
import org.schooljournal.rules.SchoolRules;
import org.schooljournal.rules.ruleset.RuleSet;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

/**
 * The schools facet of the engine: executes the commands to a school's own stream — its
 * registration, roles, structure, programme, roster and guardians' contacts — and answers with
 * the school's state, to a reader who may see it whole (PD-2), and its rules. Each command is
 * validated (Hibernate Validator), its actor's account checked not to be blocked (PD-4) and their
 * right (ACC-1), its events decided on the
 * school's current state and appended to the school's stream {@code school-<id>} by the one
 * decide-and-append loop; bad input and denied access change nothing. The host's own processes
 * read a school's state with no reader through {@code engine.host()}.
 *
 * <p>This class is thread-safe. The engine makes it; reach it with {@code engine.schools()}.
 */
public final class Schools {

    private final Log log;
    private final CommandValidator validator;
    private final SchoolStates states;

    /** Creates the facet over the schools' states. */
    @SuppressWarnings("exports") // the engine wires it: no one outside the module holds a log type
    public Schools(Log log, CommandValidator validator, SchoolStates states) {
        this.log = Objects.requireNonNull(log, "log");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.states = Objects.requireNonNull(states, "states");
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
     * Executes a command to a school's own stream as the actor, then what other concepts do after
     * it (the journals' judging again after a technical failure, ARC-7).
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
        validator.validate(actor.personId(), command);
        SchoolPart<?> part = states.parts().stream().filter(p -> p.decides(command)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(command.getClass().getName()
                        + " is no command of a part the engine knows"));
        String schoolId = command.schoolId();
        String stream = SchoolStreams.of(schoolId);
        RuleSet ruleSet = states.ruleSet();
        StreamWriter.Written<SchoolEvent> written = log.writer().write(states.streams(), stream,
                SchoolState.empty(schoolId), actor.personId(), command.getClass().getSimpleName(),
                id.map(i -> CommandStamp.of(schoolId, i.value(), actor.personId(), command)), (state, now) -> {
                    if (!state.registered() && !(command instanceof RegisterSchool)) {
                        throw new JournalException(ErrorCode.NOT_FOUND, command.getClass().getSimpleName()
                                + ": school " + Excerpt.of(schoolId) + " is not registered");
                    }
                    AccountRights.requireActive(actor, state, now, command.getClass().getSimpleName(),
                            "in school " + schoolId);
                    return part.decide(command, state, new CommandContext(actor, now, ruleSet,
                            () -> states.ruleSet(state)));
                });
        states.followUp(actor.personId(), command, () -> states.state(schoolId));
        return new Receipt(stream, written.envelopes());
    }

    /**
     * Returns the school's current state — its set-up, staff, roster, guardians and their
     * contacts — to a reader who may see it whole: the administration and the system
     * administrator (PD-2, ACC-4, ACC-5).
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if the reader may not
     * @throws JournalException NOT_FOUND if the school is not registered
     */
    public SchoolState state(Actor reader, String schoolId) {
        Objects.requireNonNull(reader, "reader");
        SchoolState school = states.registeredFor(reader, "read", schoolId, SchoolState.class);
        SchoolRights.requireWholeSchoolReader(reader, school);
        return school;
    }

    /** Returns the region's rule set, every school's default. */
    public RuleSet ruleSet() {
        return states.ruleSet();
    }

    /**
     * Returns the school's effective rule set: the region's with the school's own settings laid
     * over it (DESIGN.md, principle 11).
     *
     * @throws JournalException CONFIGURATION if the school's recorded settings do not fit the
     *     region's rule set
     */
    public RuleSet ruleSet(SchoolState school) {
        return states.ruleSet(school);
    }

    /**
     * Returns the school's rules for its state: its calendar, its effective rule set and its
     * declared technical failures (ARC-7).
     *
     * @throws JournalException VALIDATION if the school has no academic year set (YR-1),
     *     CONFIGURATION if its recorded settings do not fit the region's rule set
     */
    public SchoolRules rules(SchoolState school) {
        return states.rules(school);
    }
}
