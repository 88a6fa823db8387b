package org.schooljournal.benchmarks;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.journal.Journal;
import org.schooljournal.core.journal.JournalPage;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.roster.EnrolStudent;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.examples.schoolday.DemoSchool;
import org.schooljournal.examples.web.JournalScreen;
import org.schooljournal.examples.web.Paths;
import org.schooljournal.examples.web.WebJournal;
import org.schooljournal.examples.web.WebSession;

/**
 * The teacher's journal page of the web example (issue 17: "the journal page with a class of 30
 * over a fortnight renders in under 200 ms on the server"): 5А's mathematics journal, its 26
 * pupils and four more enrolled through the engine in the set-up, served by the example on the
 * loopback and fetched by its teacher, signed in.
 *
 * <ul>
 *   <li>{@code page}: {@code GET /journal/5А/МАТ} through {@code java.net.http} — the session's
 *       check, the engine's read of the journal, the page's model and its JTE template, the
 *       response; the page's own fortnight;
 *   <li>{@code render}: the page of the fortnight kept in full, 13–26 October 2025, rendered on the
 *       server without HTTP ({@code JournalScreen.render});
 *   <li>{@code journal}: the baseline, the part the engine does: the journal read by the teacher
 *       through {@code engine.journals().read} and its page of the fortnight kept in full, 13–24
 *       October 2025 ({@code Journal.page}).
 * </ul>
 *
 * <p>The score is the time of one, in milliseconds. The school is set up once per fork in an H2
 * database in memory (the set-up prints how long); the clock stands at the demo's start, three
 * minutes into 5А's mathematics lesson on 12 November 2025. The set-up checks the class's 30
 * pupils and that the page answers 200.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class WebJournalBenchmark {

    static final int CLASS_SIZE = 30;
    static final LocalDate FORTNIGHT_FROM = LocalDate.of(2025, 10, 13);
    static final LocalDate FORTNIGHT_TO = LocalDate.of(2025, 10, 24);
    private static final Pattern TOKEN = Pattern.compile("name=\"" + WebSession.TOKEN_FIELD + "\" value=\"([^\"]+)\"");

    /** The served example, its class grown to 30, and the teacher's signed-in client. */
    @State(Scope.Benchmark)
    public static class Served {

        WebJournal web;
        HttpClient http;
        URI page;
        Actor teacher;

        /** Sets the school up, enrols four more pupils in 5А, serves it and signs the teacher in. */
        @Setup(Level.Trial)
        public void setUp() throws IOException, InterruptedException {
            long start = System.nanoTime();
            BenchJournals.SettableClock clock = new BenchJournals.SettableClock(Instant.parse("2025-09-03T04:00:00Z"));
            web = WebJournal.create("bench-web", clock, clock::set);
            var engine = web.site().engine();
            String classCode = DemoSchool.MATHS_5A.holderCode();
            int enrolled = Roster.of(web.site().school()).studentsIn(classCode, WebJournal.DEMO_DAY).size();
            for (int i = enrolled; i < CLASS_SIZE; i++) {
                engine.execute(Actor.of(DemoSchool.DEPUTY_HEAD), new EnrolStudent(DemoSchool.ID,
                        String.format("s-bench-%02d", i), "Ученикова", "Анна", "Петровна", LocalDate.of(2014, 3, 1 + i),
                        classCode, LocalDate.of(2025, 9, 1)));
            }
            int pupils = Roster.of(web.site().school()).studentsIn(classCode, WebJournal.DEMO_DAY).size();
            if (pupils != CLASS_SIZE) {
                throw new IllegalStateException(classCode + " has " + pupils + " pupils, not " + CLASS_SIZE);
            }
            int port = web.start(0);
            teacher = Actor.of(Programme.of(web.site().school())
                    .teacherOf(classCode, DemoSchool.MATHS_5A.subjectCode()).orElseThrow());
            http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            URI base = URI.create("http://localhost:" + port);
            String token = token(http.send(HttpRequest.newBuilder(base.resolve(Paths.SIGN_IN)).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(base.resolve(Paths.SIGN_IN))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("person=" + encode(teacher.personId()) + "&"
                            + WebSession.TOKEN_FIELD + "=" + encode(token))).build(), HttpResponse.BodyHandlers.ofString());
            // Through the demo's OIDC provider and back, as a browser follows the redirects.
            for (int hop = 0; hop < 2 && signIn.statusCode() == 302; hop++) {
                URI next = base.resolve(signIn.headers().firstValue("Location").orElseThrow());
                signIn = http.send(HttpRequest.newBuilder(next).build(), HttpResponse.BodyHandlers.ofString());
            }
            if (signIn.statusCode() != 302 || !signIn.headers().firstValue("Location").orElse("")
                    .equals(Paths.journal(DemoSchool.MATHS_5A))) {
                throw new IllegalStateException("the sign-in answered " + signIn.statusCode() + " "
                        + signIn.headers().firstValue("Location").orElse(""));
            }
            page = base.resolve(Paths.journal(DemoSchool.MATHS_5A));
            HttpResponse<String> first = get(this);
            if (first.statusCode() != 200) {
                throw new IllegalStateException(page + " answered " + first.statusCode());
            }
            System.out.printf("%n[set-up] the school served in %d ms; %s has %d pupils; the page: %d characters%n",
                    (System.nanoTime() - start) / 1_000_000, classCode, pupils, first.body().length());
        }

        /** Stops the server and closes the school. */
        @TearDown(Level.Trial)
        public void stop() {
            web.close();
        }
    }

    /** The page, fetched by its teacher over HTTP on the loopback. */
    @Benchmark
    public String page(Served site) throws IOException, InterruptedException {
        return get(site).body();
    }

    /**
     * The page of the kept fortnight, 13–26 October (its marks, late entries and a correction),
     * rendered on the server without HTTP: the engine's read, the page's model and its template.
     */
    @Benchmark
    public String render(Served site) {
        return JournalScreen.render(site.web.site(), site.teacher, DemoSchool.MATHS_5A, FORTNIGHT_FROM);
    }

    /** The baseline: the journal read through the engine and its page of the kept fortnight. */
    @Benchmark
    public JournalPage journal(Served site) {
        Journal journal = site.web.site().engine().journals().read(site.teacher, DemoSchool.ID, DemoSchool.MATHS_5A);
        return journal.page(FORTNIGHT_FROM, FORTNIGHT_TO);
    }

    private static HttpResponse<String> get(Served site) throws IOException, InterruptedException {
        return site.http.send(HttpRequest.newBuilder(site.page).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String token(String page) {
        Matcher matcher = TOKEN.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("the sign-in page carries no form token");
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
