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
 * <p>Usage: {@code java -cp benchmarks.jar org.schooljournal.benchmarks.Ratios jmh-result.json [more.json …]};
 * several files (runs) are printed as one table, but a ratio is always of two results of the same
 * file: measured in the same run.
 *
 * <p>A benchmark is compared with the baseline's result whose parameters agree with its own on
 * every parameter both have (so {@code JournalBenchmark.markCorrection} on {@code store=h2} with
 * {@code plainInsert} on {@code store=h2}). A ratio's error is propagated to first order from both
 * scores' errors (JMH's 99.9 % confidence half-widths): {@code r·√((ea/a)² + (eb/b)²)}; a single
 * shot has no error ("—").
 */
public final class Ratios {

    /** Issue 6's target for the engine: 50 000 marks per second. */
    static final double MARKS_PER_SECOND = 50_000;
    /** Issue 6's target for verification: at least 70 % of plain SHA-256's speed. */
    static final double VERIFY_SHARE = 0.70;
    /** Issue 6's target on PostgreSQL: at least half the plain-JDBC baseline's throughput. */
    static final double POSTGRESQL_SHARE = 0.50;
    /** Issue 6's roll call: 200 000 attendance entries in under 20 s on PostgreSQL. */
    static final double ROLL_CALL_ENTRIES = 200_000;
    static final double ROLL_CALL_SECONDS = 20;

    private static final String ENGINE = "EngineBenchmark.";
    private static final String CHAIN = "ChainBenchmark.";
    private static final String JOURNAL = "JournalBenchmark.";
    private static final String ROLL_CALL = "RollCallBenchmark.morningRollCall";
    private static final String DISPATCH = "DispatchBenchmark.";
    private static final String REBUILD = "JournalRebuildBenchmark.";
    private static final String REPORTS = "ReportsBenchmark.";
    /**
     * Issue 14's limits, in milliseconds: the year's control (REP-5) and the summary sheets of a
     * 1 000-pupil school in under 1 s each, a class-year journal's printout in under 5 s.
     */
    static final Map<String, Double> REPORT_MILLISECONDS = Map.of("ReportsBenchmark.control", 1_000.0,
            "ReportsBenchmark.summarySheets", 1_000.0, "PrintoutBenchmark.printout", 5_000.0);
    /**
     * Issue 15's limits, in milliseconds: the export and the import of a 1 000-pupil school's year in
     * under 10 s each.
     */
    static final Map<String, Double> EXCHANGE_MILLISECONDS = Map.of("OneRosterBenchmark.export", 10_000.0,
            "OneRosterBenchmark.importZip", 10_000.0, "EdfiBenchmark.interchange", 10_000.0);
    /** Issue 15's feed: at least 50 000 stored events per second from the in-memory store. */
    static final double FEED_EVENTS_PER_SECOND = 50_000;
    private static final String FEED = "FeedBenchmark.";

    /**
     * A benchmark, its baseline, and the ratio it should reach, if any.
     *
     * @param only the parameters a result must have for the pair to apply to it; empty for all
     */
    private record Pair(String benchmark, String baseline, Map<String, String> only, OptionalDouble target,
            String note) {

        Pair(String benchmark, String baseline, OptionalDouble target, String note) {
            this(benchmark, baseline, Map.of(), target, note);
        }
    }

    /** One result of a file; {@code run} numbers the file. */
    private record Result(int run, String benchmark, Map<String, String> params, double score, double error,
            String unit) {
    }

    private static final List<Pair> PAIRS = List.of(
            new Pair(ENGINE + "roleToggle", ENGINE + "storeAppend", OptionalDouble.empty(), "engine / store alone"),
            new Pair(ENGINE + "studentDataToggle", ENGINE + "storeAppend", OptionalDouble.empty(), "engine / store alone"),
            new Pair(JOURNAL + "markCorrection", JOURNAL + "plainInsert", Map.of("store", BenchStores.MEMORY),
                    OptionalDouble.empty(), "engine / InMemoryEventStore.append of the same envelopes"),
            new Pair(JOURNAL + "markCorrection", JOURNAL + "plainInsert", Map.of("store", BenchStores.H2),
                    OptionalDouble.empty(), "engine / plain JDBC insert, same H2 file, same durability"),
            new Pair(JOURNAL + "markCorrection", JOURNAL + "plainInsert", Map.of("store", BenchStores.POSTGRESQL),
                    OptionalDouble.of(POSTGRESQL_SHARE), "engine / plain JDBC insert, same server, same durability"),
            new Pair(CHAIN + "verify", CHAIN + "sha256Canonical", OptionalDouble.of(VERIFY_SHARE),
                    "verification / plain SHA-256 of the same bytes"),
            new Pair(CHAIN + "verify", CHAIN + "hashChainHash", OptionalDouble.empty(),
                    "verification / HashChain.hash alone"),
            new Pair(CHAIN + "verify", CHAIN + "sha256Payload", OptionalDouble.empty(),
                    "verification / plain SHA-256 of the payloads"),
            new Pair(CHAIN + "hashChainHash", CHAIN + "sha256Canonical", OptionalDouble.empty(),
                    "HashChain.hash / plain SHA-256 of the same bytes"),
            new Pair(CHAIN + "sha256CanonicalGetInstance", CHAIN + "sha256Canonical", OptionalDouble.empty(),
                    "getInstance per hash / one MessageDigest"),
            new Pair(DISPATCH + "remarkAndDispatch", DISPATCH + "remark", OptionalDouble.empty(),
                    "a remark and the dispatch that sends it / the remark alone"),
            new Pair(DISPATCH + "remarkAndDispatchFullScan", DISPATCH + "remark", OptionalDouble.empty(),
                    "the same, every stream read at each dispatch / the remark alone"),
            new Pair(REBUILD + "rebuild", REBUILD + "readStream", OptionalDouble.empty(),
                    "a journal rebuilt from its stream / its envelopes read from the store"),
            new Pair(REPORTS + "control", REPORTS + "baseline", OptionalDouble.empty(),
                    "times: the year's REP-5 / a plain loop counting the cached journals' marks"),
            new Pair(REPORTS + "controlAsOfMarch", REPORTS + "baseline", OptionalDouble.empty(),
                    "times: REP-5 as of 1 March, streams folded again / the same loop"),
            new Pair(REPORTS + "summarySheets", REPORTS + "baseline", OptionalDouble.empty(),
                    "times: 40 summary sheets / the same loop"),
            new Pair(REPORTS + "success", REPORTS + "baseline", OptionalDouble.empty(),
                    "times: REP-1 for four quarters / the same loop"),
            new Pair("PrintoutBenchmark.printout", "PrintoutBenchmark.model", OptionalDouble.empty(),
                    "times: the class-year journal read and printed as PDF/A-2b / read alone"),
            new Pair(FEED + "hostFeed", FEED + "raw", OptionalDouble.empty(),
                    "the host's feed as CloudEvents JSON / the same events read and written by Jackson"),
            new Pair(FEED + "studentFeed", FEED + "raw", OptionalDouble.empty(),
                    "a student's feed as CloudEvents JSON / the same events read and written by Jackson"),
            new Pair("OneRosterBenchmark.export", "OneRosterBenchmark.writeOnly", OptionalDouble.empty(),
                    "times: the roster exported / the mapped data set written as CSV in a zip"),
            new Pair("OneRosterBenchmark.importZip", "OneRosterBenchmark.commands", OptionalDouble.empty(),
                    "times: the zip imported / the same roster typed as commands"),
            new Pair("EdfiBenchmark.extract", "EdfiBenchmark.baseline", OptionalDouble.empty(),
                    "times: the Ed-Fi extract / the journals read and their marks and absences counted"),
            new Pair("EdfiBenchmark.interchange", "EdfiBenchmark.baseline", OptionalDouble.empty(),
                    "times: the extract written as interchange XML / the same reading"));

    private Ratios() {
    }

    /**
     * Prints the tables.
     *
     * @param args the JMH result files (JSON), one or more: their results in one table
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: Ratios jmh-result.json [more-results.json …]");
            System.exit(2);
        }
        List<Result> results = new ArrayList<>();
        for (int run = 0; run < args.length; run++) {
            results.addAll(read(run, Path.of(args[run])));
        }
        print(results, System.out);
    }

    private static List<Result> read(int file, Path path) throws IOException {
        List<Result> results = new ArrayList<>();
        for (JsonNode run : new ObjectMapper().readTree(Files.readAllBytes(path))) {
            String name = run.path("benchmark").asText();
            String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            Map<String, String> params = new LinkedHashMap<>();
            run.path("params").properties().forEach(p -> params.put(p.getKey(), p.getValue().asText()));
            JsonNode metric = run.path("primaryMetric");
            results.add(new Result(file, shortName, params, metric.path("score").asDouble(),
                    metric.path("scoreError").asDouble(Double.NaN), metric.path("scoreUnit").asText()));
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
            for (Result r : results) {
                if (!r.benchmark().equals(pair.benchmark()) || !r.params().entrySet().containsAll(pair.only().entrySet())) {
                    continue;
                }
                Optional<Result> baseline = results.stream()
                        .filter(b -> b.run() == r.run() && b.benchmark().equals(pair.baseline())
                                && agree(r.params(), b.params()))
                        .findFirst();
                if (baseline.isEmpty()) {
                    continue;
                }
                Result b = baseline.get();
                double ratio = r.score() / b.score();
                double error = ratio * Math.hypot(r.error() / r.score(), b.error() / b.score());
                String target = pair.target().isPresent() ? String.format(Locale.ROOT, "≥ %.2f", pair.target().getAsDouble()) : "";
                String meets = pair.target().isPresent() ? meets(ratio, error, pair.target().getAsDouble()) : "";
                out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", r.benchmark(), params(r),
                        b.benchmark(), ratio(ratio, error), target, meets, pair.note());
            }
        }
        for (Result r : results) {
            String what;
            if (r.benchmark().equals(ENGINE + "roleToggle") || r.benchmark().equals(ENGINE + "studentDataToggle")) {
                what = "commands as a proxy for marks";
            } else if (r.benchmark().equals(JOURNAL + "markCorrection")
                    && BenchStores.MEMORY.equals(r.params().get("store"))) {
                what = "a journal command: a mark's correction";
            } else {
                continue;
            }
            double ratio = r.score() / MARKS_PER_SECOND;
            double error = r.error() / MARKS_PER_SECOND;
            out.printf(Locale.ROOT, "| %s | %s | 50 000 marks/s (issue 6) | %s | ≥ 1.00 | %s | %s |%n", r.benchmark(),
                    params(r), ratio(ratio, error), meets(ratio, error, 1), what);
        }
        for (Result r : results) {
            if (!r.benchmark().equals(ROLL_CALL) || !r.unit().equals("s/op")) {
                continue;
            }
            double entries = Double.parseDouble(r.params().getOrDefault("entries", "NaN"));
            // The target's rate, 10 000 entries/s, against the roll call's: target time for these entries / time.
            double ratio = ROLL_CALL_SECONDS * entries / ROLL_CALL_ENTRIES / r.score();
            double error = ratio * r.error() / r.score();
            String store = r.params().getOrDefault("store", "");
            boolean target = BenchStores.POSTGRESQL.equals(store);
            out.printf(Locale.ROOT, "| %s | %s | 200 000 entries in 20 s (issue 6) | %s | %s | %s | %s entries/s"
                    + " against 10 000%s |%n", r.benchmark(), params(r), ratio(ratio, error), target ? "≥ 1.00" : "",
                    target ? meets(ratio, error, 1) : "", number(entries / r.score()),
                    entries == ROLL_CALL_ENTRIES ? "" : "; scaled from " + number(entries) + " entries");
        }
        for (Result r : results) {
            if (!r.benchmark().startsWith(FEED) || r.benchmark().equals(FEED + "raw") || !r.unit().equals("ops/s")) {
                continue;
            }
            double ratio = r.score() / FEED_EVENTS_PER_SECOND;
            double error = r.error() / FEED_EVENTS_PER_SECOND;
            out.printf(Locale.ROOT, "| %s | %s | 50 000 events/s (issue 15) | %s | ≥ 1.00 | %s | stored events read |%n",
                    r.benchmark(), params(r), ratio(ratio, error), meets(ratio, error, 1));
        }
        for (Result r : results) {
            Double exchange = EXCHANGE_MILLISECONDS.get(r.benchmark());
            if (exchange == null || !r.unit().equals("ms/op")) {
                continue;
            }
            double ratio = exchange / r.score();
            double error = ratio * r.error() / r.score();
            out.printf(Locale.ROOT, "| %s | %s | under 10 s (issue 15) | %s | ≥ 1.00 | %s | %s ms |%n",
                    r.benchmark(), params(r), ratio(ratio, error), meets(ratio, error, 1), number(r.score()));
        }
        for (Result r : results) {
            Double limit = REPORT_MILLISECONDS.get(r.benchmark());
            if (limit == null || !r.unit().equals("ms/op")) {
                continue;
            }
            // Issue 14's limit against the time taken: at least 1 when met.
            double ratio = limit / r.score();
            double error = ratio * r.error() / r.score();
            out.printf(Locale.ROOT, "| %s | %s | under %s s (issue 14) | %s | ≥ 1.00 | %s | %s ms |%n",
                    r.benchmark(), params(r), number(limit / 1_000), ratio(ratio, error), meets(ratio, error, 1),
                    number(r.score()));
        }
    }

    /** Whether two results' parameters agree on every parameter both have. */
    private static boolean agree(Map<String, String> a, Map<String, String> b) {
        return a.entrySet().stream().allMatch(e -> !b.containsKey(e.getKey()) || b.get(e.getKey()).equals(e.getValue()));
    }

    /** Yes or no; "unclear" when the target lies within the ratio's error. */
    private static String meets(double ratio, double error, double target) {
        if (Math.abs(ratio - target) <= error) {
            return "unclear";
        }
        return ratio >= target ? "yes" : "no";
    }

    private static String ratio(double ratio, double error) {
        return String.format(Locale.ROOT, "%.3f ± %s", ratio,
                Double.isNaN(error) ? "—" : String.format(Locale.ROOT, "%.3f", error));
    }

    private static String params(Result r) {
        return r.params().isEmpty() ? "—"
                : r.params().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    /** Names what a benchmark's operation is, when JMH says only ops. */
    private static String unit(Result r) {
        if (r.benchmark().equals(ROLL_CALL) && r.unit().equals("s/op")) {
            return "s per roll call";
        }
        if (!r.unit().equals("ops/s")) {
            return r.unit();
        }
        if (r.benchmark().startsWith(CHAIN)) {
            return "envelopes/s";
        }
        if (r.benchmark().startsWith(FEED)) {
            return "events/s";
        }
        if (r.benchmark().equals(JOURNAL + "plainInsert")) {
            return BenchStores.MEMORY.equals(r.params().get("store")) ? "appends/s" : "inserts/s";
        }
        return r.benchmark().equals(ENGINE + "storeAppend") ? "appends/s" : "commands/s";
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        if (Math.abs(value) < 100) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%,.0f", value).replace(',', ' ');
    }
}
