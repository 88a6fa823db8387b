package org.schooljournal.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Reads a JMH result file ({@code -rf json -rff FILE}) and prints, as Markdown, every result with
 * its error, then each benchmark's ratio to its baseline measured in the same run and to its
 * target.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.schooljournal.benchmarks.Ratios jmh-result.json}
 *
 * <p>A ratio's error is propagated to first order from both scores' errors (JMH's 99.9 %
 * confidence half-widths): {@code r·√((ea/a)² + (eb/b)²)}.
 */
public final class Ratios {

    /** Issue 6's target for the engine: 50 000 marks per second. Commands stand in for marks. */
    static final double MARKS_PER_SECOND = 50_000;
    /** Issue 6's target for verification: at least 70 % of plain SHA-256's speed. */
    static final double VERIFY_SHARE = 0.70;

    private static final String ENGINE = "EngineBenchmark.";
    private static final String CHAIN = "ChainBenchmark.";

    /** A benchmark, its baseline, and the ratio it should reach, if any. */
    private record Pair(String benchmark, String baseline, OptionalDouble target, String note) {
    }

    /** One result of the file. */
    private record Result(String benchmark, String params, double score, double error, String unit) {
    }

    private static final List<Pair> PAIRS = List.of(
            new Pair(ENGINE + "roleToggle", ENGINE + "storeAppend", OptionalDouble.empty(), "engine / store alone"),
            new Pair(ENGINE + "studentDataToggle", ENGINE + "storeAppend", OptionalDouble.empty(), "engine / store alone"),
            new Pair(CHAIN + "verify", CHAIN + "sha256Canonical", OptionalDouble.of(VERIFY_SHARE),
                    "verification / plain SHA-256 of the same bytes"),
            new Pair(CHAIN + "verify", CHAIN + "hashChainHash", OptionalDouble.empty(),
                    "verification / HashChain.hash alone"),
            new Pair(CHAIN + "verify", CHAIN + "sha256Payload", OptionalDouble.empty(),
                    "verification / plain SHA-256 of the payloads"),
            new Pair(CHAIN + "hashChainHash", CHAIN + "sha256Canonical", OptionalDouble.empty(),
                    "HashChain.hash / plain SHA-256 of the same bytes"),
            new Pair(CHAIN + "sha256CanonicalGetInstance", CHAIN + "sha256Canonical", OptionalDouble.empty(),
                    "getInstance per hash / one MessageDigest"));

    private Ratios() {
    }

    /**
     * Prints the tables.
     *
     * @param args the JMH result file (JSON)
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Ratios jmh-result.json");
            System.exit(2);
        }
        print(read(Path.of(args[0])), System.out);
    }

    private static List<Result> read(Path file) throws IOException {
        List<Result> results = new ArrayList<>();
        for (JsonNode run : new ObjectMapper().readTree(Files.readAllBytes(file))) {
            String name = run.path("benchmark").asText();
            String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            Map<String, String> params = new LinkedHashMap<>();
            run.path("params").fields().forEachRemaining(p -> params.put(p.getKey(), p.getValue().asText()));
            JsonNode metric = run.path("primaryMetric");
            results.add(new Result(shortName,
                    params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")),
                    metric.path("score").asDouble(), metric.path("scoreError").asDouble(Double.NaN),
                    metric.path("scoreUnit").asText()));
        }
        return results;
    }

    private static void print(List<Result> results, PrintStream out) {
        out.println("| benchmark | params | score ± error | unit |");
        out.println("|---|---|---:|---|");
        for (Result r : results) {
            out.printf(Locale.ROOT, "| %s | %s | %s ± %s | %s |%n", r.benchmark(), params(r),
                    number(r.score()), number(r.error()), unit(r));
        }
        out.println();
        out.println("| benchmark | params | baseline | ratio ± error | target | meets | what |");
        out.println("|---|---|---|---:|---:|---|---|");
        for (Pair pair : PAIRS) {
            Optional<Result> baseline = results.stream().filter(r -> r.benchmark().equals(pair.baseline())).findFirst();
            for (Result r : results) {
                if (!r.benchmark().equals(pair.benchmark()) || baseline.isEmpty()) {
                    continue;
                }
                Result b = baseline.get();
                double ratio = r.score() / b.score();
                double error = ratio * Math.hypot(r.error() / r.score(), b.error() / b.score());
                String target = pair.target().isPresent() ? String.format(Locale.ROOT, "≥ %.2f", pair.target().getAsDouble()) : "";
                String meets = pair.target().isPresent() ? meets(ratio, error, pair.target().getAsDouble()) : "";
                out.printf(Locale.ROOT, "| %s | %s | %s | %.3f ± %.3f | %s | %s | %s |%n", r.benchmark(), params(r),
                        b.benchmark(), ratio, error, target, meets, pair.note());
            }
        }
        for (Result r : results) {
            if (r.benchmark().equals(ENGINE + "roleToggle") || r.benchmark().equals(ENGINE + "studentDataToggle")) {
                double ratio = r.score() / MARKS_PER_SECOND;
                double error = r.error() / MARKS_PER_SECOND;
                out.printf(Locale.ROOT, "| %s | %s | 50 000 marks/s (issue 6) | %.3f ± %.3f | ≥ 1.00 | %s |"
                        + " commands as a proxy for marks |%n", r.benchmark(), params(r), ratio, error,
                        meets(ratio, error, 1));
            }
        }
    }

    /** Yes or no; "unclear" when the target lies within the ratio's error. */
    private static String meets(double ratio, double error, double target) {
        if (Math.abs(ratio - target) <= error) {
            return "unclear";
        }
        return ratio >= target ? "yes" : "no";
    }

    private static String params(Result r) {
        return r.params().isEmpty() ? "—" : r.params();
    }

    /** Names what a benchmark's operation is, when JMH says only ops. */
    private static String unit(Result r) {
        if (!r.unit().equals("ops/s")) {
            return r.unit();
        }
        if (r.benchmark().startsWith(CHAIN)) {
            return "envelopes/s";
        }
        return r.benchmark().equals(ENGINE + "storeAppend") ? "appends/s" : "commands/s";
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        return String.format(Locale.ROOT, "%,.0f", value).replace(',', ' ');
    }
}
