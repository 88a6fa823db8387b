package org.schooljournal.adapter.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schooljournal.adapter.xlsx.XlsxSchool.ALEKSEEVA;
import static org.schooljournal.adapter.xlsx.XlsxSchool.FRIDAY;
import static org.schooljournal.adapter.xlsx.XlsxSchool.HEAD;
import static org.schooljournal.adapter.xlsx.XlsxSchool.ID;
import static org.schooljournal.adapter.xlsx.XlsxSchool.IVANOV;
import static org.schooljournal.adapter.xlsx.XlsxSchool.LAST_DAY;
import static org.schooljournal.adapter.xlsx.XlsxSchool.MATH;
import static org.schooljournal.adapter.xlsx.XlsxSchool.MATH_5A;
import static org.schooljournal.adapter.xlsx.XlsxSchool.MONDAY;
import static org.schooljournal.adapter.xlsx.XlsxSchool.RUSSIAN;
import static org.schooljournal.adapter.xlsx.XlsxSchool.RUSSIAN_5A;
import static org.schooljournal.adapter.xlsx.XlsxSchool.ZONE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.journal.AbsenceCode;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.RecordAbsence;
import org.schooljournal.core.reports.JournalControl;
import org.schooljournal.core.reports.LateEntry;
import org.schooljournal.core.school.DeclareTechnicalFailure;

@DisplayName("The control of the journals as a workbook (REP-5)")
class JournalControlFormTest {

    private final JournalControl report = controlled();
    private final JournalControlForm form = new JournalControlForm(ZONE);

    /**
     * The week recorded; on Friday at 13:00, after a failure declared from 8:00 to 12:00, Иванов's
     * absence from Friday's mathematics (late by the failure) and Алексеева's from Monday's Russian
     * (late by its author); the quarter marks set.
     */
    private static JournalControl controlled() {
        XlsxSchool school = XlsxSchool.registered();
        school.recordWeek();
        school.at(FRIDAY, LocalTime.of(13, 0));
        school.engine.execute(HEAD, new DeclareTechnicalFailure(ID, local(FRIDAY, 8), local(FRIDAY, 12),
                "нет интернета в школе"));
        school.engine.execute(MATH, new RecordAbsence(ID, MATH_5A, new LessonRef(FRIDAY, 1), IVANOV,
                AbsenceCode.UNEXCUSED));
        school.engine.execute(RUSSIAN, new RecordAbsence(ID, RUSSIAN_5A, new LessonRef(MONDAY, 2), ALEKSEEVA,
                AbsenceCode.UNEXCUSED));
        school.setQuarterMarks();
        return school.engine.reports().control(HEAD, ID, MONDAY, LAST_DAY, Instant.parse("2027-01-01T00:00:00Z"),
                JournalControl.DEFAULT_MINIMUM_MARKS);
    }

    private static Instant local(java.time.LocalDate date, int hour) {
        return date.atTime(hour, 0).atZone(ZONE).toInstant();
    }

    @Test
    @Tag("REP-5")
    @DisplayName("REP-5: three sheets — journals with the eight directions' counts, late entries, few marks; read back with POI each equals its table cell by cell")
    void equalsTheModel() {
        XSSFWorkbook written = FormChecks.sheets(form, report);

        assertThat(List.of(written.getSheetName(0), written.getSheetName(1), written.getSheetName(2)))
                .containsExactly("Контроль журналов", "Несвоевременные записи", "Мало отметок");
        XSSFSheet journals = written.getSheetAt(0);
        List<String> headers = FormChecks.headers(journals);
        assertThat(headers).startsWith("Строка", "Класс, группа", "Предмет", "Учитель", "Классы", "С", "По",
                "Уроков по расписанию").endsWith("Записей не в срок", "Из них вызвано сбоем");
        assertThat(journals.getLastRowNum())
                .isEqualTo(report.rows().size() + report.byTeacher().size() + report.byClass().size() + 1);
        for (int i = 0; i < report.rows().size(); i++) {
            JournalControl.Row row = report.rows().get(i);
            List<Object> cells = FormChecks.row(journals, i + 1);
            assertThat(cells.get(0)).isEqualTo("журнал");
            assertThat(cells.get(1)).isEqualTo(row.journal().holderCode());
            assertThat(cells.get(headers.indexOf("Уроков по расписанию"))).isEqualTo((double) row.counts().lessonsDue());
            assertThat(cells.get(headers.indexOf("Текущих отметок"))).isEqualTo((double) row.counts().marks());
            assertThat(cells.get(headers.indexOf("Пропусков"))).isEqualTo((double) row.counts().absences());
            assertThat(cells.get(headers.indexOf("Записей не в срок"))).isEqualTo((double) row.counts().lateEntries());
            assertThat(cells.get(headers.indexOf("Из них вызвано сбоем"))).isEqualTo((double) row.counts().lateByFailure());
        }
        List<Object> total = FormChecks.row(journals, journals.getLastRowNum());
        assertThat(total.get(0)).isEqualTo("итого");
        assertThat(total.get(headers.indexOf("Уроков по расписанию"))).isEqualTo((double) report.total().lessonsDue());
        XSSFSheet late = written.getSheetAt(1);
        assertThat(late.getLastRowNum()).isEqualTo(report.lateEntries().size());
        for (int i = 0; i < report.lateEntries().size(); i++) {
            LateEntry entry = report.lateEntries().get(i);
            List<Object> cells = FormChecks.row(late, i + 1);
            assertThat(cells.get(2)).isEqualTo((double) entry.number());
            assertThat(cells.get(4)).isEqualTo(entry.rule().code());
            assertThat(cells.get(9)).isEqualTo(LocalDateTime.ofInstant(entry.recordedAt(), ZONE));
            assertThat(cells.get(11)).isEqualTo(JournalControlForm.hours(entry.lateBy()).doubleValue());
            assertThat(cells.get(12)).isEqualTo(entry.causedByFailure() ? "да" : "нет");
        }
        assertThat(written.getSheetAt(2).getLastRowNum()).isEqualTo(report.fewMarks().size());
    }

    @Test
    @Tag("REP-5")
    @Tag("ARC-7")
    @DisplayName("ARC-7: a late absence caused by a declared failure is «да» in «Вызвано сбоем», one late by its author «нет» with its lateness in hours")
    void lateEntriesKnownAnswer() {
        XSSFSheet late = FormChecks.sheets(form, report).getSheetAt(1);

        assertThat(late.getLastRowNum()).isEqualTo(2);
        List<Object> byFailure = FormChecks.row(late, 1);
        assertThat(byFailure.subList(0, 2)).containsExactly("5А", "math");
        assertThat(byFailure.get(3)).isEqualTo("отметка о посещаемости");
        assertThat(byFailure.get(5)).isEqualTo(FRIDAY.atStartOfDay());
        assertThat(byFailure.get(7)).isEqualTo(IVANOV);
        assertThat(byFailure.get(9)).isEqualTo(FRIDAY.atTime(13, 0));
        assertThat(byFailure.get(12)).isEqualTo("да");
        List<Object> byAuthor = FormChecks.row(late, 2);
        assertThat(byAuthor.subList(0, 2)).containsExactly("5А", "rus");
        assertThat(byAuthor.get(5)).isEqualTo(MONDAY.atStartOfDay());
        assertThat(byAuthor.get(12)).isEqualTo("нет");
        LateEntry entry = report.row(RUSSIAN_5A).orElseThrow().lateEntries().get(0);
        assertThat(entry.lateBy()).isGreaterThan(Duration.ofDays(3));
        assertThat((double) byAuthor.get(11)).isEqualTo(entry.lateBy().getSeconds() / 3600.0, org.assertj.core.data.Offset.offset(0.005));
    }

    @Test
    @Tag("REP-5")
    @DisplayName("REP-5: late entries by their authors and by a failure counted apart (ARC-7), summed in the total row; every pupil of the quarter has fewer than three marks, each a row")
    void countsKnownAnswer() {
        XSSFWorkbook written = FormChecks.sheets(form, report);
        XSSFSheet journals = written.getSheetAt(0);
        List<String> headers = FormChecks.headers(journals);
        int late = headers.indexOf("Записей не в срок");
        List<Object> math = FormChecks.row(journals, 1);
        List<Object> russian = FormChecks.row(journals, 2);
        List<Object> total = FormChecks.row(journals, journals.getLastRowNum());
        assertThat(List.of(math.get(late), math.get(late + 1))).containsExactly(0.0, 1.0);
        assertThat(List.of(russian.get(late), russian.get(late + 1))).containsExactly(1.0, 0.0);
        assertThat(List.of(total.get(late), total.get(late + 1))).containsExactly(1.0, 1.0);
        assertThat(math.get(headers.indexOf("Текущих отметок"))).isEqualTo(4.0);
        assertThat(written.getSheetAt(2).getLastRowNum()).isEqualTo(6);
        assertThat(FormChecks.row(written.getSheetAt(2), 1).get(3)).isEqualTo("1 четверть");
    }
}
