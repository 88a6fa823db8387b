package org.schooljournal.examples.schoolday;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.adapter.oneroster.BindingCheck;
import org.schooljournal.adapter.oneroster.DataSet;
import org.schooljournal.adapter.oneroster.OneRosterFile;

@DisplayName("The example exports its school as OneRoster 1.2 and Ed-Fi into a folder")
class ExchangeExportTest {

    @TempDir
    static Path folder;
    private static YugraSchool school;
    private static String printed;

    @BeforeAll
    static void export() {
        school = YugraSchool.open(JournalStorage.memory());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ExchangeExport(school, new RussianText(school.calendar().zone()),
                new PrintStream(bytes, true, StandardCharsets.UTF_8)).print(folder);
        printed = bytes.toString(StandardCharsets.UTF_8);
    }

    @AfterAll
    static void close() {
        school.close();
    }

    @Test
    @Tag("EXC-1")
    @Tag("REP-10")
    @DisplayName("EXC-1: the OneRoster zip keeps the 1.2 binding; the Ed-Fi files hold the school's absences and period marks; the folder and each file are named")
    void exported() throws Exception {
        Path zip = folder.resolve("oneroster-" + YugraSchool.ID + ".zip");
        try (InputStream in = Files.newInputStream(zip)) {
            DataSet set = DataSet.read(in);
            assertThat(BindingCheck.check(set)).isEmpty();
            assertThat(set.table(OneRosterFile.RESULTS)).as("the gradebook's marks").isPresent();
        }
        assertThat(Files.readString(folder.resolve("edfi/Interchange-StudentAttendance.xml")))
                .contains("InterchangeStudentAttendance").contains("Unexcused Absence");
        assertThat(Files.readString(folder.resolve("edfi/Interchange-StudentGrade.xml"))).contains("GradingPeriod");
        assertThat(printed).contains("Данные для обмена записаны в папку " + folder)
                .contains("oneroster-" + YugraSchool.ID + ".zip — контингент, классы, журналы, зачисления и отметки")
                .contains("Interchange-StudentAttendance.xml — посещаемость");
    }
}
