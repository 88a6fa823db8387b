package org.schooljournal.adapter.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schooljournal.adapter.xlsx.XlsxSchool.FRIDAY;
import static org.schooljournal.adapter.xlsx.XlsxSchool.HEAD;
import static org.schooljournal.adapter.xlsx.XlsxSchool.ID;
import static org.schooljournal.adapter.xlsx.XlsxSchool.MATH_5A;
import static org.schooljournal.adapter.xlsx.XlsxSchool.MONDAY;
import static org.schooljournal.adapter.xlsx.XlsxSchool.RUSSIAN_5A;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.journal.LessonKind;
import org.schooljournal.core.reports.LessonStatistics;

@DisplayName("The lesson statistics of journals as a workbook (MRK-14)")
class LessonStatisticsFormTest {

    private final XlsxSchool school = XlsxSchool.withQuarter();
    private final List<LessonStatistics> journals = List.of(
            school.engine.reports().statistics(HEAD, ID, MATH_5A, MONDAY, FRIDAY),
            school.engine.reports().statistics(HEAD, ID, RUSSIAN_5A, MONDAY, FRIDAY));

    @Test
    @Tag("MRK-14")
    @DisplayName("MRK-14: a row per journal; read back with POI it equals the statistics cell by cell")
    void equalsTheModel() {
        XSSFSheet written = FormChecks.written(new LessonStatisticsForm(), journals);

        List<String> headers = FormChecks.headers(written);
        assertThat(headers).startsWith("Класс, группа", "Предмет", "С", "По", "Уроков по расписанию", "Проведено уроков",
                "Из них: урок").endsWith("Отметок «5»", "Отметок «4»", "Отметок «3»", "Отметок «2»", "Успеваемость", "Качество");
        for (int i = 0; i < journals.size(); i++) {
            LessonStatistics statistics = journals.get(i);
            List<Object> row = FormChecks.row(written, i + 1);
            assertThat(row.subList(0, 6)).containsExactly(statistics.key().holderCode(), statistics.key().subjectCode(),
                    statistics.from().atStartOfDay(), statistics.to().atStartOfDay(), (double) statistics.timetabled(),
                    (double) statistics.given());
            for (LessonKind kind : LessonKind.values()) {
                assertThat(row.get(6 + kind.ordinal())).as(kind.name())
                        .isEqualTo((double) statistics.givenByKind().getOrDefault(kind, 0));
            }
            int hours = 6 + LessonKind.values().length;
            assertThat(row.get(hours)).isEqualTo(statistics.weeklyHours().map(h -> (Object) h.doubleValue()).orElse(null));
            assertThat(row.get(hours + 1)).isEqualTo(statistics.plannedHours().isPresent()
                    ? (Object) (double) statistics.plannedHours().getAsInt() : null);
            for (String mark : List.of("5", "4", "3", "2")) {
                assertThat(row.get(headers.indexOf("Отметок «" + mark + "»")))
                        .isEqualTo((double) statistics.marks().getOrDefault(mark, 0));
            }
            assertThat(row.get(headers.size() - 2))
                    .isEqualTo(statistics.satisfactoryPercent().map(p -> (Object) (p.doubleValue() / 100)).orElse(null));
            assertThat(row.get(headers.size() - 1))
                    .isEqualTo(statistics.goodPercent().map(p -> (Object) (p.doubleValue() / 100)).orElse(null));
        }
    }

    @Test
    @Tag("MRK-14")
    @DisplayName("MRK-14: marks 5, 4, 3, 2 → success 75 %, quality 50 % as percent cells; a journal without marks leaves them empty")
    void knownAnswer() {
        XSSFSheet written = FormChecks.written(new LessonStatisticsForm(), journals);

        List<Object> math = FormChecks.row(written, 1);
        assertThat(math.subList(4, 6)).containsExactly(3.0, 2.0);
        assertThat(math.subList(math.size() - 6, math.size())).containsExactly(1.0, 1.0, 1.0, 1.0, 0.75, 0.5);
        assertThat(written.getRow(1).getCell(math.size() - 1).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        List<Object> russian = FormChecks.row(written, 2);
        assertThat(russian.get(6 + LessonKind.values().length)).isEqualTo(4.5);
        assertThat(russian.subList(russian.size() - 2, russian.size())).containsOnlyNulls();
        assertThat(math.get(2)).isEqualTo(LocalDate.of(2026, 10, 12).atStartOfDay());
    }
}
