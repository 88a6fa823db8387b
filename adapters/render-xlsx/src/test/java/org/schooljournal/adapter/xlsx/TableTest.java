package org.schooljournal.adapter.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A table model refuses, naming the row, column, value and rule, what a workbook cannot hold as it is")
class TableTest {

    private static Table.Builder oneColumn(ColumnType type) {
        return Table.named("Лист").column("Значение", type);
    }

    @Test
    @DisplayName("whole numbers become Longs, empty texts empty cells; the rows are copied")
    void normalises() {
        List<Object> row = Arrays.asList(7, "", null);
        Table table = Table.named("Лист").column("Число", ColumnType.INTEGER).column("Текст", ColumnType.TEXT)
                .column("Отметка", ColumnType.MARK).row(row).build();
        row.set(0, 8);
        assertThat(table.cell(0, 0)).isEqualTo(7L);
        assertThat(table.cell(0, 1)).isNull();
        assertThat(table.cell(0, 2)).isNull();
    }

    @Test
    @DisplayName("a cell of another type than its column's is refused with the row, column and type")
    void wrongType() {
        assertThatThrownBy(() -> oneColumn(ColumnType.DATE).row(List.of("2026-10-12")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 1, column 'Значение'").hasMessageContaining("'2026-10-12'")
                .hasMessageContaining("DATE column takes a LocalDate");
    }

    @Test
    @DisplayName("a row of another length than the columns is refused")
    void rowLength() {
        assertThatThrownBy(() -> oneColumn(ColumnType.TEXT).row(List.of("а", "б")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1").hasMessageContaining("2 cells");
    }

    @Test
    @DisplayName("a whole number beyond 2^53 is refused; 2^53 itself is kept")
    void bigIntegers() {
        assertThat(oneColumn(ColumnType.INTEGER).row(List.of(Table.MAX_INTEGER)).build().cell(0, 0))
                .isEqualTo(9_007_199_254_740_992L);
        assertThatThrownBy(() -> oneColumn(ColumnType.INTEGER).row(List.of(Table.MAX_INTEGER + 1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9007199254740993")
                .hasMessageContaining("2^53");
    }

    @Test
    @DisplayName("a decimal of more than 15 significant digits is refused; trailing zeros do not count")
    void decimals() {
        assertThat(oneColumn(ColumnType.DECIMAL).row(List.of(new BigDecimal("123456789012345.000"))).build().rows())
                .hasSize(1);
        assertThatThrownBy(() -> oneColumn(ColumnType.PERCENT).row(List.of(new BigDecimal("1234567890.123456"))).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("15 significant digits");
    }

    @Test
    @DisplayName("a date before 1 March 1900 and a time with fractions of a second are refused")
    void dates() {
        assertThatThrownBy(() -> oneColumn(ColumnType.DATE).row(List.of(LocalDate.of(1900, 2, 28))).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1900-02-28");
        assertThatThrownBy(() -> oneColumn(ColumnType.DATE_TIME)
                .row(List.of(LocalDateTime.of(2026, 10, 12, 8, 30, 0, 5))).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole seconds");
    }

    @Test
    @DisplayName("a text with a character XML 1.0 cannot carry, or longer than a cell holds, is refused")
    void texts() {
        assertThatThrownBy(() -> oneColumn(ColumnType.TEXT).row(List.of("звонок\u0007")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XML 1.0");
        assertThatThrownBy(() -> oneColumn(ColumnType.MARK).row(List.of("\uD800")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lone surrogate");
        assertThatThrownBy(() -> oneColumn(ColumnType.TEXT).row(List.of("я".repeat(Table.MAX_TEXT + 1))).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32767");
    }

    @Test
    @DisplayName("a sheet's name must have 1 to 31 characters, none of []:*?/\\, and a table at least one column")
    void sheetAndColumns() {
        assertThatThrownBy(() -> Table.named("Пропуски 5А: октябрь").column("А", ColumnType.TEXT).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sheetName 'Пропуски 5А: октябрь'");
        assertThatThrownBy(() -> Table.named("x".repeat(32)).column("А", ColumnType.TEXT).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 31");
        assertThatThrownBy(() -> Table.named("Лист").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("columns");
        assertThatThrownBy(() -> new Column(" ", ColumnType.TEXT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header");
    }
}
