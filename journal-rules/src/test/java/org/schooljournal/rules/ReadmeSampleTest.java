package org.schooljournal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
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
import org.schooljournal.rules.ruleset.DayCounting;
import org.schooljournal.rules.ruleset.RuleId;
import org.schooljournal.rules.ruleset.WorkMarksRule;

/**
 * Compiles and runs the code sample of README.md, between its {@code sample:start} and
 * {@code sample:end} markers, so that the README cannot show an API that does not exist.
 */
class ReadmeSampleTest {

    private static final String HEADER = String.join("\n",
            "import java.time.*;",
            "import java.util.*;",
            "import org.schooljournal.rules.*;",
            "import org.schooljournal.rules.calendar.*;",
            "import org.schooljournal.rules.ruleset.*;",
            "public class ReadmeSample {",
            "  public static Map<String, Object> run() {",
            "");
    private static final String FOOTER =
            "\n    return Map.of(\"limit\", limit, \"verdict\", verdict, \"schoolDays\", schoolDays);\n  }\n}\n";

    @Test
    @Tag("ATT-2")
    @DisplayName("the README's sample compiles, and its verdict is what its comment says")
    void readmeSampleCompilesAndRuns(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("ReadmeSample.java");
        Files.writeString(source, HEADER + sample() + FOOTER, StandardCharsets.UTF_8);

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean compiled = compiler.getTask(diagnostics, null, null,
                List.of("-encoding", "UTF-8", "-classpath", testClassPath(), "-d", dir.toString()),
                null, compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)
                        .getJavaFileObjects(source.toFile())).call();
        assertThat(compiled).as("README sample compiles:%n%s", diagnostics).isTrue();

        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            @SuppressWarnings("unchecked")
            Map<String, Object> result = (Map<String, Object>) loader.loadClass("ReadmeSample")
                    .getMethod("run").invoke(null);
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
    }

    private static String sample() throws IOException {
        String readme = Files.readString(Path.of(System.getProperty("schooljournal.readme", "../README.md")));
        int start = readme.indexOf("<!-- sample:start -->");
        int end = readme.indexOf("<!-- sample:end -->");
        assertThat(start).as("README has a sample:start marker").isNotNegative();
        assertThat(end).as("README has a sample:end marker after it").isGreaterThan(start);
        return readme.substring(start, end)
                .lines()
                .filter(line -> !line.startsWith("<!--") && !line.startsWith("```"))
                .reduce("", (code, line) -> code + line + "\n");
    }

    private static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank()
                ? surefire
                : System.getProperty("java.class.path");
    }

}
