package org.schooljournal.adapter.jdbc;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.schooljournal.core.log.HashChain;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;

/**
 * The child process of {@link CrashSafetyTest}: appends hash-chained batches of one to three events
 * to one stream, in a loop, and prints {@code ack <sequence> <event id>} for each event of a batch
 * once its append has returned, until it is killed (or has appended {@value #MAX_APPENDS} batches).
 * It continues the stream from where it is, with the chain's last hash.
 *
 * <p>Arguments: the JDBC URL, the stream id, a random seed. Prints {@code ready <version>} first.
 */
public final class CrashingAppender {

    /** The most batches one run appends, so that a run nobody kills ends by itself. */
    static final int MAX_APPENDS = 100_000;

    private CrashingAppender() {
    }

    /**
     * Runs the appender.
     *
     * @param args the JDBC URL, the stream id, a random seed
     */
    public static void main(String[] args) {
        String url = args[0];
        String streamId = args[1];
        Random random = new Random(Long.parseLong(args[2]));
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (EventStore store = new JdbcEventStoreProvider().create(Map.of("url", url, "poolSize", "2"))) {
            long version = store.version(streamId);
            String lastHash = version == 0 ? "" : store.read(streamId, version, 1).get(0).event().hash();
            out.println("ready " + version);
            out.flush();
            for (int i = 0; i < MAX_APPENDS; i++) {
                List<EventData> batch = new ArrayList<>();
                int size = 1 + random.nextInt(3);
                for (int n = 1; n <= size; n++) {
                    EventData event = event(streamId, version + n, lastHash, random);
                    batch.add(event);
                    lastHash = event.hash();
                }
                List<EventEnvelope> stored = store.append(streamId, version, batch);
                version += size;
                for (EventEnvelope envelope : stored) {
                    out.println("ack " + envelope.sequence() + " " + envelope.event().eventId());
                }
                out.flush();
            }
        }
    }

    /** Makes an event whose hash the engine's {@link HashChain} would give it. */
    private static EventData event(String streamId, long sequence, String previousHash, Random random) {
        UUID eventId = new UUID(random.nextLong(), random.nextLong());
        byte[] payload = new byte[random.nextInt(10) == 0 ? 256 * 1024 : random.nextInt(4096)];
        random.nextBytes(payload);
        String actor = "subject-teacher-" + random.nextInt(40);
        Instant recordedAt = Instant.parse("2026-09-01T03:30:00Z").plus(sequence, ChronoUnit.MILLIS)
                .plusNanos(random.nextInt(1000) * 1000L);
        String hash = HashChain.hash(HashChain.ALGORITHM, streamId, sequence, eventId, "MarkRecorded", 1, payload,
                actor, recordedAt, previousHash);
        return new EventData(eventId, "MarkRecorded", 1, payload, actor, recordedAt, previousHash, hash,
                HashChain.ALGORITHM);
    }
}
