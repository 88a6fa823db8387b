package org.schooljournal.adapter.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schooljournal.adapter.xlsx.XlsxSchool.FRIDAY;
import static org.schooljournal.adapter.xlsx.XlsxSchool.HOMEROOM;
import static org.schooljournal.adapter.xlsx.XlsxSchool.ID;
import static org.schooljournal.adapter.xlsx.XlsxSchool.MONDAY;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.journal.AbsenceCode;
import org.schooljournal.core.reports.AttendanceReport;

@DisplayName("The missed lessons as a workbook (ATT-3)")
class AttendanceFormTest {

    private final XlsxSchool school = XlsxSchool.withQuarter();
    private final AttendanceReport report = school.engine.reports().attendance(HOMEROOM, ID, "5А", MONDAY, FRIDAY);

    @Test
    @Tag("ATT-3")
    @DisplayName("ATT-3: a row per student with the lessons by code and the days; read back with POI it equals the report cell by cell")
    void equalsTheModel() {
        XSSFSheet written = FormChecks.written(new AttendanceForm(), report);

        assertThat(written.getSheetName()).isEqualTo("Пропуски 5А");
        assertThat(FormChecks.headers(written)).containsExactly("№", "Обучающийся", "Дата рождения", "Класс", "С", "По",
                "Пропущено уроков", "Из них «н»", "Из них «б»", "Из них «ну»", "Пропущено дней");
        for (AttendanceReport.Row row : report.rows()) {
            List<Object> expected = new ArrayList<>(List.of((double) row.number(), row.student().fullName(),
                    row.student().birthDate().atStartOfDay(), "5А", MONDAY.atStartOfDay(), FRIDAY.atStartOfDay(),
                    (double) row.lessonsMissed()));
            for (AbsenceCode code : AbsenceCode.values()) {
                expected.add((double) row.lessonsByCode().getOrDefault(code, 0));
            }
            expected.add((double) row.daysMissed());
            assertThat(FormChecks.row(written, row.number())).isEqualTo(expected);
        }
        assertThat(written.getLastRowNum()).isEqualTo(report.rows().size());
    }

    @Test
    @Tag("ATT-3")
    @DisplayName("ATT-3: Иванов ill at both Monday lessons (2 «б», 1 day); Алексеева missed nothing and shows zeros, not blanks")
    void knownAnswer() {
        XSSFSheet written = FormChecks.written(new AttendanceForm(), report);

        assertThat(FormChecks.row(written, 1).subList(6, 11)).containsExactly(0.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(FormChecks.row(written, 3).get(1)).isEqualTo("Иванов Пётр");
        assertThat(FormChecks.row(written, 3).subList(6, 11)).containsExactly(2.0, 0.0, 2.0, 0.0, 1.0);
        assertThat(FormChecks.row(written, 2).subList(6, 8)).containsExactly(1.0, 1.0);
    }
}
