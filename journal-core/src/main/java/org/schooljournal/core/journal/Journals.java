package org.schooljournal.core.journal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.JournalRights;
import org.schooljournal.core.log.CommandStamp;
import org.schooljournal.core.log.EventFamily;
import org.schooljournal.core.log.FoldedStreams;
import org.schooljournal.core.log.Log;
import org.schooljournal.core.log.SchoolStreams;
import org.schooljournal.core.log.StreamWriter;
import org.schooljournal.core.notification.Outboxes;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.programme.TeachingAssignment;
import org.schooljournal.core.programme.TimetableEntry;
import org.schooljournal.core.school.CommandId;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.school.Schools;
import org.schooljournal.core.validation.CommandValidator;

/**
 * The journals facet of the engine (электронный журнал): executes the commands a teacher and the
 * administration give a journal, and reads a journal as a reader may see it (ACC-2, ACC-3). Each
 * journal is a stream of its own, {@code school-<id>/journal/<class or group>/<subject>}, so that
 * commands to different journals never wait for each other; each command is validated, checked
 * against the actor's rights and the period's lock, decided on the school's and the journal's
 * current state, and appended by the one decide-and-append loop.
 *
 * <p>This class is thread-safe. The engine makes it; reach it with {@code engine.journals()}.
 */
public final class Journals {

    private final Log log;
    private final CommandValidator validator;
    private final Schools schools;
    private final Outboxes outboxes;
    private final FoldedStreams<JournalState, JournalEvent> streams;

    /** Creates the facet and registers the journals' outbox with the engine's outboxes. */
    @SuppressWarnings("exports") // the engine wires it: no one outside the module holds a log type
    public Journals(Log log, CommandValidator validator, Schools schools, Outboxes outboxes) {
        this.log = Objects.requireNonNull(log, "log");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.schools = Objects.requireNonNull(schools, "schools");
        this.outboxes = Objects.requireNonNull(outboxes, "outboxes");
        this.streams = log.streams(JournalEvent.class, (state, event) -> JournalEvent.FAMILY.apply(state, event));
        outboxes.register(new JournalOutbox(log, streams));
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
     * @throws org.schooljournal.core.access.AccessDeniedException if the actor may not
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
        validator.validate(command);
        String schoolId = command.schoolId();
        JournalKey key = command.journal();
        String stream = key.stream(schoolId);
        StreamWriter.Written<JournalEvent> written = log.writer().write(streams, stream, JournalState.empty(key),
                actor.personId(), command.getClass().getSimpleName(), id.map(i -> CommandStamp.of(schoolId, i.value(), actor.personId(), command)),
                (journal, now) -> {
                    SchoolState school = schools.registered(schoolId, command);
                    JournalContext context = new JournalContext(actor, now, school, () -> schools.rules(school));
                    return Decisions.decide(command, context, journal);
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
     * @throws org.schooljournal.core.access.AccessDeniedException if the reader may not read it
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school, class, group or
     *     subject does not exist
     */
    public Journal read(Actor reader, String schoolId, JournalKey key) {
        Objects.requireNonNull(reader, "reader");
        SchoolState school = schools.registered(schoolId, Journal.class);
        JournalScope scope = JournalScope.of(school, key, Journal.class);
        JournalState state = state(schoolId, key);
        JournalRights.requireRead(reader, school, scope.parties(state));
        return new Journal(scope, state, schools.rules(school).calendar());
    }

    /** Returns a journal's current state, as the host reads it: no reader's access is checked. */
    public JournalState state(String schoolId, JournalKey key) {
        return streams.load(key.stream(schoolId), JournalState.empty(key)).state();
    }

    /** Returns the journal's state rebuilt from its stream alone, ignoring what the engine holds. */
    public JournalState rebuild(String schoolId, JournalKey key) {
        return streams.rebuild(key.stream(schoolId), JournalState.empty(key));
    }

    /** Returns the journals of the school the store holds, in the order of their streams. */
    public List<JournalKey> all(String schoolId) {
        return log.store().streamIds(SchoolStreams.journalPrefix(schoolId)).stream()
                .flatMap(stream -> JournalKey.ofStream(schoolId, stream).stream()).toList();
    }

    /**
     * Returns the current states of the journals of a class or group: the subjects of its
     * timetable and teaching load, in the school's order of subjects.
     */
    public Map<JournalKey, JournalState> statesOf(SchoolState school, String holderCode) {
        Map<JournalKey, JournalState> states = new LinkedHashMap<>();
        for (JournalKey key : keysOf(school, holderCode)) {
            states.put(key, state(school.schoolId(), key));
        }
        return states;
    }

    /** Drops what the engine holds of a journal, after the store purged its stream (ARC-1). */
    public void forget(String schoolId, JournalKey key) {
        streams.forget(key.stream(schoolId));
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
