package org.schooljournal.adapter.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("The workbook writer: a sheet a deputy head can filter")
class WorkbookWriterTest {

    private static Table classList() {
        return Table.named("Список 5А").column("№", ColumnType.INTEGER).column("Обучающийся", ColumnType.TEXT)
                .column("Дата рождения", ColumnType.DATE).column("Отметка", ColumnType.MARK)
                .column("Успеваемость", ColumnType.PERCENT)
                .row(List.of(1, "Алексеева Анна Сергеевна", LocalDate.of(2015, 3, 1), "5", new BigDecimal("75.0")))
                .row(List.of(2, "Ёлкин Борис", LocalDate.of(2015, 4, 2), "осв", new BigDecimal("100")))
                .build();
    }

    @Test
    @Tag("REP-10")
    @DisplayName("REP-10: header row, frozen pane, autofilter; numbers, marks, dates and percentages as a reader filters them")
    void filterableSheet() {
        XSSFSheet sheet = ReadBack.roundTrip(classList());

        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E3");
        assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(5.0);
        assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("осв");
        assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(0.75);
        assertThat(sheet.getRow(1).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        assertThat(sheet.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("dd.mm.yyyy");
    }

    @Test
    @DisplayName("a column is as wide as its longest text, within bounds")
    void widths() {
        XSSFSheet sheet = ReadBack.roundTrip(classList());

        assertThat(sheet.getColumnWidth(1) / 256).isEqualTo("Алексеева Анна Сергеевна".length() + 2);
        assertThat(sheet.getColumnWidth(0) / 256).isEqualTo(ColumnType.INTEGER.minWidth() + 2);
        Table wide = Table.named("Л").column("Т", ColumnType.TEXT).row(List.of("ы".repeat(500))).build();
        assertThat(ReadBack.roundTrip(wide).getColumnWidth(0) / 256).isEqualTo(WorkbookWriter.MAX_WIDTH + 2);
    }

    @Test
    @DisplayName("a table of no rows is a header with its filter; thousands of rows stream through")
    void emptyAndLong() {
        ReadBack.roundTrip(Table.named("Пусто").column("№", ColumnType.INTEGER).build());
        Table.Builder builder = Table.named("Много").column("№", ColumnType.INTEGER).column("Текст", ColumnType.TEXT);
        for (int i = 1; i <= 2_500; i++) {
            builder.row(List.of(i, "строка " + i));
        }
        ReadBack.roundTrip(builder.build());
    }

    @Test
    @DisplayName("two sheets of one name, whatever the case, and a workbook of no sheet are refused before writing")
    void sheetNames() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Table one = Table.named("Лист").column("А", ColumnType.TEXT).build();
        Table two = Table.named("ЛИСТ").column("Б", ColumnType.TEXT).build();
        assertThatThrownBy(() -> WorkbookWriter.write(List.of(one, two), out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'ЛИСТ' is used twice");
        assertThatThrownBy(() -> WorkbookWriter.write(List.of(), out)).isInstanceOf(IllegalArgumentException.class);
        assertThat(out.size()).isZero();
    }

    @Test
    @DisplayName("the caller's stream is left open, to write more or close it")
    void leavesTheStreamOpen() throws IOException {
        List<String> closed = new ArrayList<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FilterOutputStream out = new FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed.add("closed");
            }
        };
        WorkbookWriter.write(List.of(classList()), out);
        assertThat(closed).isEmpty();
        assertThat(ReadBack.read(bytes.toByteArray()).getSheetAt(0).getSheetName()).isEqualTo("Список 5А");
    }

    @Test
    @DisplayName("a text that looks like a workbook's escape is written so that it reads back as itself")
    void literalEscapes() {
        assertThat(WorkbookWriter.literal("a_x0041_b")).isEqualTo("a_x005F_x0041_b");
        assertThat(WorkbookWriter.literal("_x0041_x0042_")).isEqualTo("_x005F_x0041_x005F_x0042_");
        assertThat(WorkbookWriter.literal("_xZZZZ_ и _x")).isEqualTo("_xZZZZ_ и _x");
    }
}
