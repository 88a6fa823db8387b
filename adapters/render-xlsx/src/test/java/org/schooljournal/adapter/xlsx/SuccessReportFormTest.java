package org.schooljournal.adapter.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schooljournal.adapter.xlsx.XlsxSchool.FIRST_QUARTER;
import static org.schooljournal.adapter.xlsx.XlsxSchool.HEAD;
import static org.schooljournal.adapter.xlsx.XlsxSchool.ID;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.reports.Rate;
import org.schooljournal.core.reports.ResultCounting;
import org.schooljournal.core.reports.SuccessReport;

@DisplayName("The success rate and quality as a workbook (REP-1)")
class SuccessReportFormTest {

    private final XlsxSchool school = XlsxSchool.withQuarterOfFour();
    private final SuccessReport report = school.engine.reports().success(HEAD, ID, "5А", FIRST_QUARTER,
            ResultCounting.DEFAULT, Instant.parse("2027-01-01T00:00:00Z"));

    @Test
    @Tag("REP-1")
    @DisplayName("REP-1: a row per pupil, journal, class, parallel, subject, teacher and the total; read back with POI it equals the report cell by cell")
    void equalsTheModel() {
        XSSFSheet written = FormChecks.written(new SuccessReportForm(), report);

        assertThat(written.getSheetName()).isEqualTo("Успеваемость 1 четверть");
        assertThat(FormChecks.headers(written)).containsExactly("Строка", "Код", "Наименование", "Класс", "Период",
                "Учтено", "Успевают", "На «4» и «5»", "Не учтено", "Без отметки", "Успеваемость", "Качество", "Итог");
        List<Object> expected = new ArrayList<>();
        report.pupils().forEach(p -> expected.add(List.of("обучающийся", p.student().fullName(), p.marks())));
        report.journals().forEach(l -> expected.add(List.of("журнал", l.name(), l.rate())));
        report.classes().forEach(l -> expected.add(List.of("класс", l.name(), l.rate())));
        report.parallels().forEach(l -> expected.add(List.of("параллель", l.name(), l.rate())));
        report.subjects().forEach(l -> expected.add(List.of("предмет", l.name(), l.rate())));
        report.teachers().forEach(l -> expected.add(List.of("учитель", l.name(), l.rate())));
        expected.add(List.of("итого", report.scope(), report.total()));
        assertThat(written.getLastRowNum()).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            List<?> line = (List<?>) expected.get(i);
            List<Object> row = FormChecks.row(written, i + 1);
            Rate rate = (Rate) line.get(2);
            assertThat(row.get(0)).isEqualTo(line.get(0));
            assertThat(row.get(2)).isEqualTo(line.get(1));
            assertThat(row.get(4)).isEqualTo("1 четверть");
            assertThat(row.subList(5, 10)).as("row %d", i + 1).containsExactly((double) rate.counted(),
                    (double) rate.succeeded(), (double) rate.quality(), (double) rate.leftOut(), (double) rate.unmarked());
            assertThat(row.get(10)).isEqualTo(rate.successPercent().map(p -> (Object) (p.doubleValue() / 100)).orElse(null));
            assertThat(row.get(11)).isEqualTo(rate.qualityPercent().map(p -> (Object) (p.doubleValue() / 100)).orElse(null));
        }
    }

    @Test
    @Tag("REP-1")
    @DisplayName("REP-1: a class of four with quarter marks 5, 4, 3, 2 → success 75 %, quality 50 % as percent cells; a line with nothing counted leaves them empty")
    void knownAnswer() {
        XSSFSheet written = FormChecks.written(new SuccessReportForm(), report);

        List<Object> math = rowOf(written, "журнал", XlsxSchool.MATH_5A.toString());
        assertThat(math.subList(5, 12)).containsExactly(4.0, 3.0, 2.0, 0.0, 0.0, 0.75, 0.5);
        List<Object> theClass = rowOf(written, "класс", "5А");
        assertThat(theClass.subList(5, 12)).containsExactly(4.0, 3.0, 2.0, 0.0, 0.0, 0.75, 0.5);
        assertThat(rowOf(written, "предмет", "Математика").subList(10, 12)).containsExactly(0.75, 0.5);
        assertThat(rowOf(written, "итого", "5А").subList(10, 12)).containsExactly(0.75, 0.5);
        List<Object> russian = rowOf(written, "журнал", XlsxSchool.RUSSIAN_5A.toString());
        assertThat(russian.subList(5, 12)).containsExactly(0.0, 0.0, 0.0, 1.0, 3.0, null, null);
        assertThat(rowOf(written, "обучающийся", "Зайцев Глеб").get(12)).isEqualTo("неуспех");
        assertThat(rowOf(written, "обучающийся", "Алексеева Анна").get(12)).isEqualTo("качество");
        assertThat(rowOf(written, "обучающийся", "Иванов Пётр").get(12)).isEqualTo("успех");
        assertThat(written.getRow(1).getCell(10).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
    }

    private static List<Object> rowOf(XSSFSheet sheet, String kind, String name) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            List<Object> row = FormChecks.row(sheet, r);
            if (row.get(0).equals(kind) && (row.get(1).equals(name) || row.get(2).equals(name))) {
                return row;
            }
        }
        throw new AssertionError("no row " + kind + " " + name);
    }
}
