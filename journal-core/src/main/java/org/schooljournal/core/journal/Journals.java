package org.schooljournal.core.journal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.schooljournal.core.access.AccountRights;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.JournalRights;
import org.schooljournal.core.compromise.InvalidationSources;
import org.schooljournal.core.log.CommandStamp;
import org.schooljournal.core.log.EventFamily;
import org.schooljournal.core.log.Log;
import org.schooljournal.core.log.StreamWriter;
import org.schooljournal.core.notification.Outboxes;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.programme.TeachingAssignment;
import org.schooljournal.core.programme.TimetableEntry;
import org.schooljournal.core.school.CommandId;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.school.SchoolStates;
import org.schooljournal.core.validation.CommandValidator;

/**
 * The journals facet of the engine (электронный журнал): executes the commands a teacher and the
 * administration give a journal, and reads a journal as a reader may see it (ACC-2, ACC-3). Each
 * journal is a stream of its own, {@code school-<id>/journal/<class or group>/<subject>}, so that
 * commands to different journals never wait for each other; each command is validated, checked
 * against the actor's rights and the period's lock, decided on the school's and the journal's
 * current state, and appended by the one decide-and-append loop. The values a compromised account
 * entered after the head and support were informed stay in the log, marked invalid, and every
 * decision and read counts without them (PD-4, {@link JournalState#marked}). The host's own
 * processes read a journal's state with no reader through {@code engine.host()}.
 *
 * <p>This class is thread-safe. The engine makes it; reach it with {@code engine.journals()}.
 */
public final class Journals {

    private final Log log;
    private final CommandValidator validator;
    private final SchoolStates schools;
    private final JournalStates journals;
    private final Outboxes outboxes;

    /**
     * Creates the facet, registers the journals' outbox with the engine's outboxes, and follows
     * up every declared technical failure by judging again the journals' late entries (ARC-7).
     */
    @SuppressWarnings("exports") // the engine wires it: no one outside the module holds a log type
    public Journals(Log log, CommandValidator validator, SchoolStates schools, JournalStates journals,
            Outboxes outboxes, InvalidationSources compromises) {
        this.log = Objects.requireNonNull(log, "log");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.schools = Objects.requireNonNull(schools, "schools");
        this.journals = Objects.requireNonNull(journals, "journals");
        this.outboxes = Objects.requireNonNull(outboxes, "outboxes");
        outboxes.register(new JournalOutbox(log, journals.streams()));
        schools.follow(new FailureFollowUp(log, schools, journals));
        compromises.register(new JournalInvalidation(log, journals.streams()));
    }

    /** Returns the event family of a journal's stream. */
    @SuppressWarnings("exports") // the engine wires it: no one outside the module holds a log type
    public static EventFamily<?, ?> eventFamily() {
        return JournalEvent.FAMILY;
    }

    /**
     * Executes a command to a journal as the actor: validated, decided on the school's current
     * state and the journal's (its access and lock checks included), and appended to the
     * journal's own stream.
     *
     * @return the entries made and the envelopes appended; none when the command changed nothing
     * @throws org.schooljournal.core.validation.InvalidCommandException if the command is invalid
     * @throws org.schooljournal.core.access.AccessDeniedException if the actor may not, or their
     *     account is blocked (PD-4)
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school or what the command
     *     refers to does not exist, LOCKED if the period is closed (MRK-9), OUT_OF_TIME if a rule
     *     refuses the entry's time, CONFLICT if concurrent commands kept changing the journal
     */
    public Recorded execute(Actor actor, JournalCommand command) {
        return execute(actor, command, Optional.empty());
    }

    /**
     * Executes a command the host gave an id ({@link CommandId}): if the journal's log already
     * holds it, appends nothing and returns what its first execution recorded.
     *
     * @return the entries made and the envelopes appended, or those of its first execution
     * @throws org.schooljournal.spi.JournalException CONFLICT if the id was used for another
     *     command (another type, other fields, another actor) or in another stream; as
     *     {@link #execute(Actor, JournalCommand)}
     */
    public Recorded execute(Actor actor, JournalCommand command, CommandId id) {
        return execute(actor, command, Optional.of(Objects.requireNonNull(id, "id")));
    }

    private Recorded execute(Actor actor, JournalCommand command, Optional<CommandId> id) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(command, "command");
        validator.validate(actor.personId(), command);
        String schoolId = command.schoolId();
        JournalKey key = command.journal();
        String stream = key.stream(schoolId);
        StreamWriter.Written<JournalEvent> written = log.writer().write(journals.streams(), stream,
                JournalState.empty(key), actor.personId(), command.getClass().getSimpleName(),
                id.map(i -> CommandStamp.of(schoolId, i.value(), actor.personId(), command)), (journal, now) -> {
                    SchoolState school = schools.registered(schoolId, command);
                    AccountRights.requireActive(actor, school, now, command.getClass().getSimpleName(),
                            "in journal " + key + " of school " + schoolId);
                    JournalContext context = new JournalContext(actor, now, school, () -> schools.rules(school));
                    return Decisions.decide(command, context, journals.marked(stream, journal, school));
                });
        if (written.events().stream().anyMatch(NotificationQueued.class::isInstance)) {
            outboxes.queued(schoolId, stream);
        }
        List<Integer> entries = written.events().stream().filter(EntryRecorded.class::isInstance)
                .map(event -> ((EntryRecorded) event).number()).toList();
        return new Recorded(schoolId, key, entries, written.envelopes());
    }

    /**
     * Returns a journal as the reader may see it (ACC-2, ACC-3): its entries with their
     * histories, its page, lateness and completeness.
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if the reader may not read it, or
     *     their account is blocked (PD-4)
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school, class, group or
     *     subject does not exist
     */
    public Journal read(Actor reader, String schoolId, JournalKey key) {
        Objects.requireNonNull(reader, "reader");
        SchoolState school = schools.registeredFor(reader, "read", schoolId, Journal.class);
        JournalScope scope = JournalScope.of(school, key, Journal.class);
        JournalState state = journals.markedState(school, key);
        JournalRights.requireRead(reader, school, scope.parties(state));
        return new Journal(scope, state, schools.rules(school).calendar());
    }

    /**
     * Returns the journals of a class or group: one per subject of its timetable and its
     * teaching load, in the school's order of subjects.
     */
    public static List<JournalKey> keysOf(SchoolState school, String holderCode) {
        Programme programme = Programme.of(school);
        Set<String> subjects = new LinkedHashSet<>();
        programme.timetableOf(holderCode).stream().map(TimetableEntry::subjectCode).forEach(subjects::add);
        programme.teachingLoad().stream().filter(a -> a.holderCode().equals(holderCode))
                .map(TeachingAssignment::subjectCode).forEach(subjects::add);
        return programme.subjects().keySet().stream().filter(subjects::contains)
                .map(subject -> new JournalKey(holderCode, subject)).toList();
    }
}
