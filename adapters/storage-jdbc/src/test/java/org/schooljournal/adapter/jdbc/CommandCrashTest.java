package org.schooljournal.adapter.jdbc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.journal.EntryKind;
import org.schooljournal.core.journal.JournalEntry;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;

/**
 * Idempotent commands across crashes (ACC-7, ARC-4; DESIGN.md, principle 9): a host that gives
 * every command an id ({@link CrashingCommander}) is killed with SIGKILL between the store's
 * append of a remark and the reply to the teacher — the remark is stored, the host never learned
 * it — and started again, repeating that remark with the same id, as a host does after a crash.
 * After every round the log must hold each remark exactly once: none acknowledged lost, none
 * duplicated, the repeated one answered with the event first stored. On PostgreSQL (fsync and
 * synchronous_commit on) every second round kills the server too.
 *
 * <p>The seed of each run is in the failure messages. Every wait is bounded; nothing sleeps.
 */
@Tag("ACC-7")
@Tag("ARC-4")
@DisplayName("ACC-7, ARC-4: a host killed between append and reply repeats its command by id: none lost, none twice")
class CommandCrashTest {

    private static final int ROUNDS = Integer.getInteger("schooljournal.test.crashRounds", 4);
    private static final int MOST_REMARKS_PER_ROUND = 12;
    private static final long WAIT_SECONDS = 120;

    @TempDir
    Path directory;

    @Test
    @DisplayName("H2 file: killed between append and reply four times, every remark is stored once")
    void h2() throws Exception {
        String url = "jdbc:h2:file:" + Files.createTempDirectory(directory, "h2-").resolve("journal");
        run(url, seed(), round -> () -> { }, round -> url);
    }

    @Test
    @DisplayName("PostgreSQL: killed between append and reply four times, the server with it twice, every remark is stored once")
    void postgres() throws Exception {
        PostgresServer[] server = {PostgresServer.start(directory.resolve("postgres"), false)};
        try {
            server[0].requireDurable();
            run(server[0].url(), seed(), round -> round % 2 == 0 ? server[0]::crash : () -> { }, round -> {
                if (round % 2 == 0) {
                    server[0] = server[0].restart();
                }
                return server[0].url();
            });
        } finally {
            server[0].close();
        }
    }

    /**
     * Runs the rounds: each starts the host from the remark the last round left unanswered, kills
     * it between the append and the reply of a later one, and checks the log; a last run answers
     * the last unanswered remark and ends.
     *
     * @param afterKill what else to kill, per round
     * @param urlAfter the database's URL after the round (a restarted server's)
     */
    private void run(String firstUrl, long seed, Function<Integer, Runnable> afterKill,
            Function<Integer, String> urlAfter) throws Exception {
        Random random = new Random(seed);
        Map<Integer, UUID> stored = new HashMap<>();
        String url = firstUrl;
        int from = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            String context = "round " + round + " of the run with seed " + seed;
            int killAt = from + 1 + random.nextInt(MOST_REMARKS_PER_ROUND);
            Map<Integer, UUID> acknowledged = host(url, from, Integer.MAX_VALUE, killAt, afterKill.apply(round), context);
            assertThat(acknowledged.keySet()).as("%s: acknowledged", context)
                    .containsExactlyInAnyOrderElementsOf(range(from, killAt));
            if (stored.containsKey(from)) {
                assertThat(acknowledged.get(from)).as("%s: the repeated remark %d answers with its first event", context,
                        from).isEqualTo(stored.get(from));
            }
            url = urlAfter.apply(round);
            stored = checkLog(url, killAt, context);
            for (Map.Entry<Integer, UUID> ack : acknowledged.entrySet()) {
                assertThat(ack.getValue()).as("%s: remark %d acknowledged as stored", context, ack.getKey())
                        .isEqualTo(stored.get(ack.getKey()));
            }
            from = killAt;
        }
        String context = "the last run of seed " + seed;
        Map<Integer, UUID> last = host(url, from, from + 1, -1, () -> { }, context);
        assertThat(last).as(context).containsExactly(Map.entry(from, stored.get(from)));
        checkLog(url, from, context);
    }

    private static List<Integer> range(int from, int until) {
        return java.util.stream.IntStream.range(from, until).boxed().toList();
    }

    /**
     * Checks the log: remarks 0 to {@code last}, each exactly once, nothing else; returns the
     * event id of each remark.
     */
    private static Map<Integer, UUID> checkLog(String url, int last, String context) {
        try (EventStore store = new JdbcEventStoreProvider().create(Map.of("url", url));
                JournalEngine engine = JournalEngine.builder().eventStore(store)
                        .clock(Clock.fixed(CrashingCommander.MONDAY_0915, ZoneOffset.UTC)).build()) {
            assertThat(engine.archive().verify(CrashingCommander.SCHOOL).verified()).as("%s: verified", context).isTrue();
            List<JournalEntry> remarks = engine.host().journal(CrashingCommander.SCHOOL, CrashingCommander.JOURNAL)
                    .entries(entry -> entry.kind() == EntryKind.REMARK);
            Map<String, Long> counts = remarks.stream().collect(Collectors.groupingBy(e -> e.current().value(),
                    Collectors.counting()));
            assertThat(counts).as("%s: each remark once", context).hasSize(last + 1).allSatisfy((text, count) ->
                    assertThat(count).as("%s: %s", context, text).isEqualTo(1));
            assertThat(counts.keySet()).as(context).containsExactlyInAnyOrderElementsOf(
                    range(0, last + 1).stream().map(i -> "Замечание " + i).toList());
            Map<Integer, UUID> ids = new HashMap<>();
            for (EventEnvelope envelope : store.read(CrashingCommander.JOURNAL.stream(CrashingCommander.SCHOOL), 1,
                    Integer.MAX_VALUE)) {
                String payload = new String(envelope.event().payload(), UTF_8);
                int at = payload.indexOf("\"value\":\"Замечание ");
                if (at >= 0 && envelope.event().type().equals("EntryRecorded")) {
                    int start = at + "\"value\":\"Замечание ".length();
                    ids.put(Integer.parseInt(payload.substring(start, payload.indexOf('"', start))),
                            envelope.event().eventId());
                }
            }
            assertThat(ids.values()).as("%s: event ids derived from the command ids", context)
                    .allSatisfy(id -> assertThat(id.version()).isEqualTo(8));
            return ids;
        }
    }

    private static long seed() {
        return Long.getLong("schooljournal.test.crashSeed", System.nanoTime());
    }

    /**
     * Starts the host, collects its acknowledgements and, if it halts between an append and its
     * reply, runs {@code beforeTheKill} and kills it there; returns the acknowledgements.
     */
    private Map<Integer, UUID> host(String url, int from, int until, int killAt, Runnable beforeTheKill,
            String context) throws IOException, InterruptedException {
        Path errors = Files.createTempFile(directory, "host-", ".err");
        Process host = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                CrashingCommander.class.getName(), url, Integer.toString(from), Integer.toString(until),
                Integer.toString(killAt))
                .redirectError(errors.toFile())
                .start();
        BlockingQueue<String> lines = ProcessLines.of(host, "host-output");
        Map<Integer, UUID> acknowledged = new HashMap<>();
        try {
            while (true) {
                String line = lines.poll(WAIT_SECONDS, TimeUnit.SECONDS);
                if (line == null) {
                    fail("%s: the host fell silent for %d s; its errors: %s", context, WAIT_SECONDS,
                            Files.readString(errors));
                }
                if (line.equals(ProcessLines.END)) {
                    assertThat(killAt).as("%s: the host ended before remark %d; its errors: %s", context, killAt,
                            Files.readString(errors)).isEqualTo(-1);
                    assertThat(host.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
                    assertThat(host.exitValue()).as("%s: exit; errors: %s", context, Files.readString(errors)).isZero();
                    return acknowledged;
                }
                String[] parts = line.split(" ");
                if (parts[0].equals("ack")) {
                    acknowledged.put(Integer.parseInt(parts[1]), UUID.fromString(parts[2]));
                } else if (parts[0].equals("appended")) {
                    assertThat(Integer.parseInt(parts[1])).as(context).isEqualTo(killAt);
                    beforeTheKill.run();
                    return acknowledged;
                }
            }
        } finally {
            host.destroyForcibly();
            assertThat(host.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).as("%s: the host died", context).isTrue();
        }
    }
}
