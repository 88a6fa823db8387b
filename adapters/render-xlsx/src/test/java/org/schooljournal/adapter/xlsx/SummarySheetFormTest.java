package org.schooljournal.adapter.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schooljournal.adapter.xlsx.XlsxSchool.HEAD;
import static org.schooljournal.adapter.xlsx.XlsxSchool.ID;

import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.reports.SummarySheet;

@DisplayName("The summary sheet as a workbook (REP-8)")
class SummarySheetFormTest {

    private final XlsxSchool school = XlsxSchool.withQuarter();
    private final SummarySheet sheet = school.engine.reports().summarySheet(HEAD, ID, "5А");
    private final SummarySheetForm form = new SummarySheetForm(
            Programme.of(school.engine.schools().state(HEAD, ID))::subjectName);

    @Test
    @Tag("REP-8")
    @DisplayName("REP-8: a row per student and subject, a column per period; read back with POI it equals the sheet cell by cell")
    void equalsTheModel() {
        XSSFSheet written = FormChecks.written(form, sheet);

        assertThat(written.getSheetName()).isEqualTo("Сводная ведомость 5А");
        assertThat(FormChecks.headers(written))
                .containsExactly("№", "Обучающийся", "Класс", "Предмет", "1 четверть", "2 четверть");
        int line = 1;
        for (SummarySheet.Row row : sheet.rows()) {
            for (String subject : sheet.subjects()) {
                List<Object> cells = FormChecks.row(written, line++);
                assertThat(cells.subList(0, 3)).containsExactly((double) row.number(), row.student().fullName(), "5А");
                for (int p = 0; p < sheet.periods().size(); p++) {
                    Object expected = row.mark(subject, sheet.periods().get(p))
                            .map(m -> m.chars().allMatch(Character::isDigit) ? (Object) Double.valueOf(m) : m).orElse(null);
                    assertThat(cells.get(4 + p)).as("%s, %s", row.student().fullName(), subject).isEqualTo(expected);
                }
            }
        }
        assertThat(line - 1).isEqualTo(sheet.rows().size() * sheet.subjects().size());
    }

    @Test
    @Tag("REP-8")
    @DisplayName("REP-8: quarter marks 5, 4, 3 are numbers, «осв» is text, a mark not set is an empty cell")
    void knownAnswer() {
        XSSFSheet written = FormChecks.written(form, sheet);

        assertThat(FormChecks.row(written, 1)).isEqualTo(Arrays.asList(1.0, "Алексеева Анна", "5А", "Математика", 5.0, null));
        assertThat(FormChecks.row(written, 2)).isEqualTo(Arrays.asList(1.0, "Алексеева Анна", "5А", "Русский язык", null, null));
        assertThat(FormChecks.row(written, 3)).isEqualTo(Arrays.asList(2.0, "Ёлкин Борис", "5А", "Математика", 4.0, null));
        assertThat(FormChecks.row(written, 5)).isEqualTo(Arrays.asList(3.0, "Иванов Пётр", "5А", "Математика", 3.0, null));
        assertThat(FormChecks.row(written, 6)).isEqualTo(Arrays.asList(3.0, "Иванов Пётр", "5А", "Русский язык", "осв", null));
    }

    @Test
    @DisplayName("without subject names the subjects are named by their codes")
    void codes() {
        assertThat(FormChecks.row(FormChecks.written(new SummarySheetForm(), sheet), 1).get(3)).isEqualTo("math");
    }
}
