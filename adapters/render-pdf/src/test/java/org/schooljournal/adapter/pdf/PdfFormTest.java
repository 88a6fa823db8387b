package org.schooljournal.adapter.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The page layout of the printed forms")
class PdfFormTest {

    private static byte[] printed(String paragraph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfForm form = new PdfForm(PrintedFormGenerators.header(Map.of()), "Проба", false)) {
            form.paragraph(paragraph, PdfForm.TEXT_SIZE);
            form.write(out);
        }
        return out.toByteArray();
    }

    @Test
    @DisplayName("the same form printed at the same instant is the same file, byte for byte, so that its SHA-256 names it")
    void sameFile() {
        assertThat(printed("Иванов Пётр")).isEqualTo(printed("Иванов Пётр")).isNotEqualTo(printed("Петров Иван"));
    }

    @Test
    @DisplayName("lines break at spaces, a word too long for a line breaks inside, and line breaks in a text are kept")
    void wrapping() {
        try (PdfForm form = new PdfForm(PrintedFormGenerators.header(Map.of()), "Проба", false)) {
            float width = form.textWidth("Обыкновенные", PdfForm.TEXT_SIZE);

            assertThat(form.wrap("Обыкновенные дроби", PdfForm.TEXT_SIZE, width)).containsExactly("Обыкновенные", "дроби");
            assertThat(form.wrap("Обыкновенные", PdfForm.TEXT_SIZE, width / 2)).hasSizeGreaterThan(1)
                    .allSatisfy(line -> assertThat(form.textWidth(line, PdfForm.TEXT_SIZE)).isLessThanOrEqualTo(width / 2))
                    .satisfies(lines -> assertThat(String.join("", lines)).isEqualTo("Обыкновенные"));
            assertThat(form.wrap("№ 12\nстр. 45", PdfForm.TEXT_SIZE, 500)).isEqualTo(List.of("№ 12", "стр. 45"));
        }
    }

    @Test
    @DisplayName("a character the font lacks, or a control character, prints as «?» and the document stays PDF/A-2b")
    void missingGlyphs() {
        byte[] pdf = printed("Дроби \u4E2D\u0007 конец");

        VeraPdf.assertPdfA2b(pdf);
        assertThat(VeraPdf.text(pdf)).contains("Дроби ?? конец");
    }
}
