package org.schooljournal.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.feed.FeedCursor;
import org.schooljournal.core.feed.FeedItem;
import org.schooljournal.core.feed.FeedPage;
import org.schooljournal.core.log.SchoolStreams;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.SchoolKey;

/**
 * The event feed (EXC-2) of a 1 000-student school whose journals hold a whole year
 * ({@link BenchReportSchool}: 280 953 stored events), read page by page from the in-memory store
 * and written as CloudEvents JSON lines (issue 15: "the feed reads at least 50 000 events/s from
 * the in-memory store").
 *
 * <ul>
 *   <li>{@code hostFeed}: {@code engine.host().feed(school, cursor, PAGE)}, the whole feed a host
 *       passes on to a regional diary system, each item written with {@link FeedItem#toJson()};
 *   <li>{@code studentFeed}: {@code engine.feed().read(student, school, cursor, PAGE)}, one
 *       student's part (PD-2: their own items and their journals' class items on their days), each
 *       item written as JSON;
 *   <li>{@code raw}: the baseline — the same stored events read with {@code EventStore.readSchool}
 *       and each written as one JSON line by Jackson (its id, stream, type, time and its payload
 *       parsed as a tree): what the feed's decoding, mapping, access and CloudEvents cost on top.
 * </ul>
 *
 * <p>One operation is one stored event: each invocation reads one page of {@value #PAGE} events,
 * from the next of the school's pages in turn (every page full, set-up checked), so the score is
 * stored events per second. The school is written once per fork (a minute or two, printed).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class FeedBenchmark {

    /** The stored events a page reads. */
    static final int PAGE = 10_000;

    /** A student of the school, a reader of their own feed. */
    static final Actor STUDENT = Actor.of(BenchReportSchool.student(3, 7));

    /** The school, written once per fork. */
    @State(Scope.Benchmark)
    public static class School {

        /** How many classes (40; fewer for a smoke run). */
        @Param("40")
        public int classes;

        /** How many school days the journals hold (170: the year; fewer for a smoke run). */
        @Param("170")
        public int days;

        BenchReportSchool school;
        /** Where each full page starts: after 0, PAGE, 2 PAGE, … */
        List<FeedCursor> pages;
        String schoolKey;
        final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

        /** Writes the school's year and checks that the pages are full and the feeds carry items. */
        @Setup(Level.Trial)
        public void setUp() {
            long start = System.nanoTime();
            school = BenchReportSchool.written(classes, days);
            long took = (System.nanoTime() - start) / 1_000_000;
            school.clock.set(BenchJournals.at(LocalDate.of(2027, 6, 1), LocalTime.of(10, 0)));
            schoolKey = SchoolKey.of(SchoolStreams.of(BenchReportSchool.SCHOOL));
            long envelopes = school.envelopes();
            pages = new ArrayList<>();
            for (long after = 0; after + PAGE <= envelopes; after += PAGE) {
                pages.add(new FeedCursor(after));
            }
            if (pages.isEmpty()) {
                throw new IllegalStateException("the school holds " + envelopes + " events, less than a page");
            }
            FeedCursor last = pages.get(pages.size() - 1);
            List<EventEnvelope> lastPage = school.store.readSchool(schoolKey, last.position() + 1, PAGE);
            if (lastPage.size() != PAGE || lastPage.get(PAGE - 1).position() != last.position() + PAGE) {
                throw new IllegalStateException("the school's positions are not 1 to " + envelopes);
            }
            FeedPage host = school.engine.host().feed(BenchReportSchool.SCHOOL, last, PAGE);
            FeedPage own = school.engine.feed().read(STUDENT, BenchReportSchool.SCHOOL, last, PAGE);
            if (host.items().isEmpty() || own.items().isEmpty() || own.items().size() >= host.items().size()) {
                throw new IllegalStateException("a page's feed holds " + host.items().size() + " items, the student's "
                        + own.items().size());
            }
            Runtime runtime = Runtime.getRuntime();
            System.gc();
            System.out.printf("%n[set-up] %d commands, %d envelopes (%d full pages) written in %d ms; the last page"
                    + " holds %d items, %d of them the student's; heap used %d MB%n", school.commands(), envelopes,
                    pages.size(), took, host.items().size(), own.items().size(),
                    (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        }

        /** Closes the engine. */
        @TearDown(Level.Trial)
        public void stop() {
            school.engine.close();
        }
    }

    /** The page a thread reads next: the school's pages in turn. */
    @State(Scope.Thread)
    public static class Cursor {

        private int next;

        FeedCursor next(School school) {
            FeedCursor cursor = school.pages.get(next);
            next = (next + 1) % school.pages.size();
            return cursor;
        }
    }

    /** One stored event as the baseline writes it: its envelope's parts and its payload as a tree. */
    record RawLine(UUID id, String stream, long position, String type, Instant time, JsonNode data) {
    }

    /** A page of the host's whole feed, each item written as CloudEvents JSON. */
    @Benchmark
    @OperationsPerInvocation(PAGE)
    public void hostFeed(School school, Cursor cursor, Blackhole bh) {
        FeedPage page = school.school.engine.host().feed(BenchReportSchool.SCHOOL, cursor.next(school), PAGE);
        for (FeedItem item : page.items()) {
            bh.consume(item.toJson());
        }
    }

    /** A page of one student's feed, each item written as CloudEvents JSON. */
    @Benchmark
    @OperationsPerInvocation(PAGE)
    public void studentFeed(School school, Cursor cursor, Blackhole bh) {
        FeedPage page = school.school.engine.feed().read(STUDENT, BenchReportSchool.SCHOOL, cursor.next(school), PAGE);
        for (FeedItem item : page.items()) {
            bh.consume(item.toJson());
        }
    }

    /** The baseline: the same page's stored events read from the store, each written by Jackson. */
    @Benchmark
    @OperationsPerInvocation(PAGE)
    public void raw(School school, Cursor cursor, Blackhole bh) {
        List<EventEnvelope> page = school.school.store.readSchool(school.schoolKey, cursor.next(school).position() + 1,
                PAGE);
        try {
            for (EventEnvelope envelope : page) {
                bh.consume(school.json.writeValueAsString(new RawLine(envelope.event().eventId(), envelope.streamId(),
                        envelope.position(), envelope.event().type(), envelope.event().recordedAt(),
                        school.json.readTree(envelope.event().payload()))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
