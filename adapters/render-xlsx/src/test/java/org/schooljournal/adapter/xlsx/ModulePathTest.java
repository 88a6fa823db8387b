package org.schooljournal.adapter.xlsx;

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
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.adapter.xlsx.modulepath.WriteOnTheModulePath;

/**
 * render-xlsx as a module on the module path, with journal-core, fastexcel and the rest of its
 * run-time path (listed by the build in {@code schooljournal.test.runtimePath}): its bundle is
 * found from inside the module and fastexcel writes (docs/architecture.md, "Module descriptors").
 * The other tests run on the class path.
 */
@DisplayName("render-xlsx on the module path: its bundle found, its workbook written")
class ModulePathTest {

    @Test
    @DisplayName("a host writes a report's workbook through the module, its Russian headers from the module's bundle")
    void writesOnTheModulePath(@TempDir Path dir) throws IOException, InterruptedException, URISyntaxException {
        List<String> modulePath = new ArrayList<>();
        modulePath.add(location(WorkbookWriter.class));
        for (String entry : Files.readString(Path.of(System.getProperty("schooljournal.test.runtimePath")))
                .strip().split(File.pathSeparator)) {
            modulePath.add(entry);
        }
        Path workbook = dir.resolve("setup.xlsx");
        Path out = dir.resolve("out.txt");
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", String.join(File.pathSeparator, modulePath),
                "--add-modules", "org.schooljournal.adapter.xlsx",
                "-cp", location(WriteOnTheModulePath.class),
                WriteOnTheModulePath.class.getName(), workbook.toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(java.waitFor(120, TimeUnit.SECONDS)).as("ended in time").isTrue();
        String printed = Files.readString(out, StandardCharsets.UTF_8);

        assertThat(java.exitValue()).as(printed).isZero();
        assertThat(printed).contains("module: org.schooljournal.adapter.xlsx");
        XSSFSheet sheet = ReadBack.read(Files.readAllBytes(workbook)).getSheetAt(0);
        assertThat(sheet.getSheetName()).isEqualTo("Готовность учебного года");
        assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Все разделы сформированы");
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
