package org.schooljournal.core.feed;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.schooljournal.core.compromise.InvalidatedOperation;
import org.schooljournal.core.compromise.OperationsInvalidated;
import org.schooljournal.core.journal.EntryCorrected;
import org.schooljournal.core.journal.EntryRecorded;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalState;
import org.schooljournal.core.journal.JournalStates;
import org.schooljournal.core.log.Log;
import org.schooljournal.core.log.SchoolStreams;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.school.SchoolStates;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.SchoolKey;

/**
 * The pages of a school's event feed (EXC-2): reads the school's stored events after a cursor
 * ({@code EventStore.readSchool}), decodes only the types the feed carries, maps them
 * ({@link FeedData}) and keeps the items a reader is shown. The {@link Feed} facet shows a
 * student's or a guardian's part; the host reads it whole through {@code engine.host().feed(…)},
 * the one way to {@link #all}, since only the engine can make this class.
 *
 * <p>This class is thread-safe.
 */
public final class FeedPages {

    /** The most stored events one page reads. */
    public static final int MAX_EVENTS = 10_000;

    private final Log log;
    private final SchoolStates schools;
    private final JournalStates journals;

    /** Creates the pages over the engine's log. */
    @SuppressWarnings("exports") // the engine wires it: no one outside the module holds a log type
    public FeedPages(Log log, SchoolStates schools, JournalStates journals) {
        this.log = Objects.requireNonNull(log, "log");
        this.schools = Objects.requireNonNull(schools, "schools");
        this.journals = Objects.requireNonNull(journals, "journals");
    }

    /**
     * Returns the next page of a school's whole feed, for the host's own processes — such as a
     * regional diary system the host feeds: no reader is checked (PD-2).
     *
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school is not registered
     * @throws IllegalArgumentException if {@code maxEvents} is not within 1 and {@value #MAX_EVENTS}
     */
    public FeedPage all(String schoolId, FeedCursor after, int maxEvents) {
        Objects.requireNonNull(after, "after");
        requireMax(maxEvents);
        return page(schools.registered(schoolId, FeedPage.class), after, maxEvents, audience -> true);
    }

    /** Returns the items of at most {@code maxEvents} stored events after the cursor that are shown. */
    FeedPage page(SchoolState school, FeedCursor after, int maxEvents, Predicate<Audience> shown) {
        Page page = new Page(school.schoolId());
        List<EventEnvelope> envelopes = log.store().readSchool(SchoolKey.of(page.schoolStream), after.position() + 1,
                maxEvents);
        List<FeedItem> items = new ArrayList<>();
        for (EventEnvelope envelope : envelopes) {
            for (FeedMapping.Mapped mapped : mapped(page, envelope)) {
                if (shown.test(mapped.audience())) {
                    items.add(mapped.item());
                }
            }
        }
        FeedCursor next = envelopes.isEmpty() ? after : new FeedCursor(envelopes.get(envelopes.size() - 1).position());
        return new FeedPage(items, next, envelopes.size() < maxEvents);
    }

    /**
     * What one page works out once and uses for each of its events: each stream's journal, each
     * journal's source and, for corrections and invalidations, state.
     */
    private static final class Page {

        final String schoolId;
        final String schoolStream;
        final Map<String, Optional<JournalKey>> keys = new HashMap<>();
        final Map<JournalKey, URI> sources = new HashMap<>();
        final Map<JournalKey, JournalState> states = new HashMap<>();

        Page(String schoolId) {
            this.schoolId = schoolId;
            this.schoolStream = SchoolStreams.of(schoolId);
        }

        Optional<JournalKey> key(String streamId) {
            return keys.computeIfAbsent(streamId, stream -> JournalKey.ofStream(schoolId, stream));
        }

        URI source(JournalKey key) {
            return sources.computeIfAbsent(key, journal -> FeedMapping.source(schoolId, Optional.of(journal)));
        }
    }

    private List<FeedMapping.Mapped> mapped(Page page, EventEnvelope envelope) {
        String type = envelope.event().type();
        if (envelope.streamId().equals(page.schoolStream)) {
            if (!type.equals(FeedMapping.INVALIDATED)) {
                return List.of();
            }
            OperationsInvalidated act = log.decode(envelope, OperationsInvalidated.class);
            return FeedMapping.invalidated(page.schoolId, envelope.event().eventId(), envelope.event().recordedAt(), act,
                    operation -> target(page, operation));
        }
        if (!FeedMapping.JOURNAL_TYPES.contains(type)) {
            return List.of();
        }
        return page.key(envelope.streamId())
                .map(key -> FeedMapping.journal(page.source(key), key, envelope.event().eventId(),
                        envelope.event().recordedAt(), log.decode(envelope, Object.class),
                        number -> state(page, key).entry(number)))
                .orElse(List.of());
    }

    /** Returns the journal entry an invalidated operation recorded or corrected, if it did. */
    private Optional<FeedMapping.Target> target(Page page, InvalidatedOperation operation) {
        Optional<JournalKey> key = JournalKey.ofStream(page.schoolId, operation.stream());
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
        return number.flatMap(n -> state(page, key.get()).entry(n))
                .map(entry -> new FeedMapping.Target(key.get(), entry));
    }

    private JournalState state(Page page, JournalKey key) {
        return page.states.computeIfAbsent(key, k -> journals.state(page.schoolId, k));
    }

    /** Checks the size of a page. */
    static void requireMax(int maxEvents) {
        if (maxEvents < 1 || maxEvents > MAX_EVENTS) {
            throw new IllegalArgumentException("maxEvents must be within 1 and " + MAX_EVENTS + ", was " + maxEvents);
        }
    }
}
