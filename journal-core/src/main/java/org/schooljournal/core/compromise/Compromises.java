package org.schooljournal.core.compromise;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.schooljournal.core.access.AccountRights;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.log.EventFamily;
import org.schooljournal.core.log.Log;
import org.schooljournal.core.log.SchoolStreams;
import org.schooljournal.core.notification.Outboxes;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.school.SchoolStates;
import org.schooljournal.core.school.Schools;
import org.schooljournal.core.validation.NotFoundException;
import org.schooljournal.spi.storage.EventEnvelope;

/**
 * The compromise facet of the engine (PD-4, R 4.3–4.4): reports a compromised account, blocking
 * it; draws up the act (Акт о фиксации нарушения конфиденциальности), which lists every operation
 * of the account from the instant the head and support were informed, as the log holds it, and
 * declares it invalid; and reads the act, in Russian too. From that instant the account's
 * operations are left out of every journal page, diary, summary sheet and report; the guardians'
 * notifications they queued and not yet sent are withdrawn, and the guardians already told of
 * them get a correction notice through the diaries' outboxes.
 *
 * <pre>{@code
 * Compromise report = engine.compromises().report(head, new ReportCompromise("86-001", "t-math",
 *         discoveredAt, informedAt, "пароль стал известен постороннему лицу"));
 * CompromiseAct act = engine.compromises().drawUpAct(head, "86-001", report.number());
 * System.out.println(act.text());
 * }</pre>
 *
 * <p>This class is thread-safe. The engine makes it; reach it with {@code engine.compromises()}.
 */
public final class Compromises {

    private static final int PAGE = 1_000;
    private static final Set<String> OWN_TYPES = CompromiseEvent.FAMILY.types().stream().map(EventFamily.Type::name)
            .collect(Collectors.toUnmodifiableSet());

    private final Log log;
    private final Schools schools;
    private final SchoolStates states;
    private final Outboxes outboxes;
    private final InvalidationSources sources;

    /** Creates the facet; the journals and diaries register their operations with it. */
    @SuppressWarnings("exports") // the engine wires it: no one outside the module holds a log type
    public Compromises(Log log, Schools schools, SchoolStates states, Outboxes outboxes, InvalidationSources sources) {
        this.log = Objects.requireNonNull(log, "log");
        this.sources = Objects.requireNonNull(sources, "sources");
        this.schools = Objects.requireNonNull(schools, "schools");
        this.states = Objects.requireNonNull(states, "states");
        this.outboxes = Objects.requireNonNull(outboxes, "outboxes");
    }

    /**
     * Reports a compromised account (PD-4, R 4.3) as the actor — the person, the administration or
     * the system administrator — blocking it, and withdraws at once the guardians' notifications
     * its invalid operations queued and that were not sent yet. Repeating the same report changes
     * nothing.
     *
     * @return the report, judged against the rule set's PD-4 limit
     * @throws org.schooljournal.core.validation.InvalidCommandException if the command is invalid
     *     or the account is blocked by another report
     * @throws org.schooljournal.core.access.AccessDeniedException if the actor may not report it,
     *     or their own account is blocked
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school or the person is unknown
     */
    public Compromise report(Actor actor, ReportCompromise command) {
        schools.execute(actor, command);
        SchoolState school = states.state(command.schoolId());
        Compromise reported = CompromiseRecords.of(school).latestOf(command.personId()).orElseThrow();
        sources.all().forEach(source -> source.withdraw(school, reported));
        return reported;
    }

    /**
     * Draws up the act of a report (PD-4, R 4.4) as the actor — the administration or the system
     * administrator: lists every operation of the account the log holds from the instant the head
     * and support were informed (until its restoration), with what it did in Russian, and declares
     * it invalid; withdraws the guardians' notifications of those operations not sent yet, and
     * queues a correction notice to each guardian already told of one. Drawing it up again lists
     * only what the log received since; when nothing new came, it changes nothing.
     *
     * @return the act as drawn up
     * @throws org.schooljournal.core.access.AccessDeniedException unless the actor handles
     *     compromise reports (PD-4)
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school or the report is unknown
     */
    public CompromiseAct drawUpAct(Actor actor, String schoolId, int report) {
        Objects.requireNonNull(actor, "actor");
        SchoolState school = states.registeredFor(actor, "drawUpAct", schoolId, CompromiseAct.class);
        AccountRights.requireHandler(actor, school, "drawUpAct", "act " + report + " of school " + schoolId);
        List<InvalidatedOperation> found = operations(school, reportOf(school, report));
        schools.execute(actor, new CompromiseCommand.DrawUp(schoolId, (state, context) -> {
            Compromise current = reportOf(state, report);
            Set<UUID> listed = listed(current);
            List<InvalidatedOperation> fresh = found.stream().filter(op -> !listed.contains(op.eventId())).toList();
            return fresh.isEmpty() && current.drawnUp() ? List.<SchoolEvent>of()
                    : List.<SchoolEvent>of(new OperationsInvalidated(report, context.actor().personId(), context.now(),
                            fresh));
        }));
        SchoolState drawnUp = states.state(schoolId);
        Compromise compromise = reportOf(drawnUp, report);
        sources.all().forEach(source -> source.withdraw(drawnUp, compromise));
        for (InvalidationSource source : sources.all()) {
            source.correct(drawnUp, compromise, actor).forEach(stream -> outboxes.queued(schoolId, stream));
        }
        return CompromiseAct.of(drawnUp, compromise);
    }

    /**
     * Returns the act of a report as it stands (PD-4): the report, each drawing up with the
     * operations it declared invalid, the restoration if it came.
     *
     * @throws org.schooljournal.core.access.AccessDeniedException unless the reader handles
     *     compromise reports (PD-4)
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school or the report is unknown
     */
    public CompromiseAct act(Actor reader, String schoolId, int report) {
        Objects.requireNonNull(reader, "reader");
        SchoolState school = states.registeredFor(reader, "read", schoolId, CompromiseAct.class);
        AccountRights.requireHandler(reader, school, "read", "act " + report + " of school " + schoolId);
        return CompromiseAct.of(school, reportOf(school, report));
    }

    /**
     * Returns every compromise report of the school, by number (PD-4).
     *
     * @throws org.schooljournal.core.access.AccessDeniedException unless the reader handles
     *     compromise reports (PD-4)
     */
    public List<Compromise> reports(Actor reader, String schoolId) {
        Objects.requireNonNull(reader, "reader");
        SchoolState school = states.registeredFor(reader, "read", schoolId, Compromise.class);
        AccountRights.requireHandler(reader, school, "read", "the compromise reports of school " + schoolId);
        return CompromiseRecords.of(school).reports();
    }

    private static Compromise reportOf(SchoolState school, int report) {
        return CompromiseRecords.of(school).report(report).orElseThrow(() -> NotFoundException.of(CompromiseAct.class,
                "report", report, "is no compromise report of school " + school.schoolId()));
    }

    /**
     * Returns the operations of the compromised account in every stream of the school that the
     * act does not list yet, in the order of the streams and positions: the events it recorded
     * from the instant the head and support were informed until its restoration, but the
     * compromise records' own; the sign-in streams, which the engine records, are not read.
     */
    private List<InvalidatedOperation> operations(SchoolState school, Compromise compromise) {
        String schoolStream = SchoolStreams.of(school.schoolId());
        List<String> streams = new ArrayList<>();
        streams.add(schoolStream);
        // The sign-in streams are recorded by the engine (Identity.SIGN_IN), never by the account: not read.
        String signIns = SchoolStreams.signInPrefix(school.schoolId());
        log.store().streamIds(schoolStream + "/").stream()
                .filter(id -> id.startsWith(schoolStream + "/") && !id.startsWith(signIns)).sorted()
                .forEach(streams::add);
        List<InvalidatedOperation> found = new ArrayList<>();
        Set<UUID> listed = listed(compromise);
        for (String stream : streams) {
            for (long from = 1; ; ) {
                List<EventEnvelope> page = log.store().read(stream, from, PAGE);
                for (EventEnvelope envelope : page) {
                    if (compromise.invalidates(envelope.event().actor(), envelope.event().recordedAt())
                            && !listed.contains(envelope.event().eventId())
                            && !(stream.equals(schoolStream) && OWN_TYPES.contains(envelope.event().type()))) {
                        found.add(operation(school, stream, envelope));
                    }
                }
                if (page.size() < PAGE) {
                    break;
                }
                from = page.get(page.size() - 1).sequence() + 1;
            }
        }
        return found;
    }

    private static Set<UUID> listed(Compromise compromise) {
        return compromise.operations().stream().map(InvalidatedOperation::eventId).collect(Collectors.toSet());
    }

    private InvalidatedOperation operation(SchoolState school, String stream, EventEnvelope envelope) {
        InvalidationSource.Description description = sources.all().stream()
                .filter(source -> source.owns(school.schoolId(), stream)).findFirst()
                .map(source -> source.describe(school, stream, envelope))
                .orElseGet(() -> CompromiseActText.schoolOperation(envelope.event().type()));
        return new InvalidatedOperation(stream, envelope.sequence(), envelope.event().eventId(), envelope.event().type(),
                envelope.event().recordedAt(), description.text(), description.leftOut());
    }
}
