package org.schooljournal.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.core.archive.ChainVerifier;
import org.schooljournal.core.log.HashChain;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;
import org.schooljournal.spi.storage.SchoolKey;

/**
 * Crash safety (ARC-4): a child JVM ({@link CrashingAppender}) appends to one stream in a loop and
 * prints each acknowledged event; after a random number of acknowledgements it is killed with
 * SIGKILL ({@link Process#destroyForcibly()}); the store is opened again and must hold every
 * acknowledged event exactly once, at its sequence, in a stream whose sequences run from 1 without
 * gaps and whose hash chain verifies. Five rounds per database continue the same stream.
 *
 * <p>On H2 the database runs inside the killed process, so this is a crash of the database. On
 * PostgreSQL every second round also kills the server itself, postmaster and backends at once, as a
 * power cut would short of the page cache; the server recovers from its write-ahead log.
 *
 * <p>The seed of each run is in the failure messages. Every wait is bounded; nothing sleeps.
 */
@Tag("ARC-4")
@DisplayName("Crash safety: a killed process loses no acknowledged event and leaves no half of an append")
class CrashSafetyTest {

    /** Rounds per database: 5, or {@code -Dschooljournal.test.crashRounds=50} for a longer soak. */
    private static final int ROUNDS = Integer.getInteger("schooljournal.test.crashRounds", 5);
    private static final int MOST_ACKNOWLEDGEMENTS_BEFORE_THE_KILL = 40;
    private static final long WAIT_SECONDS = 60;
    private static final String STREAM = "school-86-001/journal-5А-математика";
    /** The seed of a run that corrupted an H2 2.3.232 file in its third round, six times out of six. */
    private static final long H2_232_CORRUPTING_SEED = 6706545317578L;

    @TempDir
    Path directory;

    @Test
    @DisplayName("H2 file: the appender and its embedded database killed five times lose no acknowledged event")
    void h2_killedAppender_losesNoAcknowledgedEvent() throws Exception {
        killH2InRounds(seed());
    }

    /**
     * Replays a run after which H2 2.3.232 could not open its file again ("File corrupted … Double
     * mark", as in h2database issue 2752): after the kill, the next process recovered, the compaction
     * when it closed moved chunks, and the file was marked cleanly shut before the moved chunks'
     * layout was committed. H2 2.4.240 commits first ({@code FileStore.stop}).
     */
    @Test
    @DisplayName("H2 file: the run that corrupted H2 2.3.232's file after a kill leaves 2.4.240's intact")
    void h2_runThatCorrupted232_leavesTheFileIntact() throws Exception {
        killH2InRounds(H2_232_CORRUPTING_SEED);
    }

    private void killH2InRounds(long seed) throws Exception {
        Path database = Files.createTempDirectory(directory, "h2-");
        String url = "jdbc:h2:file:" + database.resolve("journal");
        Random random = new Random(seed);
        List<Acknowledgement> acknowledged = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            String context = "round " + round + " of the H2 run with seed " + seed;
            acknowledged.addAll(runAndKill(url, random, () -> { }, context));
            try (EventStore store = new JdbcEventStoreProvider().create(Map.of("url", url))) {
                assertIntact(store, acknowledged, context);
            }
        }
    }

    @Test
    @DisplayName("PostgreSQL: the appender killed five times, the server with it twice, loses no acknowledged event")
    void postgres_killedAppenderAndServer_loseNoAcknowledgedEvent() throws Exception {
        PostgresServer server = PostgresServer.start(directory.resolve("postgres"), false);
        try {
            long seed = seed();
            Random random = new Random(seed);
            List<Acknowledgement> acknowledged = new ArrayList<>();
            for (int round = 1; round <= ROUNDS; round++) {
                boolean crashTheServer = round % 2 == 0;
                String context = "round " + round + (crashTheServer ? " (server killed too)" : "")
                        + " of the PostgreSQL run with seed " + seed;
                PostgresServer running = server;
                acknowledged.addAll(runAndKill(server.url(), random, crashTheServer ? running::crash : () -> { },
                        context));
                if (crashTheServer) {
                    server = server.restart();
                }
                try (EventStore store = new JdbcEventStoreProvider().create(Map.of("url", server.url()))) {
                    assertIntact(store, acknowledged, context);
                }
            }
        } finally {
            server.close();
        }
    }

    /** Returns the run's seed: {@code -Dschooljournal.test.crashSeed=…} replays a failed run's choices. */
    private static long seed() {
        return Long.getLong("schooljournal.test.crashSeed", System.nanoTime());
    }

    /** An event the appender printed as appended: its append had returned. */
    record Acknowledgement(long sequence, UUID eventId) {

        static Optional<Acknowledgement> parse(String line) {
            String[] parts = line.split(" ");
            return parts.length == 3 && parts[0].equals("ack")
                    ? Optional.of(new Acknowledgement(Long.parseLong(parts[1]), UUID.fromString(parts[2])))
                    : Optional.empty();
        }
    }

    /**
     * Starts the appender, waits for a random number of acknowledgements, runs {@code beforeTheKill},
     * kills the appender with SIGKILL, and returns every acknowledgement it printed, also those
     * after the decision to kill it.
     */
    private List<Acknowledgement> runAndKill(String url, Random random, Runnable beforeTheKill, String context)
            throws IOException, InterruptedException {
        int killAfter = 1 + random.nextInt(MOST_ACKNOWLEDGEMENTS_BEFORE_THE_KILL);
        Path errors = Files.createTempFile(directory, "appender-", ".err");
        Process appender = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), CrashingAppender.class.getName(),
                url, STREAM, Long.toString(random.nextLong()))
                .redirectError(errors.toFile())
                .start();
        BlockingQueue<String> lines = ProcessLines.of(appender, "appender-output");
        List<Acknowledgement> acknowledged = new ArrayList<>();
        try {
            while (acknowledged.size() < killAfter) {
                String line = lines.poll(WAIT_SECONDS, TimeUnit.SECONDS);
                if (line == null || line.equals(ProcessLines.END)) {
                    fail("%s: the appender %s after %d of %d acknowledgements; its errors: %s", context,
                            line == null ? "fell silent for " + WAIT_SECONDS + " s" : "ended",
                            acknowledged.size(), killAfter, Files.readString(errors));
                }
                Acknowledgement.parse(line).ifPresent(acknowledged::add);
            }
            beforeTheKill.run();
        } finally {
            appender.destroyForcibly();
            assertThat(appender.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).as("%s: the appender died", context).isTrue();
        }
        for (String line = lines.poll(WAIT_SECONDS, TimeUnit.SECONDS); !ProcessLines.END.equals(line);
                line = lines.poll(WAIT_SECONDS, TimeUnit.SECONDS)) {
            assertThat(line).as("%s: the rest of the killed appender's output", context).isNotNull();
            Acknowledgement.parse(line).ifPresent(acknowledged::add);
        }
        return acknowledged;
    }

    /**
     * Checks the stream after a crash: sequences from 1 without gaps; every acknowledged event
     * present once, at its sequence; at most one unacknowledged batch (of up to three events) past
     * the last acknowledgement; each previous hash the hash before it, and each hash the one its
     * content gives; the school's order holding exactly the stream, in increasing positions.
     */
    private static void assertIntact(EventStore store, List<Acknowledgement> acknowledged, String context) {
        List<EventEnvelope> stream = store.read(STREAM, 1, Integer.MAX_VALUE);
        assertThat(stream).as("%s: sequences", context).extracting(EventEnvelope::sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, stream.size()).boxed().toList());
        assertThat(stream).as("%s: event ids", context).extracting(e -> e.event().eventId()).doesNotHaveDuplicates();
        Map<UUID, EventEnvelope> byEventId = stream.stream()
                .collect(Collectors.toMap(e -> e.event().eventId(), Function.identity()));
        for (Acknowledgement acknowledgement : acknowledged) {
            assertThat(byEventId.get(acknowledgement.eventId()))
                    .as("%s: acknowledged event %s", context, acknowledgement).isNotNull()
                    .extracting(EventEnvelope::sequence).isEqualTo(acknowledgement.sequence());
        }
        long lastAcknowledged = acknowledged.stream().mapToLong(Acknowledgement::sequence).max().orElse(0);
        assertThat(stream.size()).as("%s: events past the last acknowledged one", context)
                .isBetween((int) lastAcknowledged, (int) lastAcknowledged + 3);
        String previousHash = "";
        for (EventEnvelope envelope : stream) {
            assertThat(envelope.event().previousHash()).as("%s: previous hash of sequence %d", context,
                    envelope.sequence()).isEqualTo(previousHash);
            assertThat(HashChain.expectedHash(envelope)).as("%s: hash of sequence %d", context, envelope.sequence())
                    .isEqualTo(envelope.event().hash());
            previousHash = envelope.event().hash();
        }
        assertThat(new ChainVerifier(store).verify(STREAM).verified()).as("%s: ChainVerifier", context).isTrue();
        List<EventEnvelope> all = store.readSchool(SchoolKey.of(STREAM), 1, Integer.MAX_VALUE);
        assertThat(all).as("%s: positions", context).extracting(EventEnvelope::position)
                .isSorted().doesNotHaveDuplicates();
        assertThat(all).as("%s: the school's order", context).containsExactlyElementsOf(stream);
    }
}
