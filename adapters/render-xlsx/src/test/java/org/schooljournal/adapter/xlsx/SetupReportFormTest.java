package org.schooljournal.adapter.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schooljournal.adapter.xlsx.XlsxSchool.HEAD;
import static org.schooljournal.adapter.xlsx.XlsxSchool.ID;
import static org.schooljournal.adapter.xlsx.XlsxSchool.ZONE;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.reports.MissingItem;
import org.schooljournal.core.reports.SetupReport;

@DisplayName("The report on the year's set-up as a workbook (YR-11)")
class SetupReportFormTest {

    private final XlsxSchool school = XlsxSchool.withQuarter();
    private final SetupReport report = school.engine.reports().setup(HEAD, ID);
    private final SetupReportForm form = new SetupReportForm(ZONE);

    @Test
    @Tag("YR-11")
    @DisplayName("YR-11: a row per missing part with its requirement and the deadline in the school's zone; equal to the report cell by cell")
    void equalsTheModel() {
        assertThat(report.missing()).isNotEmpty();
        XSSFSheet written = FormChecks.written(form, report);

        assertThat(FormChecks.headers(written))
                .containsExactly("№", "Требование", "Что не сформировано", "Относится к", "Срок", "Срок истёк");
        LocalDateTime deadline = LocalDateTime.ofInstant(report.deadline().orElseThrow(), ZONE);
        assertThat(deadline).isEqualTo(LocalDateTime.of(2026, 9, 5, 0, 0));
        for (int i = 0; i < report.missing().size(); i++) {
            MissingItem item = report.missing().get(i);
            List<Object> row = FormChecks.row(written, i + 1);
            assertThat(row.get(0)).isEqualTo((double) (i + 1));
            assertThat(row.get(1)).isEqualTo(item.requirementId());
            assertThat((String) row.get(2)).isNotBlank().isEqualTo(Labels.text("setup.item." + item.item().name()));
            assertThat(row.get(3)).isEqualTo(item.refersTo().isEmpty() ? null : String.join(", ", item.refersTo()));
            assertThat(row.subList(4, 6)).containsExactly(deadline, "да");
        }
    }

    @Test
    @Tag("YR-11")
    @DisplayName("YR-11: a complete set-up is one row saying so, never an empty sheet")
    void complete() {
        Instant deadline = LocalDateTime.of(2026, 9, 5, 0, 0).atZone(ZONE).toInstant();
        XSSFSheet written = FormChecks.written(form, new SetupReport(List.of(), Optional.of(deadline), false));

        assertThat(FormChecks.row(written, 1)).isEqualTo(Arrays.asList(null, null, "Все разделы сформированы", null,
                LocalDateTime.of(2026, 9, 5, 0, 0), "нет"));
        assertThat(written.getLastRowNum()).isEqualTo(1);
    }
}
