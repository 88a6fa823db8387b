package org.schooljournal.core.feed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.DiaryRights;
import org.schooljournal.core.compromise.InvalidatedOperation;
import org.schooljournal.core.compromise.OperationsInvalidated;
import org.schooljournal.core.journal.EntryCorrected;
import org.schooljournal.core.journal.EntryRecorded;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalScope;
import org.schooljournal.core.journal.JournalState;
import org.schooljournal.core.journal.JournalStates;
import org.schooljournal.core.log.Log;
import org.schooljournal.core.log.SchoolStreams;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.school.SchoolStates;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.SchoolKey;

/**
 * The event feed facet of the engine (EXC-2): what a separate diary system needs of a school —
 * marks, absences and lateness, homework, topics, remarks and messages, substitutions and moved
 * lessons, period marks and their deferrals, corrections and invalidations — as CloudEvents
 * items ({@link FeedItem}), read page by page from a cursor in the school's order of stored events
 * ({@link FeedCursor}; docs/exchange-feed.md).
 *
 * <p>The feed is at least once: a consumer saves each page's {@link FeedPage#next()} after it has
 * handled the page, reads on from the saved cursor after a restart, and drops an item whose id it
 * has seen. Each item's id is stable, derived from the stored event's, so a page read again yields
 * the same items. A reader sees what the diaries they may read show (PD-2,
 * {@link DiaryRights#mayRead}): a student their own items, a guardian their children's, and of the
 * class's items (a topic, a homework for all, a substitution) those of the journals their student
 * is in on that day; a message to guardians only the guardians. The host, with no person behind
 * it, reads everything ({@link #readAsHost}).
 *
 * <p>This class is thread-safe. The engine makes it; reach it with {@code engine.feed()}.
 */
public final class Feed {

    /** The most stored events one page reads. */
    public static final int MAX_EVENTS = 10_000;

    private final Log log;
    private final SchoolStates schools;
    private final JournalStates journals;

    /** Creates the facet. */
    @SuppressWarnings("exports") // the engine wires it: no one outside the module holds a log type
    public Feed(Log log, SchoolStates schools, JournalStates journals) {
        this.log = Objects.requireNonNull(log, "log");
        this.schools = Objects.requireNonNull(schools, "schools");
        this.journals = Objects.requireNonNull(journals, "journals");
    }

    /**
     * Returns the next page of a school's feed as a student or a guardian may see it: the items of
     * at most {@code maxEvents} stored events after the cursor.
     *
     * @throws org.schooljournal.core.access.AccessDeniedException naming PD-2 unless the reader is a
     *     student of the school or a guardian of one, or naming PD-4 if the reader's account is blocked
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school is not registered
     * @throws IllegalArgumentException if {@code maxEvents} is not within 1 and {@value #MAX_EVENTS}
     */
    public FeedPage read(Actor reader, String schoolId, FeedCursor after, int maxEvents) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(after, "after");
        requireMax(maxEvents);
        SchoolState school = schools.registeredFor(reader, "read", schoolId, FeedPage.class);
        Roster roster = Roster.of(school);
        Set<String> candidates = new LinkedHashSet<>();
        candidates.add(reader.personId());
        roster.studentsOf(reader.personId()).stream().map(Student::personId).forEach(candidates::add);
        Set<String> readable = new LinkedHashSet<>();
        for (String student : candidates) {
            if (roster.student(student).isPresent() && DiaryRights.mayRead(reader, school, roster, student)) {
                readable.add(student);
            }
        }
        DiaryRights.requireFeedReader(reader, school, readable);
        Map<JournalKey, JournalScope> scopes = new HashMap<>();
        return page(school, after, maxEvents, audience -> {
            if (audience.student().isPresent()) {
                String student = audience.student().get();
                return readable.contains(student)
                        && (!audience.guardiansOnly() || DiaryRights.readsAsGuardian(reader, school, roster, student));
            }
            return !audience.guardiansOnly() && audience.date().isPresent() && readable.stream().anyMatch(student ->
                    scopes.computeIfAbsent(audience.journal(), key -> JournalScope.of(school, key, FeedPage.class))
                            .hasStudent(student, audience.date().get()));
        });
    }

    /**
     * Returns the next page of a school's whole feed, for the host's own processes — such as a
     * regional diary system the host feeds: no reader is checked (PD-2).
     *
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school is not registered
     * @throws IllegalArgumentException if {@code maxEvents} is not within 1 and {@value #MAX_EVENTS}
     */
    public FeedPage readAsHost(String schoolId, FeedCursor after, int maxEvents) {
        Objects.requireNonNull(after, "after");
        requireMax(maxEvents);
        return page(schools.registered(schoolId, FeedPage.class), after, maxEvents, audience -> true);
    }

    private FeedPage page(SchoolState school, FeedCursor after, int maxEvents, Predicate<Audience> shown) {
        String schoolId = school.schoolId();
        String schoolStream = SchoolStreams.of(schoolId);
        List<EventEnvelope> envelopes = log.store().readSchool(SchoolKey.of(schoolStream), after.position() + 1,
                maxEvents);
        Map<JournalKey, JournalState> states = new HashMap<>();
        List<FeedItem> items = new ArrayList<>();
        for (EventEnvelope envelope : envelopes) {
            for (FeedMapping.Mapped mapped : mapped(schoolId, schoolStream, envelope, states)) {
                if (shown.test(mapped.audience())) {
                    items.add(mapped.item());
                }
            }
        }
        FeedCursor next = envelopes.isEmpty() ? after : new FeedCursor(envelopes.get(envelopes.size() - 1).position());
        return new FeedPage(items, next, envelopes.size() < maxEvents);
    }

    private List<FeedMapping.Mapped> mapped(String schoolId, String schoolStream, EventEnvelope envelope,
            Map<JournalKey, JournalState> states) {
        String type = envelope.event().type();
        if (envelope.streamId().equals(schoolStream)) {
            if (!type.equals(FeedMapping.INVALIDATED)) {
                return List.of();
            }
            OperationsInvalidated act = log.decode(envelope, OperationsInvalidated.class);
            return FeedMapping.invalidated(schoolId, envelope.event().eventId(), envelope.event().recordedAt(), act,
                    operation -> target(schoolId, operation, states));
        }
        if (!FeedMapping.JOURNAL_TYPES.contains(type)) {
            return List.of();
        }
        return JournalKey.ofStream(schoolId, envelope.streamId())
                .map(key -> FeedMapping.journal(schoolId, key, envelope.event().eventId(),
                        envelope.event().recordedAt(), log.decode(envelope, Object.class),
                        number -> state(schoolId, key, states).entry(number)))
                .orElse(List.of());
    }

    /** Returns the journal entry an invalidated operation recorded or corrected, if it did. */
    private Optional<FeedMapping.Target> target(String schoolId, InvalidatedOperation operation,
            Map<JournalKey, JournalState> states) {
        Optional<JournalKey> key = JournalKey.ofStream(schoolId, operation.stream());
        if (key.isEmpty() || operation.sequence() < 1) {
            return Optional.empty();
        }
        Optional<Integer> number = log.store().read(operation.stream(), operation.sequence(), 1).stream()
                .filter(envelope -> envelope.event().eventId().equals(operation.eventId())
                        && FeedMapping.JOURNAL_TYPES.contains(envelope.event().type()))
                .map(envelope -> log.decode(envelope, Object.class))
                .flatMap(event -> event instanceof EntryRecorded recorded ? Stream.of(recorded.number())
                        : event instanceof EntryCorrected corrected ? Stream.of(corrected.number())
                        : Stream.empty())
                .findFirst();
        return number.flatMap(n -> state(schoolId, key.get(), states).entry(n))
                .map(entry -> new FeedMapping.Target(key.get(), entry));
    }

    private JournalState state(String schoolId, JournalKey key, Map<JournalKey, JournalState> states) {
        return states.computeIfAbsent(key, k -> journals.state(schoolId, k));
    }

    private static void requireMax(int maxEvents) {
        if (maxEvents < 1 || maxEvents > MAX_EVENTS) {
            throw new IllegalArgumentException("maxEvents must be within 1 and " + MAX_EVENTS + ", was " + maxEvents);
        }
    }
}
