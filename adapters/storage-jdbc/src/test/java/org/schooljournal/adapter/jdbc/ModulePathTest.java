package org.schooljournal.adapter.jdbc;

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
import org.schooljournal.adapter.jdbc.modulepath.OpenOnTheModulePath;

/**
 * storage-jdbc as a module on the module path, with journal-spi, its libraries and the drivers
 * (the run-time path the build listed in {@code schooljournal.test.runtimePath}): discovered by
 * {@code Bootstrap}, it brings an H2 file's schema up with Flyway, whose scripts must be readable
 * from outside the module (docs/architecture.md, "Module descriptors"). The other tests run on
 * the class path.
 */
@DisplayName("storage-jdbc on the module path: discovered, and its Flyway migrations readable")
class ModulePathTest {

    @Test
    @DisplayName("a host finds the store by its id and opens an H2 file, the schema migrated by Flyway")
    void opensOnTheModulePath(@TempDir Path dir) throws IOException, InterruptedException, URISyntaxException {
        List<String> modulePath = new ArrayList<>();
        modulePath.add(location(JdbcEventStore.class));
        for (String entry : Files.readString(Path.of(System.getProperty("schooljournal.test.runtimePath")))
                .strip().split(File.pathSeparator)) {
            modulePath.add(entry);
        }
        Path out = dir.resolve("out.txt");
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", String.join(File.pathSeparator, modulePath),
                "--add-modules", "org.schooljournal.adapter.jdbc",
                "-cp", location(OpenOnTheModulePath.class),
                OpenOnTheModulePath.class.getName(), "jdbc:h2:file:" + dir.resolve("journal"))
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(java.waitFor(120, TimeUnit.SECONDS)).as("ended in time").isTrue();
        String printed = Files.readString(out, StandardCharsets.UTF_8);

        assertThat(java.exitValue()).as(printed).isZero();
        assertThat(printed).as(printed).contains("module: org.schooljournal.adapter.jdbc", "version: 0");
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
