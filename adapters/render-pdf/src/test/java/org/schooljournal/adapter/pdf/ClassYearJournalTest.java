package org.schooljournal.adapter.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("ARC-1")
@DisplayName("ARC-1: a whole class-year journal prints as one PDF/A-2b document whose tables run over pages")
class ClassYearJournalTest {

    @Test
    @DisplayName("ARC-1: twelve subjects of a year for thirty students: PDF/A-2b, every page numbered, every subject, the closing sheet counting them all")
    void classYear() {
        ClassJournal journal = ClassYears.classYear();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ClassJournalPdf.write(journal, ClassYears.header(), out);

        byte[] pdf = out.toByteArray();
        VeraPdf.assertPdfA2b(pdf);
        int pages = VeraPdf.pages(pdf);
        String text = VeraPdf.text(pdf);
        assertThat(pages).isGreaterThan(ClassYears.SUBJECTS * 3);
        assertThat(text).contains("Лист " + pages + " из " + pages, "скреплено печатью " + pages + " ",
                "Предмет 12 — учитель Учитель12 Имя Отчество", "Фамилия30 Имя Отчество", "26.05.2027");
    }
}
