package org.schooljournal.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.schooljournal.core.archive.ChainReport;
import org.schooljournal.core.archive.ChainVerifier;
import org.schooljournal.core.log.HashChain;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.roster.UpdateStudentData;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.core.roster.Roster;

/**
 * Verification of a school's hash chain (ARC-4): envelopes per second through
 * {@code ChainVerifier.verify} over a stream of {@value #ENVELOPES} envelopes in the in-memory
 * store, made by the engine (a small school's set-up, then {@code UpdateStudentData} commands,
 * whose payloads are about the size a mark's will be). Every benchmark here handles all
 * {@value #ENVELOPES} envelopes per call and counts each as one operation, so all report
 * envelopes per second.
 *
 * <p>Baselines, in the same run:
 *
 * <ul>
 *   <li>{@link #sha256Canonical} — plain SHA-256, one reused {@code MessageDigest}, over exactly
 *       the bytes {@code HashChain} hashes (built once in the set-up, which checks that their
 *       digest is each envelope's stored hash): the target, verification at 70 % of it or more;
 *   <li>{@link #sha256Payload} — plain SHA-256 over the payloads alone;
 *   <li>{@link #hashChainHash} — {@code HashChain.expectedHash} of each envelope: the field
 *       encoding, the digest and the hex, without reading the store or comparing;
 *   <li>{@link #sha256CanonicalGetInstance} — as {@code sha256Canonical}, but with
 *       {@code MessageDigest.getInstance} for each envelope, as {@code HashChain} does it.
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@State(Scope.Thread)
public class ChainBenchmark {

    /** The length of the stream verified. */
    static final int ENVELOPES = 10_000;

    private BenchSchool bench;
    private ChainVerifier verifier;
    private EventEnvelope[] envelopes;
    private byte[][] canonical;
    private byte[][] payloads;
    private MessageDigest sha256;

    /** Fills the stream through the engine and prepares the baselines' bytes. */
    @Setup(Level.Trial)
    public void setUp() {
        bench = BenchSchool.setUp("small", Clock.systemUTC());
        Student now = Roster.of(bench.engine.host().school(BenchSchool.ID)).student(BenchSchool.STUDENT).orElseThrow();
        for (int i = 0; bench.version() < ENVELOPES; i++) {
            String patronymic = i % 2 == 0 ? now.patronymic() + "а" : now.patronymic();
            bench.engine.execute(BenchSchool.HOMEROOM, new UpdateStudentData(BenchSchool.ID, now.personId(),
                    now.surname(), now.name(), patronymic, now.birthDate()));
        }
        verifier = new ChainVerifier(bench.store);
        ChainReport report = verifier.verify(BenchSchool.STREAM);
        if (!report.verified() || report.checked() != ENVELOPES) {
            throw new IllegalStateException("the stream does not verify as " + ENVELOPES + " envelopes: " + report);
        }
        List<EventEnvelope> stream = bench.store.read(BenchSchool.STREAM, 1, ENVELOPES);
        envelopes = stream.toArray(EventEnvelope[]::new);
        sha256 = sha256();
        canonical = new byte[ENVELOPES][];
        payloads = new byte[ENVELOPES][];
        long canonicalBytes = 0;
        long payloadBytes = 0;
        for (int i = 0; i < ENVELOPES; i++) {
            canonical[i] = canonicalBytes(envelopes[i]);
            payloads[i] = envelopes[i].event().payload();
            if (!HexFormat.of().formatHex(sha256.digest(canonical[i])).equals(envelopes[i].event().hash())) {
                throw new IllegalStateException("the canonical bytes of envelope " + (i + 1)
                        + " are not those HashChain hashes");
            }
            canonicalBytes += canonical[i].length;
            payloadBytes += payloads[i].length;
        }
        System.out.printf("%n[set-up] %d envelopes: %.0f bytes hashed each on average, %.0f of them payload%n",
                ENVELOPES, (double) canonicalBytes / ENVELOPES, (double) payloadBytes / ENVELOPES);
    }

    /** Closes the engine. */
    @TearDown(Level.Trial)
    public void tearDown() {
        bench.engine.close();
    }

    /** Walks the whole chain: reads the store, recomputes and compares every hash. */
    @Benchmark
    @OperationsPerInvocation(ENVELOPES)
    public void verify(Blackhole bh) {
        bh.consume(verifier.verify(BenchSchool.STREAM));
    }

    /** Baseline (the target's): plain SHA-256 over the bytes HashChain hashes. */
    @Benchmark
    @OperationsPerInvocation(ENVELOPES)
    public void sha256Canonical(Blackhole bh) {
        for (byte[] bytes : canonical) {
            bh.consume(sha256.digest(bytes));
        }
    }

    /** Baseline: plain SHA-256 over the payloads alone. */
    @Benchmark
    @OperationsPerInvocation(ENVELOPES)
    public void sha256Payload(Blackhole bh) {
        for (byte[] bytes : payloads) {
            bh.consume(sha256.digest(bytes));
        }
    }

    /** HashChain.expectedHash of every envelope: encoding, digest and hex, no store and no comparing. */
    @Benchmark
    @OperationsPerInvocation(ENVELOPES)
    public void hashChainHash(Blackhole bh) {
        for (EventEnvelope envelope : envelopes) {
            bh.consume(HashChain.expectedHash(envelope));
        }
    }

    /** As sha256Canonical, with a new MessageDigest for every envelope, as HashChain does it. */
    @Benchmark
    @OperationsPerInvocation(ENVELOPES)
    public void sha256CanonicalGetInstance(Blackhole bh) {
        for (byte[] bytes : canonical) {
            bh.consume(sha256().digest(bytes));
        }
    }

    /**
     * Verification against plain SHA-256 of the same bytes on a shared machine, by each thread's
     * CPU time rather than the wall clock: {@code rounds} rounds (200 by default), each a whole walk
     * of the chain ({@link #verify}) then plain SHA-256 of the same bytes ({@link #sha256Canonical}),
     * interleaved so that both meet the same load; prints the median CPU time per envelope of each
     * over the second half of the rounds (the first half warms up) and their ratio, the share of
     * plain SHA-256's speed that verification reaches.
     *
     * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar
     * org.schooljournal.benchmarks.ChainBenchmark [rounds]}.
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        ChainBenchmark bench = new ChainBenchmark();
        bench.setUp();
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] verify = new long[rounds];
        long[] plain = new long[rounds];
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            long start = cpu.getCurrentThreadCpuTime();
            sink += bench.verifier.verify(BenchSchool.STREAM).checked();
            long verified = cpu.getCurrentThreadCpuTime();
            for (byte[] bytes : bench.canonical) {
                sink += bench.sha256.digest(bytes)[0];
            }
            long hashed = cpu.getCurrentThreadCpuTime();
            verify[r] = verified - start;
            plain[r] = hashed - verified;
        }
        double verifyNanos = median(verify, rounds / 2) / ENVELOPES;
        double plainNanos = median(plain, rounds / 2) / ENVELOPES;
        System.out.printf("%n[cpu] %d rounds of %d envelopes (medians of the last %d): verify %.0f ns an envelope,"
                + " plain SHA-256 of the same bytes %.0f ns; verify / sha256Canonical = %.3f (sink %d)%n", rounds,
                ENVELOPES, rounds - rounds / 2, verifyNanos, plainNanos, plainNanos / verifyNanos, sink);
        bench.tearDown();
    }

    private static double median(long[] values, int from) {
        long[] measured = java.util.Arrays.copyOfRange(values, from, values.length);
        java.util.Arrays.sort(measured);
        return measured[measured.length / 2];
    }

    /**
     * The bytes HashChain hashes, as HashChain writes them: stream, sequence, event id, type,
     * schema version, payload, actor, time of recording and previous hash; texts as a length and
     * UTF-8. The set-up checks them against the stored hashes.
     */
    static byte[] canonicalBytes(EventEnvelope envelope) {
        EventData event = envelope.event();
        byte[] payload = event.payload();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + 256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeText(out, envelope.streamId());
            out.writeLong(envelope.sequence());
            writeText(out, event.eventId().toString());
            writeText(out, event.type());
            out.writeInt(event.schemaVersion());
            out.writeInt(payload.length);
            out.write(payload);
            writeText(out, event.actor());
            writeText(out, event.recordedAt().toString());
            writeText(out, event.previousHash());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
