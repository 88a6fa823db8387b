package org.schooljournal.examples.schoolday;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("the example writes the fortnight's journal, the summary sheet and the missed lessons to files and says where")
class FormsPrintoutTest {

    @TempDir
    static Path folder;

    private static YugraSchool school;
    private static String printed;

    @BeforeAll
    static void print() {
        school = YugraSchool.open(JournalStorage.memory());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new FormsPrintout(school, new RussianText(school.calendar().zone()), new PrintStream(bytes, true, StandardCharsets.UTF_8)).print(folder);
        printed = bytes.toString(StandardCharsets.UTF_8);
    }

    @AfterAll
    static void close() {
        school.close();
    }

    private static String text(String name) throws Exception {
        try (PDDocument document = Loader.loadPDF(folder.resolve(name).toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    @Tag("REP-8")
    @DisplayName("REP-8, ARC-1: it names the folder and each file; the journal and the summary sheet are PDFs of 5А's lessons and marks")
    void written() throws Exception {
        assertThat(printed).contains("Печатные формы записаны в папку " + folder)
                .contains("  сводная-ведомость-5А.xlsx — сводная ведомость 5А, книга Excel");
        assertThat(text("журнал-5А-13-24.10.2025.pdf")).contains("Классный журнал").contains("Математика")
                .contains("Иностранный язык (английский)");
        assertThat(text("сводная-ведомость-5А.pdf")).contains("Сводная ведомость").contains("Егоров");
        assertThat(text("пропуски-5А-13-24.10.2025.pdf")).contains("пропущенных уроках");
        assertThat(text("успеваемость-1-четверть.pdf")).contains("%").contains("5А");
        assertThat(text("контроль-журналов-13-24.10.2025.pdf")).contains("Математика");
        for (String book : new String[] {"сводная-ведомость-5А.xlsx", "успеваемость-1-четверть.xlsx",
                "контроль-журналов-13-24.10.2025.xlsx", "информирование-5А-13-24.10.2025.xlsx"}) {
            assertThat(Files.readAllBytes(folder.resolve(book))).startsWith('P', 'K');
        }
    }
}
