package org.schooljournal.adapter.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schooljournal.adapter.xlsx.XlsxSchool.FRIDAY;
import static org.schooljournal.adapter.xlsx.XlsxSchool.HEAD;
import static org.schooljournal.adapter.xlsx.XlsxSchool.ID;
import static org.schooljournal.adapter.xlsx.XlsxSchool.MONDAY;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.reports.CurriculumReport;

@DisplayName("The fulfilment of the curricula as a workbook (REP-6)")
class CurriculumReportFormTest {

    private final XlsxSchool school = XlsxSchool.withQuarter();
    private final CurriculumReport report = school.engine.reports().curriculum(HEAD, ID, MONDAY, FRIDAY,
            Instant.parse("2027-01-01T00:00:00Z"));

    @Test
    @Tag("REP-6")
    @DisplayName("REP-6: a sheet of journals and one of profiles; read back with POI each equals its table cell by cell")
    void equalsTheModel() {
        XSSFWorkbook written = FormChecks.sheets(new CurriculumReportForm(), report);

        XSSFSheet lines = written.getSheetAt(0);
        assertThat(lines.getSheetName()).isEqualTo("Выполнение учебного плана");
        assertThat(FormChecks.headers(lines)).containsExactly("Класс, группа", "Предмет", "Профиль", "С", "По",
                "Часов в неделю по учебному плану", "Часов по КТП за год", "Уроков по расписанию", "Проведено уроков",
                "Выполнено");
        assertThat(lines.getLastRowNum()).isEqualTo(report.lines().size());
        for (int i = 0; i < report.lines().size(); i++) {
            CurriculumReport.Line line = report.lines().get(i);
            assertThat(FormChecks.row(lines, i + 1).subList(7, 10)).containsExactly((double) line.timetabled(),
                    (double) line.given(), line.fulfilledPercent().map(p -> (Object) (p.doubleValue() / 100)).orElse(null));
        }
        XSSFSheet profiles = written.getSheetAt(1);
        assertThat(profiles.getSheetName()).isEqualTo("По профилям");
        assertThat(profiles.getLastRowNum()).isEqualTo(report.profiles().size());
        for (int i = 0; i < report.profiles().size(); i++) {
            CurriculumReport.ProfileLine line = report.profiles().get(i);
            assertThat(FormChecks.row(profiles, i + 1).subList(1, 4)).containsExactly((double) line.journals(),
                    (double) line.timetabled(), (double) line.given());
        }
    }

    @Test
    @Tag("REP-6")
    @DisplayName("REP-6: mathematics 2 of 3 lessons given → 66,7 %, Russian 0 of 1; the natural-science profile sums 2 of 4 → 50 %")
    void knownAnswer() {
        XSSFWorkbook written = FormChecks.sheets(new CurriculumReportForm(), report);

        assertThat(FormChecks.row(written.getSheetAt(0), 1)).isEqualTo(Arrays.asList("5А", "Математика",
                "естественно-научный", MONDAY.atStartOfDay(), FRIDAY.atStartOfDay(), 5.0, 50.0, 3.0, 2.0, 0.667));
        assertThat(FormChecks.row(written.getSheetAt(0), 2)).isEqualTo(Arrays.asList("5А", "Русский язык",
                "естественно-научный", MONDAY.atStartOfDay(), FRIDAY.atStartOfDay(), 4.5, null, 1.0, 0.0, 0.0));
        List<Object> profile = FormChecks.row(written.getSheetAt(1), 1);
        assertThat(profile).isEqualTo(Arrays.asList("естественно-научный", 2.0, 4.0, 2.0, 0.5));
    }
}
