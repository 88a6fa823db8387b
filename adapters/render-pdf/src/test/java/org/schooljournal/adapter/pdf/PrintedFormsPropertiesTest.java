package org.schooljournal.adapter.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.diary.ExtractBlock;
import org.schooljournal.core.reports.SummarySheet;

@DisplayName("Random printed forms render to valid PDF/A-2b documents that contain their values")
class PrintedFormsPropertiesTest {

    @Test
    @Tag("ARC-2")
    @DisplayName("ARC-2: any summary sheet prints as PDF/A-2b with every student's line and marks in every period")
    void summarySheets() {
        qt().withExamples(15).withShrinkCycles(3).forAll(PrintedFormGenerators.summarySheets()).checkAssert(named -> {
            SummarySheet sheet = named.sheet();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SummarySheetPdf.write(sheet, PrintedFormGenerators.header(named.subjectNames()), out);

            VeraPdf.assertPdfA2b(out.toByteArray());
            String text = VeraPdf.text(out.toByteArray());
            for (String period : sheet.periods()) {
                assertThat(text).contains(FormTexts.period(period));
                for (SummarySheet.Row row : sheet.rows()) {
                    List<String> line = new ArrayList<>(List.of(String.valueOf(row.number()), row.student().fullName()));
                    sheet.subjects().forEach(subject -> row.mark(subject, period).ifPresent(line::add));
                    assertThat(text).contains(String.join(" ", line));
                }
            }
        });
    }

    @Test
    @Tag("DRY-4")
    @DisplayName("DRY-4: any diary extract prints as PDF/A-2b with its title, header, headings, paragraphs, table cells and footer")
    void extracts() {
        qt().withExamples(15).withShrinkCycles(3).forAll(PrintedFormGenerators.extracts()).checkAssert(extract -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DiaryExtractPdf.write(extract, PrintedFormGenerators.header(Map.of()), out);

            VeraPdf.assertPdfA2b(out.toByteArray());
            String text = VeraPdf.text(out.toByteArray());
            assertThat(text).contains(extract.title());
            extract.headerLines().forEach(line -> assertThat(text).contains(line));
            extract.footerLines().forEach(line -> assertThat(text).contains(line));
            for (ExtractBlock block : extract.blocks()) {
                if (block instanceof ExtractBlock.Heading heading) {
                    assertThat(text).contains(heading.text());
                } else if (block instanceof ExtractBlock.Paragraph paragraph) {
                    assertThat(text).contains(paragraph.text());
                } else if (block instanceof ExtractBlock.Table table) {
                    assertThat(text).contains(table.columns());
                    table.rows().forEach(row -> assertThat(text).contains(row));
                }
            }
        });
    }
}
