package org.schooljournal.adapter.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schooljournal.adapter.xlsx.XlsxSchool.HEAD;
import static org.schooljournal.adapter.xlsx.XlsxSchool.ID;

import java.time.Instant;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.reports.ResultsAnalysis;

@DisplayName("The analysis of a class's results as a workbook (REP-9)")
class ResultsAnalysisFormTest {

    private final XlsxSchool school = XlsxSchool.withQuarterOfFour();
    private final ResultsAnalysis report = school.engine.reports().analysis(HEAD, ID, "5А",
            Instant.parse("2027-01-01T00:00:00Z"));

    @Test
    @Tag("REP-9")
    @DisplayName("REP-9: a row per pupil and period, a row per class, subject and teacher and period; read back with POI each equals its table cell by cell")
    void equalsTheModel() {
        XSSFWorkbook written = FormChecks.sheets(new ResultsAnalysisForm(), report);

        XSSFSheet pupils = written.getSheetAt(0);
        assertThat(pupils.getSheetName()).isEqualTo("Итоги обучающихся 5А");
        assertThat(FormChecks.headers(pupils)).startsWith("№", "Обучающийся", "Класс", "Период", "Средний балл", "Итог",
                "Изменение", "Учтено");
        int line = 1;
        for (ResultsAnalysis.Pupil pupil : report.pupils()) {
            for (int p = 0; p < report.periods().size(); p++) {
                ResultsAnalysis.Result result = pupil.results().get(p);
                assertThat(FormChecks.row(pupils, line++).subList(0, 5)).containsExactly((double) pupil.number(),
                        pupil.student().fullName(), "5А", Labels.period(report.periods().get(p)),
                        result.average().map(a -> (Object) a.doubleValue()).orElse(null));
            }
        }
        assertThat(pupils.getLastRowNum()).isEqualTo(line - 1);
        XSSFSheet lines = written.getSheetAt(1);
        assertThat(lines.getSheetName()).isEqualTo("Итоги предметов 5А");
        int periods = report.periods().size();
        assertThat(lines.getLastRowNum())
                .isEqualTo(periods * (1 + report.subjects().size() + report.teachers().size()));
    }

    @Test
    @Tag("REP-9")
    @DisplayName("REP-9: Алексеева's average 3.5 of «5» and «2», standing «качество», no change in the first quarter; the class 75 % / 50 %")
    void knownAnswer() {
        XSSFWorkbook written = FormChecks.sheets(new ResultsAnalysisForm(), report);

        List<Object> alekseeva = FormChecks.row(written.getSheetAt(0), 1);
        assertThat(alekseeva.subList(0, 7)).containsExactly(1.0, "Алексеева Анна", "5А", "1 четверть", 3.5, "качество",
                "—");
        List<Object> theClass = FormChecks.row(written.getSheetAt(1), 1);
        assertThat(theClass.subList(0, 4)).containsExactly("класс", "5А", "5А", "1 четверть");
        assertThat(theClass.subList(6, 13)).containsExactly(4.0, 3.0, 2.0, 0.0, 0.0, 0.75, 0.5);
    }
}
