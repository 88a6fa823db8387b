package org.schooljournal.adapter.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.schooljournal.adapter.xlsx.TableGenerators.tables;
import static org.schooljournal.adapter.xlsx.TableGenerators.texts;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Any table model written and read back with POI gives back the same cells")
class WorkbookPropertiesTest {

    @Test
    @Tag("REP-10")
    @DisplayName("REP-10: write → POI read gives back every cell of any table: Unicode text, marks, big numbers, dates, empties")
    void anyTableRoundTrips() {
        qt().withShrinkCycles(20).withExamples(60).forAll(tables()).checkAssert(ReadBack::roundTrip);
    }

    @Test
    @Tag("REP-10")
    @DisplayName("REP-10: several tables become the sheets of one workbook, in their order, each equal to its table")
    void severalSheets() {
        qt().withShrinkCycles(20).withExamples(15).forAll(tables(), tables()).assuming((a, b) -> !a.sheetName().equalsIgnoreCase(b.sheetName()))
                .checkAssert((a, b) -> {
                    XSSFWorkbook workbook = ReadBack.read(ReadBack.written(List.of(a, b)));
                    assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
                    ReadBack.assertEquals(workbook.getSheetAt(0), a);
                    ReadBack.assertEquals(workbook.getSheetAt(1), b);
                });
    }

    @Test
    @DisplayName("a text written as a workbook's string reads back as itself, escape-like sequences included")
    void literalTexts() {
        qt().withShrinkCycles(20).withExamples(200).forAll(texts()).checkAssert(text -> {
            Table table = Table.named("Т").column("Текст", ColumnType.TEXT).row(List.of(text)).build();
            ReadBack.roundTrip(table);
        });
    }
}
