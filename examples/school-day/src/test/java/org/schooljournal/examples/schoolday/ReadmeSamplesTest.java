package org.schooljournal.examples.schoolday;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.diary.Diary;
import org.schooljournal.core.notification.DispatchReport;
import org.schooljournal.core.journal.EntryTiming;
import org.schooljournal.core.journal.JournalEntry;
import org.schooljournal.core.journal.Recorded;
import org.schooljournal.core.journal.Revision;
import org.schooljournal.core.journal.JournalPage;
import org.schooljournal.core.archive.Checkpoint;
import org.schooljournal.core.archive.IntegrityReport;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.rules.SchoolRules;
import org.schooljournal.rules.TimeLimit;
import org.schooljournal.rules.Timeliness;
import org.schooljournal.rules.Verdict;
import org.schooljournal.rules.ruleset.DayCounting;
import org.schooljournal.rules.ruleset.RuleId;
import org.schooljournal.rules.ruleset.WorkMarksRule;
import org.schooljournal.spi.notify.Notification;

/**
 * Compiles and runs each code sample of README.md — the text between {@code <!-- sample:NAME -->}
 * and {@code <!-- sample:end -->} — so that the README cannot show an API that does not exist.
 * Each sample becomes the body of a method that returns the named local variables, run where the
 * storage adapters the example brings are not discovered ({@link WithoutStorageAdapters}).
 */
class ReadmeSamplesTest {

    private static final String IMPORTS = String.join("\n",
            "import java.time.*;",
            "import java.util.*;",
            "import org.schooljournal.core.*;",
            "import org.schooljournal.core.access.*;",
            "import org.schooljournal.core.diary.*;",
            "import org.schooljournal.core.journal.*;",
            "import org.schooljournal.core.notification.*;",
            "import org.schooljournal.core.programme.*;",
            "import org.schooljournal.core.roster.*;",
            "import org.schooljournal.core.archive.*;",
            "import org.schooljournal.core.reports.*;",
            "import org.schooljournal.core.school.*;",
            "import org.schooljournal.rules.*;",
            "import org.schooljournal.rules.calendar.*;",
            "import org.schooljournal.rules.ruleset.*;",
            "import org.schooljournal.spi.notify.*;",
            "");

    @TempDir
    Path dir;

    @Test
    @Tag("ATT-2")
    @DisplayName("the rules sample compiles, and its verdict is what its comment says")
    void rulesSample() throws Exception {
        Map<String, Object> result = run("rules", "limit", "verdict", "schoolDays");
        TimeLimit limit = (TimeLimit) result.get("limit");
        Verdict verdict = (Verdict) result.get("verdict");
        SchoolRules schoolDays = (SchoolRules) result.get("schoolDays");

        assertThat(limit.closesAtLocal().orElseThrow().toLocalTime()).hasToString("08:50");
        assertThat(verdict.timeliness()).isEqualTo(Timeliness.LATE);
        assertThat(verdict.lateness()).isEqualTo(Duration.ofMinutes(5));
        assertThat(verdict.rule()).isEqualTo(RuleId.ATT_2);
        assertThat(schoolDays.ruleSet().rule(RuleId.MRK_3, WorkMarksRule.class).counting())
                .isEqualTo(DayCounting.SCHOOL_DAYS);
    }

    @Test
    @Tag("MRK-2")
    @Tag("MRK-10")
    @DisplayName("the first-mark sample compiles, records a mark on time and corrects it through its receipt, keeping both values")
    void firstMarkSample() throws Exception {
        Map<String, Object> result = run("first", "five", "mark");
        Recorded five = (Recorded) result.get("five");
        JournalEntry mark = (JournalEntry) result.get("mark");

        assertThat(five.entries()).containsExactly(1);
        assertThat(mark.revisions()).extracting(Revision::value).containsExactly("5", "4");
        assertThat(mark.current().reason()).contains("ошибка при вводе");
        assertThat(mark.original().timing()).hasValueSatisfying(timing -> {
            assertThat(timing.rule()).isEqualTo(RuleId.MRK_2);
            assertThat(timing.verdict()).isEqualTo(Timeliness.ON_TIME);
        });
    }

    @Test
    @Tag("ACC-7")
    @DisplayName("the embedding sample compiles, sets a school up with its own settings, records a checkpoint and"
            + " verifies the school against it")
    void embeddingSample() throws Exception {
        Map<String, Object> result = run("embed", "school", "checkpoint", "integrity");
        SchoolState school = (SchoolState) result.get("school");
        Checkpoint checkpoint = (Checkpoint) result.get("checkpoint");
        IntegrityReport integrity = (IntegrityReport) result.get("integrity");

        assertThat(school.registered()).isTrue();
        assertThat(school.rolesOf("head-1")).containsExactly(Role.HEAD);
        assertThat(school.structure().academicYear()).isPresent();
        assertThat(school.settings().controlWorkCounting()).contains(DayCounting.SCHOOL_DAYS);
        assertThat(checkpoint.sequence()).isEqualTo(6);
        assertThat(integrity.verified()).isTrue();
        assertThat(integrity.checked()).isEqualTo(6);
        assertThat(integrity.anchorsCompared()).isEqualTo(1);
    }

    @Test
    @Tag("ATT-2")
    @Tag("ACC-2")
    @Tag("ATT-5")
    @Tag("DRY-2")
    @DisplayName("the journal sample compiles, records an absence on time, shows it on the page, mails the guardian and shows her the diary")
    void journalSample() throws Exception {
        Map<String, Object> result = run("journal", "timing", "page", "mails", "report", "diary");
        EntryTiming timing = (EntryTiming) result.get("timing");
        JournalPage page = (JournalPage) result.get("page");

        assertThat(timing.rule()).isEqualTo(RuleId.ATT_2);
        assertThat(timing.verdict()).isEqualTo(Timeliness.ON_TIME);
        assertThat(page.rows()).singleElement().satisfies(row ->
                assertThat(row.cell(page.lessons().get(0).lesson()).text()).isEqualTo("н"));
        assertThat((List<?>) result.get("mails")).singleElement().satisfies(mail -> {
            assertThat(((Notification) mail).address()).isEqualTo("ivanova@example.ru");
            assertThat(((Notification) mail).subject()).isEqualTo("Отсутствовал на уроке");
        });
        assertThat(result.get("report")).isEqualTo(new DispatchReport(1, 0, 0));
        assertThat(((Diary) result.get("diary")).days().get(0).lessons().get(0).absence()).contains("н");
    }

    private Map<String, Object> run(String sample, String... results) throws Exception {
        String body = sample(sample);
        StringBuilder returned = new StringBuilder("    Map<String, Object> results = new HashMap<>();\n");
        for (String name : results) {
            returned.append("    results.put(\"").append(name).append("\", ").append(name).append(");\n");
        }
        String className = "ReadmeSample_" + sample;
        String source = IMPORTS + "public class " + className + " {\n  public static Map<String, Object> run() {\n"
                + body + returned + "    return results;\n  }\n}\n";
        Path file = dir.resolve(className + ".java");
        Files.writeString(file, source, StandardCharsets.UTF_8);

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean compiled = compiler.getTask(diagnostics, null, null,
                List.of("-encoding", "UTF-8", "-classpath", testClassPath(), "-d", dir.toString()),
                null, compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)
                        .getJavaFileObjects(file.toFile())).call();
        assertThat(compiled).as("README sample %s compiles:%n%s%n%s", sample, diagnostics, source).isTrue();

        // Run as a vendor embedding journal-core alone would: the example's JDBC store is not discovered.
        try (URLClassLoader loader = new WithoutStorageAdapters(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Thread thread = Thread.currentThread();
            ClassLoader before = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                @SuppressWarnings("unchecked")
                Map<String, Object> result = (Map<String, Object>) loader.loadClass(className).getMethod("run").invoke(null);
                return result;
            } catch (InvocationTargetException e) {
                throw new AssertionError("README sample " + sample + " failed when run", e.getCause());
            } finally {
                thread.setContextClassLoader(before);
            }
        }
    }

    private static String sample(String name) throws IOException {
        String readme = Files.readString(Path.of(System.getProperty("schooljournal.readme", "../../README.md")));
        String startMarker = "<!-- sample:" + name + " -->";
        int start = readme.indexOf(startMarker);
        assertThat(start).as("README has a %s marker", startMarker).isNotNegative();
        int end = readme.indexOf("<!-- sample:end -->", start);
        assertThat(end).as("README's sample %s has an end marker", name).isGreaterThan(start);
        return readme.substring(start + startMarker.length(), end)
                .lines()
                .filter(line -> !line.startsWith("```"))
                .reduce("", (code, line) -> code + "    " + line + "\n");
    }

    private static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
