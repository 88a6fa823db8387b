package org.schooljournal.adapter.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schooljournal.adapter.xlsx.XlsxSchool.FRIDAY;
import static org.schooljournal.adapter.xlsx.XlsxSchool.HEAD;
import static org.schooljournal.adapter.xlsx.XlsxSchool.ID;
import static org.schooljournal.adapter.xlsx.XlsxSchool.MONDAY;
import static org.schooljournal.adapter.xlsx.XlsxSchool.WEDNESDAY;

import java.time.Instant;
import java.util.Arrays;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.reports.TopicsReport;

@DisplayName("Missed lessons and unsatisfactory marks with their topics as a workbook (REP-3, REP-4)")
class TopicsReportFormTest {

    private static final Instant LATER = Instant.parse("2027-01-01T00:00:00Z");

    private final XlsxSchool school = XlsxSchool.withQuarter();

    private TopicsReport report(TopicsReport.Kind kind) {
        return school.engine.reports().topics(HEAD, ID, kind, "5А", MONDAY, FRIDAY, LATER);
    }

    @Test
    @Tag("REP-3")
    @DisplayName("REP-3: a row per pupil and missed lesson; read back with POI it equals the report cell by cell")
    void missedEqualsTheModel() {
        TopicsReport report = report(TopicsReport.Kind.MISSED);
        XSSFSheet written = FormChecks.written(new TopicsReportForm(), report);

        assertThat(written.getSheetName()).isEqualTo("Пропущенные темы 5А");
        assertThat(FormChecks.headers(written)).containsExactly("№", "Обучающийся", "Дата", "Урок", "Предмет", "Тема",
                "Отметка о пропуске");
        int line = 1;
        for (TopicsReport.Pupil pupil : report.pupils()) {
            for (TopicsReport.Lesson lesson : pupil.lessons()) {
                assertThat(FormChecks.row(written, line++)).containsExactly((double) pupil.number(),
                        pupil.student().fullName(), lesson.date().atStartOfDay(), (double) lesson.slot(),
                        lesson.subject(), lesson.topic().orElse(null), lesson.value());
            }
        }
        assertThat(written.getLastRowNum()).isEqualTo(line - 1);
    }

    @Test
    @Tag("REP-3")
    @DisplayName("REP-3: Ёлкин «н» at Wednesday's control work, Иванов «б» at both Monday lessons, the topic empty where none was recorded")
    void missedKnownAnswer() {
        XSSFSheet written = FormChecks.written(new TopicsReportForm(), report(TopicsReport.Kind.MISSED));

        assertThat(written.getLastRowNum()).isEqualTo(3);
        assertThat(FormChecks.row(written, 1)).isEqualTo(Arrays.asList(1.0, "Ёлкин Борис", WEDNESDAY.atStartOfDay(), 2.0,
                "Математика", "Контрольная работа", "н"));
        assertThat(FormChecks.row(written, 2)).isEqualTo(Arrays.asList(2.0, "Иванов Пётр", MONDAY.atStartOfDay(), 1.0,
                "Математика", "Дроби", "б"));
        assertThat(FormChecks.row(written, 3)).isEqualTo(Arrays.asList(2.0, "Иванов Пётр", MONDAY.atStartOfDay(), 2.0,
                "Русский язык", null, "б"));
    }

    @Test
    @Tag("REP-4")
    @DisplayName("REP-4: Алексеева's «2» at Wednesday's control work, the mark a number")
    void unsatisfactoryKnownAnswer() {
        XSSFSheet written = FormChecks.written(new TopicsReportForm(), report(TopicsReport.Kind.UNSATISFACTORY));

        assertThat(written.getSheetName()).isEqualTo("Неудовлетворительные 5А");
        assertThat(FormChecks.headers(written).get(6)).isEqualTo("Отметка");
        assertThat(written.getLastRowNum()).isEqualTo(1);
        assertThat(FormChecks.row(written, 1)).isEqualTo(Arrays.asList(1.0, "Алексеева Анна", WEDNESDAY.atStartOfDay(),
                2.0, "Математика", "Контрольная работа", 2.0));
    }
}
