package org.schooljournal.adapter.tck;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.storage.ConcurrencyConflictException;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;
import org.schooljournal.spi.storage.SchoolKey;

/**
 * The contract of the storage port, {@link EventStore}, that every storage adapter passes
 * (DESIGN.md, principle 2): ordering, optimistic concurrency, idempotent repeats, byte-exact
 * payloads that keep the hash chain verifiable (ARC-4) and the protocol of changes complete
 * (ACC-7), reads from any position, argument checks, and appends from many threads at once.
 *
 * <p>An adapter's test extends this class and says how to make its store:
 *
 * <pre>{@code
 * class JdbcEventStoreTest extends EventStoreContract {
 *     @Override
 *     protected EventStore createStore() {
 *         return JdbcEventStore.of(freshDatabase());
 *     }
 * }
 * }</pre>
 *
 * <p>Each check runs on its own store, made by {@link #createStore()} before it; the store must be
 * empty. The checks are grouped by rule in {@link Nested} classes, and each check's name carries
 * the rule it checks ({@code required_<subject>_<rule>}): every check is required. Where the port's
 * Javadoc is silent, the kit decides, and says so on the check: "sorted" stream identifiers are in
 * the natural order of {@link String}, and an {@link Instant} keeps its microseconds (the engine gives no
 * finer ones).
 *
 * <p>The concurrency checks start their threads together behind a {@link CountDownLatch}, bound
 * every loop and wait at most two minutes for their threads; they never sleep.
 *
 * <p>JUnit makes one instance of this class per check; an instance is not thread-safe, but the
 * store it holds is driven from many threads by the concurrency checks.
 */
public abstract class EventStoreContract {

    /** Creates the kit; an adapter's test extends it. */
    protected EventStoreContract() {
    }

    /** How long the concurrency checks wait for their threads. */
    static final long TIMEOUT_SECONDS = 120;

    /** More than any check stores: "read everything". */
    private static final int ALL = 100_000;

    /** The retries a writer makes after conflicts before the check gives up on the store. */
    private static final int MAX_ATTEMPTS = 100_000;

    private EventStore store;

    /**
     * Creates the store under test: a new, empty store, called once before each check.
     *
     * @return the store; not null
     */
    protected abstract EventStore createStore();

    @BeforeEach
    final void createTheStore() {
        store = Objects.requireNonNull(createStore(), "createStore() returned null");
    }

    /** Returns the store under test of the current check. */
    protected final EventStore store() {
        return store;
    }

    @Nested
    @DisplayName("Ordering: sequences from 1 without gaps, positions strictly increasing within a school")
    class Ordering {

        @Test
        @DisplayName("a new store holds no stream and no event")
        void required_newStore_isEmpty() {
            assertThat(store.version("school-1/journal-5A-math")).isZero();
            assertThat(store.read("school-1/journal-5A-math", 1, ALL)).isEmpty();
            assertThat(everything()).isEmpty();
            assertThat(store.streamIds("")).isEmpty();
        }

        @Test
        @DisplayName("a stream's sequences run 1, 2, 3… without gaps across appends")
        void required_sequences_startAtOneWithoutGaps() {
            List<EventData> first = SampleEvents.chain(3);
            List<EventData> second = SampleEvents.chainAfter(first.get(2).hash(), 2);

            List<EventEnvelope> appended = store.append("journal", 0, first);
            List<EventEnvelope> appendedLater = store.append("journal", 3, second);

            assertThat(appended).extracting(EventEnvelope::sequence).containsExactly(1L, 2L, 3L);
            assertThat(appendedLater).extracting(EventEnvelope::sequence).containsExactly(4L, 5L);
            assertThat(store.read("journal", 1, ALL)).extracting(EventEnvelope::sequence)
                    .containsExactly(1L, 2L, 3L, 4L, 5L);
            assertThat(store.version("journal")).isEqualTo(5);
        }

        @Test
        @DisplayName("an append returns the stream's envelopes of exactly the given events, in order")
        void required_append_returnsEnvelopesOfTheGivenEventsInOrder() {
            List<EventData> events = SampleEvents.chain(4);

            List<EventEnvelope> appended = store.append("journal", 0, events);

            assertThat(appended).extracting(EventEnvelope::streamId).containsOnly("journal");
            assertThat(appended).extracting(EventEnvelope::event).containsExactlyElementsOf(events);
            assertThat(store.read("journal", 1, ALL)).containsExactlyElementsOf(appended);
        }

        @Test
        @DisplayName("each stream counts its own sequences from 1")
        void required_sequences_areCountedPerStream() {
            store.append("journal-a", 0, SampleEvents.chain(3));

            List<EventEnvelope> other = store.append("journal-b", 0, SampleEvents.chain(2));

            assertThat(other).extracting(EventEnvelope::sequence).containsExactly(1L, 2L);
            assertThat(store.version("journal-a")).isEqualTo(3);
            assertThat(store.version("journal-b")).isEqualTo(2);
            assertThat(store.read("journal-a", 1, ALL)).extracting(EventEnvelope::streamId)
                    .containsOnly("journal-a");
        }

        @Test
        @DisplayName("positions increase strictly across a school's streams, in the order of the appends;"
                + " each school's order holds its own envelopes only")
        void required_positions_increaseStrictlyWithinASchoolInAppendOrder() {
            List<EventEnvelope> first = new ArrayList<>();
            List<EventEnvelope> second = new ArrayList<>();
            first.addAll(store.append("school-1/journal-a", 0, SampleEvents.chain(2)));
            second.addAll(store.append("school-2/journal-a", 0, SampleEvents.chain(2)));
            first.addAll(store.append("school-1/journal-b", 0, SampleEvents.chain(1)));
            first.addAll(store.append("school-1/journal-a", 2, SampleEvents.chain(1)));
            second.addAll(store.append("school-2", 0, SampleEvents.chain(1)));
            first.addAll(store.append("school-1/journal-c", 0, SampleEvents.chain(3)));

            assertThat(first).extracting(EventEnvelope::position).isSorted().doesNotHaveDuplicates();
            assertThat(second).extracting(EventEnvelope::position).isSorted().doesNotHaveDuplicates();
            assertThat(first).extracting(EventEnvelope::schoolKey).containsOnly("school-1");
            assertThat(store.readSchool("school-1", 1, ALL)).containsExactlyElementsOf(first);
            assertThat(store.readSchool("school-2", 1, ALL)).containsExactlyElementsOf(second);
            assertThat(store.readSchool("school-3", 1, ALL)).isEmpty();
        }

        @Test
        @DisplayName("the events of one append get consecutive sequences and increasing positions")
        void required_batch_getsConsecutiveSequencesAndIncreasingPositions() {
            store.append("school-1/journal-a", 0, SampleEvents.chain(1));
            store.append("school-1/journal-b", 0, SampleEvents.chain(2));

            List<EventEnvelope> batch = store.append("school-1/journal-a", 1, SampleEvents.chain(4));

            assertThat(batch).extracting(EventEnvelope::sequence).containsExactly(2L, 3L, 4L, 5L);
            assertThat(batch).extracting(EventEnvelope::position).isSorted().doesNotHaveDuplicates();
            assertThat(batch.get(0).position())
                    .isGreaterThan(store.read("school-1/journal-b", 2, 1).get(0).position());
        }
    }

    @Nested
    @DisplayName("Optimistic concurrency: an append at another version than the stream's is a conflict")
    class VersionConflicts {

        @Test
        @DisplayName("a stale expected version is refused, naming the stream and both versions")
        void required_append_refusesStaleExpectedVersion() {
            store.append("journal", 0, SampleEvents.chain(3));
            List<EventEnvelope> before = everything();

            ConcurrencyConflictException conflict = conflictOf(
                    () -> store.append("journal", 1, SampleEvents.chain(1)));

            assertConflict(conflict, "journal", 1, 3);
            assertThat(store.version("journal")).isEqualTo(3);
            assertThat(everything()).containsExactlyElementsOf(before);
        }

        @Test
        @DisplayName("a future expected version is refused, naming the stream and both versions")
        void required_append_refusesFutureExpectedVersion() {
            store.append("journal", 0, SampleEvents.chain(2));
            List<EventEnvelope> before = everything();

            ConcurrencyConflictException conflict = conflictOf(
                    () -> store.append("journal", 5, SampleEvents.chain(1)));

            assertConflict(conflict, "journal", 5, 2);
            assertThat(store.version("journal")).isEqualTo(2);
            assertThat(everything()).containsExactlyElementsOf(before);
        }

        @Test
        @DisplayName("expecting events in a stream that has none is refused, and creates no stream")
        void required_append_refusesNonZeroExpectedVersionOfANewStream() {
            ConcurrencyConflictException conflict = conflictOf(
                    () -> store.append("journal", 1, SampleEvents.chain(1)));

            assertConflict(conflict, "journal", 1, 0);
            assertThat(store.version("journal")).isZero();
            assertThat(store.streamIds("")).isEmpty();
            assertThat(everything()).isEmpty();
        }

        @Test
        @DisplayName("expecting a new stream where one exists is refused")
        void required_append_refusesZeroExpectedVersionOfAnExistingStream() {
            store.append("journal", 0, SampleEvents.chain(1));

            ConcurrencyConflictException conflict = conflictOf(
                    () -> store.append("journal", 0, SampleEvents.chain(2)));

            assertConflict(conflict, "journal", 0, 1);
            assertThat(store.version("journal")).isEqualTo(1);
        }

        @Test
        @DisplayName("no event of a refused batch is stored, in its stream or in its school's order")
        void required_conflict_storesNothingOfTheBatch() {
            store.append("journal", 0, SampleEvents.chain(2));
            store.append("other", 0, SampleEvents.chain(1));
            List<EventEnvelope> before = everything();
            List<EventData> refused = SampleEvents.chain(3);

            conflictOf(() -> store.append("journal", 1, refused));

            assertThat(store.read("journal", 1, ALL)).hasSize(2);
            assertThat(everything()).containsExactlyElementsOf(before)
                    .extracting(EventEnvelope::event).doesNotContainAnyElementsOf(refused);
        }

        @Test
        @DisplayName("after a conflict, an append at the actual version succeeds and continues the stream")
        void required_append_afterConflict_succeedsAtTheActualVersion() {
            store.append("journal", 0, SampleEvents.chain(2));
            List<EventData> events = SampleEvents.chain(2);
            ConcurrencyConflictException conflict = conflictOf(() -> store.append("journal", 0, events));

            List<EventEnvelope> appended = store.append("journal", conflict.actualVersion(), events);

            assertThat(appended).extracting(EventEnvelope::sequence).containsExactly(3L, 4L);
            assertThat(store.version("journal")).isEqualTo(4);
        }
    }

    @Nested
    @DisplayName("Idempotency: repeating an append stores nothing twice")
    class Idempotency {

        @Test
        @DisplayName("repeating an append returns the stored envelopes and appends nothing")
        void required_repeat_returnsTheStoredEnvelopesAndAppendsNothing() {
            List<EventData> events = SampleEvents.chain(3);
            List<EventEnvelope> first = store.append("journal", 0, events);

            List<EventEnvelope> repeated = store.append("journal", 0, events);

            assertThat(repeated).containsExactlyElementsOf(first);
            assertThat(store.version("journal")).isEqualTo(3);
            assertThat(everything()).containsExactlyElementsOf(first);
        }

        @Test
        @DisplayName("a repeat is recognised after the stream has moved on")
        void required_repeat_isRecognisedAfterTheStreamMovedOn() {
            List<EventData> events = SampleEvents.chain(2);
            List<EventEnvelope> first = store.append("journal", 0, events);
            store.append("journal", 2, SampleEvents.chainAfter(events.get(1).hash(), 2));
            List<EventEnvelope> before = everything();

            List<EventEnvelope> repeated = store.append("journal", 0, events);

            assertThat(repeated).containsExactlyElementsOf(first);
            assertThat(store.version("journal")).isEqualTo(4);
            assertThat(everything()).containsExactlyElementsOf(before);
        }

        @Test
        @DisplayName("repeating the tail of an append at its own sequences is a repeat too")
        void required_repeat_ofEventsAtTheirOwnSequences_appendsNothing() {
            List<EventData> events = SampleEvents.chain(3);
            List<EventEnvelope> first = store.append("journal", 0, events);

            List<EventEnvelope> repeated = store.append("journal", 1, events.subList(1, 3));

            assertThat(repeated).containsExactlyElementsOf(first.subList(1, 3));
            assertThat(store.version("journal")).isEqualTo(3);
        }

        @Test
        @DisplayName("a repeat that overlaps the stored events only partly is a conflict")
        void required_partialRepeat_isAConflict() {
            List<EventData> stored = SampleEvents.chain(2);
            store.append("journal", 0, stored);
            List<EventEnvelope> before = everything();
            EventData fresh = SampleEvents.event();

            assertConflict(conflictOf(() -> store.append("journal", 0, List.of(stored.get(0), stored.get(1), fresh))),
                    "journal", 0, 2);
            assertConflict(conflictOf(() -> store.append("journal", 1, List.of(stored.get(1), fresh))),
                    "journal", 1, 2);
            assertConflict(conflictOf(() -> store.append("journal", 0, List.of(stored.get(0), fresh))),
                    "journal", 0, 2);

            assertThat(store.version("journal")).isEqualTo(2);
            assertThat(everything()).containsExactlyElementsOf(before);
        }

        @Test
        @DisplayName("stored events offered at other sequences are a conflict, not a repeat")
        void required_storedEventsAtOtherSequences_areAConflict() {
            List<EventData> stored = SampleEvents.chain(2);
            store.append("journal", 0, stored);

            ConcurrencyConflictException conflict = conflictOf(
                    () -> store.append("journal", 0, List.of(stored.get(1))));

            assertConflict(conflict, "journal", 0, 2);
            assertThat(store.version("journal")).isEqualTo(2);
        }
    }

    @Nested
    @DisplayName("Payloads and fields: stored and returned exactly, so hash chains verify (ARC-4)")
    class Payloads {

        @Test
        @DisplayName("a payload with every byte value and random bytes comes back byte for byte")
        void required_payload_keepsEveryByteValue() {
            byte[] payload = new byte[256 + 4096];
            for (int b = 0; b < 256; b++) {
                payload[b] = (byte) b;
            }
            byte[] noise = randomBytes(4096, 287);
            System.arraycopy(noise, 0, payload, 256, noise.length);

            assertRoundTrip(payload);
        }

        @Test
        @DisplayName("an empty payload comes back empty")
        void required_payload_mayBeEmpty() {
            assertRoundTrip(new byte[0]);
        }

        @Test
        @DisplayName("a payload of Cyrillic UTF-8 text comes back byte for byte")
        void required_payload_keepsCyrillicUtf8Text() {
            String text = "Отсутствовал на уроке: «н», 23.10.2026, 5А, математика";

            byte[] back = assertRoundTrip(text.getBytes(UTF_8));

            assertThat(new String(back, UTF_8)).isEqualTo(text);
        }

        @Test
        @DisplayName("every field of an event comes back equal, the instant to the microsecond")
        void required_event_keepsEveryField() {
            EventData event = new EventData(UUID.fromString("0f8e2d4c-6b1a-4e3f-9a7d-5c2b1e0f9a8b"),
                    "MarkCorrected", 3, "«5» → «4»".getBytes(UTF_8), "Иванова Мария Петровна (учитель)",
                    Instant.parse("2026-10-23T03:55:07.123456Z"),
                    "00ff17a5c3e9d2b4f6a8c0e1d3b5f7a9c2e4d6b8a0f1e3d5c7b9a2e4f6d8c0b1",
                    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "SHA-256");

            EventEnvelope appended = store.append("journal", 0, List.of(event)).get(0);
            EventEnvelope read = store.read("journal", 1, 1).get(0);
            EventData back = read.event();

            assertThat(appended.event()).isEqualTo(event);
            assertThat(back).isEqualTo(event);
            assertThat(back.eventId()).isEqualTo(event.eventId());
            assertThat(back.type()).isEqualTo("MarkCorrected");
            assertThat(back.schemaVersion()).isEqualTo(3);
            assertThat(back.payload()).containsExactly(event.payload());
            assertThat(back.actor()).isEqualTo("Иванова Мария Петровна (учитель)");
            assertThat(back.recordedAt()).isEqualTo(Instant.parse("2026-10-23T03:55:07.123456Z"));
            assertThat(back.previousHash()).isEqualTo(event.previousHash());
            assertThat(back.hash()).isEqualTo(event.hash());
            assertThat(back.hashAlgorithm()).isEqualTo("SHA-256");
            assertThat(store.readSchool("journal", 1, 1)).containsExactly(read);
        }
    }

    @Nested
    @DisplayName("Large payloads")
    class LargePayloads {

        @Test
        @DisplayName("a payload of 5 MiB comes back byte for byte")
        void required_payload_ofFiveMebibytes_roundTrips() {
            assertRoundTrip(randomBytes(5 * 1024 * 1024, 2020));
        }

        @Test
        @DisplayName("a large payload between small ones leaves its neighbours intact")
        void required_largePayload_leavesItsNeighboursIntact() {
            List<EventData> events = List.of(
                    SampleEvents.withPayload("до".getBytes(UTF_8)),
                    SampleEvents.withPayload(randomBytes(2 * 1024 * 1024, 25)),
                    SampleEvents.withPayload("после".getBytes(UTF_8)));

            store.append("journal", 0, events);

            assertThat(store.read("journal", 1, ALL)).extracting(EventEnvelope::event)
                    .containsExactlyElementsOf(events);
        }
    }

    @Nested
    @DisplayName("Reads from any position")
    class Reads {

        @Test
        @DisplayName("a stream read from the middle starts at that sequence")
        void required_read_fromTheMiddle() {
            List<EventEnvelope> appended = store.append("journal", 0, SampleEvents.chain(10));

            assertThat(store.read("journal", 4, ALL)).containsExactlyElementsOf(appended.subList(3, 10));
            assertThat(store.read("journal", 10, ALL)).containsExactly(appended.get(9));
        }

        @Test
        @DisplayName("a read past the end of a stream, or of a missing stream, is empty")
        void required_read_pastTheEnd_isEmpty() {
            store.append("journal", 0, SampleEvents.chain(3));

            assertThat(store.read("journal", 4, ALL)).isEmpty();
            assertThat(store.read("journal", 1_000_000, 1)).isEmpty();
            assertThat(store.read("missing", 1, ALL)).isEmpty();
        }

        @Test
        @DisplayName("a stream read returns at most maxCount envelopes")
        void required_read_respectsMaxCount() {
            List<EventEnvelope> appended = store.append("journal", 0, SampleEvents.chain(6));

            assertThat(store.read("journal", 2, 3)).containsExactlyElementsOf(appended.subList(1, 4));
            assertThat(store.read("journal", 1, 1)).containsExactly(appended.get(0));
            assertThat(store.read("journal", 5, 3)).containsExactlyElementsOf(appended.subList(4, 6));
        }

        @Test
        @DisplayName("a stream read returns that stream's envelopes only")
        void required_read_returnsTheStreamOnly() {
            store.append("journal-a", 0, SampleEvents.chain(2));
            List<EventEnvelope> b = store.append("journal-b", 0, SampleEvents.chain(2));
            store.append("journal-a", 2, SampleEvents.chain(2));

            assertThat(store.read("journal-b", 1, ALL)).containsExactlyElementsOf(b);
        }

        @Test
        @DisplayName("a school's order can be read from any of its positions, and past its end is empty")
        void required_readSchool_fromAnyPosition() {
            store.append("school-1/journal-a", 0, SampleEvents.chain(3));
            store.append("school-1/journal-b", 0, SampleEvents.chain(2));
            store.append("school-2/journal-a", 0, SampleEvents.chain(2));
            store.append("school-1/journal-a", 3, SampleEvents.chain(2));
            List<EventEnvelope> all = store.readSchool("school-1", 1, ALL);

            assertThat(all).hasSize(7);
            for (int i = 0; i < all.size(); i++) {
                assertThat(store.readSchool("school-1", all.get(i).position(), ALL))
                        .as("readSchool from the position of envelope %d", i)
                        .containsExactlyElementsOf(all.subList(i, all.size()));
            }
            assertThat(store.readSchool("school-1", all.get(6).position() + 1, ALL)).isEmpty();
        }

        @Test
        @DisplayName("a school's order read page by page is the whole of it")
        void required_readSchool_respectsMaxCountAndPages() {
            store.append("school-1/journal-a", 0, SampleEvents.chain(4));
            store.append("school-2/journal-b", 0, SampleEvents.chain(3));
            store.append("school-1/journal-b", 0, SampleEvents.chain(3));
            store.append("school-1/journal-c", 0, SampleEvents.chain(4));
            List<EventEnvelope> all = store.readSchool("school-1", 1, ALL);

            List<EventEnvelope> paged = new ArrayList<>();
            long next = 1;
            for (int page = 0; page < all.size() + 1; page++) {
                List<EventEnvelope> envelopes = store.readSchool("school-1", next, 3);
                assertThat(envelopes).hasSizeLessThanOrEqualTo(3);
                if (envelopes.isEmpty()) {
                    break;
                }
                paged.addAll(envelopes);
                next = envelopes.get(envelopes.size() - 1).position() + 1;
            }

            assertThat(all).hasSize(11);
            assertThat(paged).containsExactlyElementsOf(all);
        }

        @Test
        @DisplayName("stream ids are filtered by a literal prefix and sorted in String order")
        void required_streamIds_areSortedAndFilteredByPrefix() {
            for (String id : List.of("school-2/journal-b", "school-1/journal-c", "school-10/journal-a",
                    "school-1/journal-B", "school-1/journal-a", "other")) {
                store.append(id, 0, SampleEvents.chain(1));
            }

            assertThat(store.streamIds("school-1/")).containsExactly(
                    "school-1/journal-B", "school-1/journal-a", "school-1/journal-c");
            assertThat(store.streamIds("school-1")).containsExactly(
                    "school-1/journal-B", "school-1/journal-a", "school-1/journal-c", "school-10/journal-a");
            assertThat(store.streamIds("")).containsExactly("other", "school-1/journal-B",
                    "school-1/journal-a", "school-1/journal-c", "school-10/journal-a", "school-2/journal-b");
            assertThat(store.streamIds("school-3")).isEmpty();
        }

        @Test
        @DisplayName("a prefix is literal text: '_' and '%' match only themselves")
        void required_streamIds_prefixIsLiteral() {
            for (String id : List.of("school_1/journal", "school-1/journal", "school%1/journal", "schoolX1")) {
                store.append(id, 0, SampleEvents.chain(1));
            }

            assertThat(store.streamIds("school_")).containsExactly("school_1/journal");
            assertThat(store.streamIds("school%")).containsExactly("school%1/journal");
        }
    }

    @Nested
    @DisplayName("Purge at the end of retention (ARC-1, ARC-2): a whole stream goes, nothing else moves")
    class Purge {

        @Test
        @DisplayName("a purged stream is gone from versions, reads, listings and its school's order; the rest keep"
                + " their positions, leaving a gap")
        void required_purge_removesTheStreamOnly() {
            List<EventEnvelope> kept = store.append("school-1", 0, SampleEvents.chain(2));
            store.append("school-1/journal/5А/math", 0, SampleEvents.chain(3));
            List<EventEnvelope> after = store.append("school-1/journal/5А/rus", 0, SampleEvents.chain(1));

            long removed = store.purge("school-1/journal/5А/math");

            assertThat(removed).isEqualTo(3);
            assertThat(store.version("school-1/journal/5А/math")).isZero();
            assertThat(store.read("school-1/journal/5А/math", 1, ALL)).isEmpty();
            assertThat(store.streamIds("school-1")).containsExactly("school-1", "school-1/journal/5А/rus");
            List<EventEnvelope> expected = new ArrayList<>(kept);
            expected.addAll(after);
            assertThat(store.readSchool("school-1", 1, ALL)).containsExactlyElementsOf(expected);
            assertThat(store.readSchool("school-1", kept.get(1).position() + 1, 1)).containsExactlyElementsOf(after);
            assertThat(after.get(0).position()).as("the purged stream's three positions stay a gap")
                    .isGreaterThan(kept.get(1).position() + 3);
        }

        @Test
        @DisplayName("purging a stream that does not exist removes nothing")
        void required_purge_ofNothingChangesNothing() {
            List<EventEnvelope> kept = store.append("journal", 0, SampleEvents.chain(2));

            assertThat(store.purge("no-such-journal")).isZero();
            assertThat(everything()).containsExactlyElementsOf(kept);
            assertThat(store.streamIds("")).containsExactly("journal");
        }

        @Test
        @DisplayName("a purged stream starts again from version 0, at positions above every position its school was"
                + " given before")
        void required_purge_positionsAreNeverGivenAgain() {
            List<EventEnvelope> old = store.append("journal", 0, SampleEvents.chain(3));
            store.purge("journal");

            assertThatThrownBy(() -> store.append("journal", 3, SampleEvents.chain(1)))
                    .isInstanceOf(ConcurrencyConflictException.class);
            List<EventEnvelope> fresh = store.append("journal", 0, SampleEvents.chain(2));

            assertThat(fresh).extracting(EventEnvelope::sequence).containsExactly(1L, 2L);
            assertThat(fresh.get(0).position()).isGreaterThan(old.get(2).position());
            assertThat(everything()).containsExactlyElementsOf(fresh);
        }
    }

    @Nested
    @DisplayName("Argument checks: bad arguments are refused and change nothing")
    class ArgumentChecks {

        @Test
        @DisplayName("an append of no events is refused")
        void required_append_refusesNoEvents() {
            store.append("journal", 0, SampleEvents.chain(1));

            assertThatThrownBy(() -> store.append("journal", 1, List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.append("new-journal", 0, List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(store.version("journal")).isEqualTo(1);
            assertThat(store.streamIds("")).containsExactly("journal");
        }

        @Test
        @DisplayName("a negative expected version is refused, not taken for a conflict")
        void required_append_refusesNegativeExpectedVersion() {
            store.append("journal", 0, SampleEvents.chain(1));

            assertThatThrownBy(() -> store.append("journal", -1, SampleEvents.chain(1)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.append("new-journal", Long.MIN_VALUE, SampleEvents.chain(1)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(store.version("journal")).isEqualTo(1);
            assertThat(everything()).hasSize(1);
        }
    }

    @Nested
    @DisplayName("Concurrency: appends from many threads lose, duplicate and reorder nothing")
    class Concurrency {

        private static final int WRITERS = 8;
        private static final int EVENTS_PER_WRITER = 40;
        private static final int STREAMS = 12;
        private static final int SCHOOLS = 3;

        @Test
        @DisplayName("writers racing on one stream with read-and-retry loops lose and duplicate nothing")
        void required_concurrentAppendsToOneStream_loseNothing() throws Exception {
            List<List<List<EventData>>> batchesByWriter = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int batchSize = w % 2 + 1;
                List<List<EventData>> batches = new ArrayList<>();
                for (int i = 0; i < EVENTS_PER_WRITER; i += batchSize) {
                    batches.add(SampleEvents.chain(batchSize));
                }
                batchesByWriter.add(batches);
            }
            List<Callable<Void>> writers = new ArrayList<>();
            for (List<List<EventData>> batches : batchesByWriter) {
                writers.add(() -> {
                    for (List<EventData> batch : batches) {
                        appendWithRetries("journal", batch);
                    }
                    return null;
                });
            }

            runTogether(writers);

            int total = WRITERS * EVENTS_PER_WRITER;
            List<EventEnvelope> stream = store.read("journal", 1, ALL);
            assertThat(store.version("journal")).isEqualTo(total);
            assertThat(stream).extracting(EventEnvelope::sequence)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, total).boxed().toList());
            assertThat(stream).extracting(e -> e.event().eventId()).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(eventIds(batchesByWriter));
            Map<UUID, Long> sequenceOf = stream.stream()
                    .collect(Collectors.toMap(e -> e.event().eventId(), EventEnvelope::sequence));
            for (List<List<EventData>> batches : batchesByWriter) {
                List<Long> writerSequences = batches.stream().flatMap(List::stream)
                        .map(e -> sequenceOf.get(e.eventId())).toList();
                assertThat(writerSequences).as("a writer's events keep its order").isSorted();
                for (List<EventData> batch : batches) {
                    long first = sequenceOf.get(batch.get(0).eventId());
                    assertThat(batch).as("the events of one append stay together")
                            .extracting(e -> sequenceOf.get(e.eventId()))
                            .containsExactlyElementsOf(LongStream.range(first, first + batch.size()).boxed().toList());
                }
            }
            assertThat(everything()).containsExactlyElementsOf(stream);
        }

        @Test
        @DisplayName("writers racing on many streams store every event exactly once, at a unique position")
        void required_concurrentAppendsToManyStreams_storeEveryEventOnce() throws Exception {
            List<List<EventData>> eventsByWriter = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                eventsByWriter.add(SampleEvents.chain(EVENTS_PER_WRITER));
            }
            List<Callable<Void>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(() -> {
                    List<EventData> events = eventsByWriter.get(writer);
                    for (int i = 0; i < events.size(); i++) {
                        appendWithRetries(streamOf(writer + i), List.of(events.get(i)));
                    }
                    return null;
                });
            }

            runTogether(writers);

            List<UUID> expected = eventsByWriter.stream().flatMap(List::stream).map(EventData::eventId).toList();
            List<EventEnvelope> all = new ArrayList<>();
            for (int school = 0; school < SCHOOLS; school++) {
                List<EventEnvelope> ofSchool = store.readSchool("school-" + school, 1, ALL);
                assertThat(ofSchool).as("positions of school-%d", school).extracting(EventEnvelope::position)
                        .isSorted().doesNotHaveDuplicates();
                assertThat(ofSchool).extracting(EventEnvelope::schoolKey).containsOnly("school-" + school);
                all.addAll(ofSchool);
            }
            assertThat(all).extracting(e -> e.event().eventId()).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(expected);
            List<EventEnvelope> fromStreams = new ArrayList<>();
            for (int s = 0; s < STREAMS; s++) {
                List<EventEnvelope> stream = store.read(streamOf(s), 1, ALL);
                assertThat(stream).as("stream %s", streamOf(s)).extracting(EventEnvelope::sequence)
                        .containsExactlyElementsOf(LongStream.rangeClosed(1, stream.size()).boxed().toList());
                assertThat(stream).as("positions within stream %s", streamOf(s))
                        .extracting(EventEnvelope::position).isSorted().doesNotHaveDuplicates();
                assertThat(store.version(streamOf(s))).isEqualTo(stream.size());
                fromStreams.addAll(stream);
            }
            assertThat(fromStreams).as("the streams hold exactly the envelopes of the schools' orders")
                    .containsExactlyInAnyOrderElementsOf(all);
        }

        @Test
        @DisplayName("a reader following a school while others append to it and to another school misses no event"
                + " and never sees a lower position after a higher one")
        void required_readSchool_followerMissesNoEventWhileOthersAppend() throws Exception {
            int writerCount = WRITERS / 2;
            List<List<EventData>> eventsByWriter = new ArrayList<>();
            for (int w = 0; w < writerCount; w++) {
                eventsByWriter.add(SampleEvents.chain(EVENTS_PER_WRITER));
            }
            AtomicInteger writersLeft = new AtomicInteger(writerCount);
            List<EventEnvelope> followed = new ArrayList<>();
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int w = 0; w < writerCount; w++) {
                int writer = w;
                tasks.add(() -> {
                    try {
                        long version = 0;
                        for (EventData event : eventsByWriter.get(writer)) {
                            store.append("school-" + writer % 2 + "/journal-" + writer, version++, List.of(event));
                        }
                    } finally {
                        writersLeft.decrementAndGet();
                    }
                    return null;
                });
            }
            tasks.add(() -> {
                followed.addAll(follow("school-0", writersLeft));
                return null;
            });

            runTogether(tasks);

            List<UUID> expected = new ArrayList<>();
            for (int w = 0; w < writerCount; w += 2) {
                eventsByWriter.get(w).forEach(event -> expected.add(event.eventId()));
            }
            assertThat(followed).extracting(EventEnvelope::position).isSorted().doesNotHaveDuplicates();
            assertThat(followed).extracting(e -> e.event().eventId()).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(followed).containsExactlyElementsOf(store.readSchool("school-0", 1, ALL));
        }

        /** Reads a school's order page by page, from where it left off, until the writers are done. */
        private List<EventEnvelope> follow(String schoolKey, AtomicInteger writersLeft) {
            List<EventEnvelope> followed = new ArrayList<>();
            long next = 1;
            for (long round = 0; round < 100_000_000L; round++) {
                boolean writersDone = writersLeft.get() == 0;
                List<EventEnvelope> page = store.readSchool(schoolKey, next, 16);
                if (!page.isEmpty()) {
                    followed.addAll(page);
                    next = page.get(page.size() - 1).position() + 1;
                } else if (writersDone) {
                    return followed;
                } else {
                    Thread.onSpinWait();
                }
            }
            throw new AssertionError("the reader did not catch up with the writers");
        }

        @Test
        @DisplayName("writers racing to append at one version of one stream: exactly one wins each version, the"
                + " others are told the version it left")
        void required_racingAppendsAtOneVersion_exactlyOneWinsEach() throws Exception {
            int versions = 10;
            List<EventData> winners = new ArrayList<>();
            for (long version = 0; version < versions; version++) {
                long expected = version;
                List<EventData> events = SampleEvents.chain(WRITERS);
                List<Object> outcomes = Collections.synchronizedList(new ArrayList<>());
                List<Callable<Void>> writers = new ArrayList<>();
                for (EventData event : events) {
                    writers.add(() -> {
                        try {
                            outcomes.add(store.append("school-1/journal", expected, List.of(event)).get(0).event());
                        } catch (ConcurrencyConflictException conflict) {
                            outcomes.add(conflict);
                        }
                        return null;
                    });
                }

                runTogether(writers);

                List<Object> won = outcomes.stream().filter(EventData.class::isInstance).toList();
                assertThat(won).as("winners at version %d", version).hasSize(1);
                assertThat(outcomes).as("losers at version %d", version).hasSize(WRITERS)
                        .filteredOn(ConcurrencyConflictException.class::isInstance).hasSize(WRITERS - 1)
                        .allSatisfy(lost -> assertConflict((ConcurrencyConflictException) lost, "school-1/journal",
                                expected, expected + 1));
                winners.add((EventData) won.get(0));
            }
            assertThat(store.read("school-1/journal", 1, ALL)).extracting(EventEnvelope::event)
                    .containsExactlyElementsOf(winners);
            assertThat(store.readSchool("school-1", 1, ALL)).extracting(EventEnvelope::event)
                    .containsExactlyElementsOf(winners);
        }

        @Test
        @DisplayName("writers appending at once to streams of their own, in several schools, all win, every time")
        void required_concurrentAppendsToDifferentStreams_allWin() throws Exception {
            List<List<EventData>> eventsByWriter = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                eventsByWriter.add(SampleEvents.chain(EVENTS_PER_WRITER));
            }
            List<Callable<Void>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                String stream = "school-" + w % SCHOOLS + "/journal-" + w;
                List<EventData> events = eventsByWriter.get(w);
                writers.add(() -> {
                    for (int i = 0; i < events.size(); i++) {
                        store.append(stream, i, List.of(events.get(i)));
                    }
                    return null;
                });
            }

            runTogether(writers);

            for (int w = 0; w < WRITERS; w++) {
                String stream = "school-" + w % SCHOOLS + "/journal-" + w;
                assertThat(store.read(stream, 1, ALL)).as("stream %s", stream).extracting(EventEnvelope::event)
                        .containsExactlyElementsOf(eventsByWriter.get(w));
            }
            for (int school = 0; school < SCHOOLS; school++) {
                int of = school;
                assertThat(store.readSchool("school-" + school, 1, ALL)).as("school-%d", school)
                        .hasSize((int) LongStream.range(0, WRITERS).filter(w -> w % SCHOOLS == of).count()
                                * EVENTS_PER_WRITER)
                        .extracting(EventEnvelope::position).isSorted().doesNotHaveDuplicates();
            }
        }

        @Test
        @DisplayName("an append that returned before another began has lower positions in their school")
        void required_positions_followTheOrderAppendsTookEffect() throws Exception {
            record Timed(int school, long began, long returned, long first, long last) {
            }
            AtomicInteger clock = new AtomicInteger();
            List<Timed> appends = Collections.synchronizedList(new ArrayList<>());
            List<Callable<Void>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int school = w % 2;
                String stream = "school-" + school + "/journal-" + w;
                writers.add(() -> {
                    for (int i = 0; i < EVENTS_PER_WRITER / 2; i++) {
                        long began = clock.incrementAndGet();
                        List<EventEnvelope> stored = store.append(stream, 2L * i, SampleEvents.chain(2));
                        long returned = clock.incrementAndGet();
                        appends.add(new Timed(school, began, returned, stored.get(0).position(),
                                stored.get(1).position()));
                    }
                    return null;
                });
            }

            runTogether(writers);

            for (Timed earlier : appends) {
                for (Timed later : appends) {
                    if (earlier.school() == later.school() && earlier.returned() < later.began()) {
                        assertThat(earlier.last()).as("an append's last position, below that of one begun after it"
                                + " returned").isLessThan(later.first());
                    }
                }
                assertThat(earlier.last()).as("the positions of one append").isGreaterThan(earlier.first());
            }
            for (int school = 0; school < 2; school++) {
                assertThat(store.readSchool("school-" + school, 1, ALL)).extracting(EventEnvelope::position)
                        .hasSize(WRITERS / 2 * EVENTS_PER_WRITER).isSorted().doesNotHaveDuplicates();
            }
        }

        /** The n-th stream of the check, of school n mod {@value #SCHOOLS}. */
        private String streamOf(int n) {
            return "school-" + n % STREAMS % SCHOOLS + "/journal-" + n % STREAMS;
        }

        private List<UUID> eventIds(List<List<List<EventData>>> batchesByWriter) {
            return batchesByWriter.stream().flatMap(List::stream).flatMap(List::stream)
                    .map(EventData::eventId).toList();
        }
    }

    /** Returns every envelope of the store: its schools sorted by key, each in the order of its positions. */
    private List<EventEnvelope> everything() {
        List<EventEnvelope> all = new ArrayList<>();
        for (String school : new TreeSet<>(store.streamIds("").stream().map(SchoolKey::of).toList())) {
            all.addAll(store.readSchool(school, 1, ALL));
        }
        return all;
    }

    /** Appends as a writer does: reads the version, appends at it, and on a conflict reads again. */
    private void appendWithRetries(String streamId, List<EventData> batch) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            long version = store.version(streamId);
            try {
                store.append(streamId, version, batch);
                return;
            } catch (ConcurrencyConflictException conflict) {
                assertThat(conflict.streamId()).isEqualTo(streamId);
                assertThat(conflict.expectedVersion()).isEqualTo(version);
            }
        }
        throw new AssertionError("still in conflict after " + MAX_ATTEMPTS + " attempts to append to " + streamId);
    }

    /**
     * Runs the tasks on threads of their own, started together, and waits for all of them;
     * rethrows the first failure.
     */
    private static void runTogether(List<Callable<Void>> tasks) throws InterruptedException, TimeoutException {
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(tasks.size(), runnable -> {
            Thread thread = new Thread(runnable, "event-store-contract-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            CountDownLatch ready = new CountDownLatch(tasks.size());
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Void>> running = new ArrayList<>();
            for (Callable<Void> task : tasks) {
                running.add(threads.submit(() -> {
                    ready.countDown();
                    start.await();
                    return task.call();
                }));
            }
            assertThat(ready.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("all threads started").isTrue();
            start.countDown();
            for (Future<Void> task : running) {
                try {
                    task.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                } catch (ExecutionException failed) {
                    throw new AssertionError("a thread failed: " + failed.getCause(), failed.getCause());
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** Appends one event with the payload, and checks that the append, read and readSchool return it exactly. */
    private byte[] assertRoundTrip(byte[] payload) {
        EventData event = SampleEvents.withPayload(payload);

        EventEnvelope appended = store.append("journal", 0, List.of(event)).get(0);
        byte[] read = store.read("journal", 1, 1).get(0).event().payload();
        byte[] readSchool = store.readSchool("journal", 1, 1).get(0).event().payload();

        assertThat(appended.event().payload()).as("payload returned by append").isEqualTo(payload);
        assertThat(read).as("payload returned by read").hasSize(payload.length).isEqualTo(payload);
        assertThat(readSchool).as("payload returned by readSchool").hasSize(payload.length).isEqualTo(payload);
        return read;
    }

    private static ConcurrencyConflictException conflictOf(Runnable append) {
        ConcurrencyConflictException conflict = catchThrowableOfType(ConcurrencyConflictException.class, append::run);
        assertThat(conflict).as("the append is refused with a ConcurrencyConflictException").isNotNull();
        return conflict;
    }

    private static void assertConflict(ConcurrencyConflictException conflict, String streamId,
            long expectedVersion, long actualVersion) {
        assertThat(conflict.code()).isEqualTo(ErrorCode.CONFLICT);
        assertThat(conflict.streamId()).as("the conflict's stream").isEqualTo(streamId);
        assertThat(conflict.expectedVersion()).as("the conflict's expected version").isEqualTo(expectedVersion);
        assertThat(conflict.actualVersion()).as("the conflict's actual version").isEqualTo(actualVersion);
    }

    private static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
