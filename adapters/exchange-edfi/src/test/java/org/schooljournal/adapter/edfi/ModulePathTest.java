package org.schooljournal.adapter.edfi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.adapter.edfi.modulepath.WriteOnTheModulePath;
import org.xml.sax.SAXException;

/**
 * exchange-edfi as a module on the module path, with journal-core, Jackson and the rest of its
 * run-time path (listed by the build in {@code schooljournal.test.runtimePath}): its bundle is
 * found from inside the module, StAX and Jackson write (docs/architecture.md, "Module
 * descriptors"). The other tests run on the class path.
 */
@DisplayName("exchange-edfi on the module path: its bundle found, its files written")
class ModulePathTest {

    @Test
    @DisplayName("a host writes valid interchange files and a body through the module, the Russian description from its bundle")
    void writesOnTheModulePath(@TempDir Path dir) throws IOException, InterruptedException, URISyntaxException,
            SAXException {
        List<String> modulePath = new ArrayList<>();
        modulePath.add(location(InterchangeWriter.class));
        for (String entry : Files.readString(Path.of(System.getProperty("schooljournal.test.runtimePath")))
                .strip().split(File.pathSeparator)) {
            modulePath.add(entry);
        }
        Path out = dir.resolve("out.txt");
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", String.join(File.pathSeparator, modulePath),
                "--add-modules", "org.schooljournal.adapter.edfi",
                "-cp", location(WriteOnTheModulePath.class),
                WriteOnTheModulePath.class.getName(), dir.toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(java.waitFor(120, TimeUnit.SECONDS)).as("ended in time").isTrue();
        String printed = Files.readString(out, StandardCharsets.UTF_8);

        assertThat(java.exitValue()).as(printed).isZero();
        assertThat(printed).contains("module: org.schooljournal.adapter.edfi");
        assertThat(Files.readString(dir.resolve("grade.json"), StandardCharsets.UTF_8))
                .contains("\"gradeEarnedDescription\":\"Освобождён\"");
        assertThat(Interchanges.ATTENDANCE.problems(Files.readAllBytes(dir.resolve("attendance.xml")))).isEmpty();
        assertThat(Interchanges.GRADE.problems(Files.readAllBytes(dir.resolve("grades.xml")))).isEmpty();
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
