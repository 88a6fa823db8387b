package org.schooljournal.adapter.pdf;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The PDF/A check of these tests fails a document that is not PDF/A-2b")
class VeraPdfTest {

    @Test
    @DisplayName("a plain PDF with a font it does not embed and no PDF/A metadata fails, naming the rules")
    void plainPdfFails() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.showText("plain");
                content.endText();
            }
            document.save(out);
        }

        assertThatThrownBy(() -> VeraPdf.assertPdfA2b(out.toByteArray())).isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed rules").hasMessageContaining("6.6.2.1");
    }
}
