package org.schooljournal.adapter.xlsx;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The generators of table models: the module's one home for them. */
final class TableGenerators {

    private static final long MAX_UNSCALED = 999_999_999_999_999L;

    private TableGenerators() {
    }

    /**
     * Returns tables of one to six columns of any type and up to fifteen rows: any Unicode text a
     * workbook can carry (Cyrillic, supplementary planes, tabs and line breaks, spaces at the ends,
     * what looks like a workbook's escape {@code _x0041_}), marks, whole numbers up to 2^53,
     * decimals of 15 digits, percentages, dates and times over the workbook's whole range, and
     * empty cells.
     */
    static Gen<Table> tables() {
        return lists().of(arbitrary().enumValues(ColumnType.class)).ofSizeBetween(1, 6).flatMap(types ->
                sheetNames().zip(headers(types.size()), lists().of(row(types)).ofSizeBetween(0, 15),
                        (name, headers, rows) -> {
                            List<Column> columns = new ArrayList<>();
                            for (int c = 0; c < types.size(); c++) {
                                columns.add(new Column(headers.get(c), types.get(c)));
                            }
                            return new Table(name, columns, rows);
                        }));
    }

    /** Returns texts of up to 40 code points that XML 1.0 carries, Cyrillic and beyond the BMP included. */
    static Gen<String> texts() {
        Gen<String> piece = codePoints().map(Character::toString)
                .mix(Generate.pick(List.of("_x0041_", "_x005F_", "_xZZZZ_", " ", "\t", "\r\n", "Ёлкин", "=1+1", "<&>\"'")), 20);
        return lists().of(piece).ofSizeBetween(0, 40).map(pieces -> String.join("", pieces));
    }

    private static Gen<Integer> codePoints() {
        return integers().between(0x20, 0x7E)
                .mix(integers().between(0x400, 0x4FF), 40)
                .mix(integers().between(0xA0, 0xD7FF), 20)
                .mix(integers().between(0xE000, 0xFFFD), 10)
                .mix(integers().between(0x10000, 0x10FFFF), 10);
    }

    private static Gen<String> sheetNames() {
        Gen<Integer> letters = integers().between('А', 'я').mix(integers().between('a', 'z'), 30)
                .mix(integers().between('0', '9'), 20);
        return lists().of(letters).ofSizeBetween(1, Table.MAX_SHEET_NAME)
                .map(cps -> cps.stream().map(Character::toString).collect(Collectors.joining()));
    }

    private static Gen<List<String>> headers(int count) {
        Gen<String> header = texts().map(t -> "Столбец " + t.strip()).map(String::strip);
        return lists().of(header).ofSize(count);
    }

    private static Gen<List<Object>> row(List<ColumnType> types) {
        return in -> {
            List<Object> cells = new ArrayList<>();
            for (ColumnType type : types) {
                cells.add(cell(type).toOptionals(20).generate(in).orElse(null));
            }
            return cells;
        };
    }

    /** Returns the values of a column's type. */
    static Gen<Object> cell(ColumnType type) {
        return switch (type) {
            case TEXT -> texts().map(Object.class::cast);
            case MARK -> Generate.pick(List.<Object>of("5", "4", "3", "2", "1", "осв", "н/а", "безотм", "зач", "незач",
                    "10", "007", "0")).mix(texts().map(Object.class::cast), 20);
            case INTEGER -> longs().between(-Table.MAX_INTEGER, Table.MAX_INTEGER).map(Object.class::cast)
                    .mix(longs().between(-100, 100).map(Object.class::cast), 50);
            case DECIMAL -> longs().between(-MAX_UNSCALED, MAX_UNSCALED).zip(integers().between(-20, 20),
                    (unscaled, scale) -> (Object) BigDecimal.valueOf(unscaled, scale));
            case PERCENT -> longs().between(-100_000, 100_000).zip(integers().between(0, 3),
                    (unscaled, scale) -> (Object) BigDecimal.valueOf(unscaled, scale));
            case DATE -> dates().map(Object.class::cast);
            case DATE_TIME -> dates().zip(integers().between(0, 86_399),
                    (date, second) -> (Object) LocalDateTime.of(date, LocalTime.ofSecondOfDay(second)));
        };
    }

    private static Gen<LocalDate> dates() {
        return longs().between(Table.MIN_DATE.toEpochDay(), Table.MAX_DATE.toEpochDay()).map(LocalDate::ofEpochDay)
                .mix(longs().between(LocalDate.of(2020, 1, 1).toEpochDay(), LocalDate.of(2030, 12, 31).toEpochDay())
                        .map(LocalDate::ofEpochDay), 50);
    }
}
