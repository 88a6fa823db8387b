package org.schooljournal.adapter.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schooljournal.adapter.xlsx.XlsxSchool.ALEKSEEVA;
import static org.schooljournal.adapter.xlsx.XlsxSchool.FRIDAY;
import static org.schooljournal.adapter.xlsx.XlsxSchool.HEAD;
import static org.schooljournal.adapter.xlsx.XlsxSchool.ID;
import static org.schooljournal.adapter.xlsx.XlsxSchool.IVANOV;
import static org.schooljournal.adapter.xlsx.XlsxSchool.MATH;
import static org.schooljournal.adapter.xlsx.XlsxSchool.MATH_5A;
import static org.schooljournal.adapter.xlsx.XlsxSchool.MONDAY;
import static org.schooljournal.adapter.xlsx.XlsxSchool.YOLKIN;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.journal.AbsenceCode;
import org.schooljournal.core.journal.LessonKind;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.Mark;
import org.schooljournal.core.journal.RecordAbsence;
import org.schooljournal.core.journal.RecordMark;
import org.schooljournal.core.journal.RecordTopic;
import org.schooljournal.core.journal.WorkKind;
import org.schooljournal.core.programme.ScheduleControlWork;
import org.schooljournal.core.reports.ControlWorkReport;

@DisplayName("The results of the control works as a workbook (REP-2)")
class ControlWorkReportFormTest {

    private final ControlWorkReport report = written();

    /** Friday's work: Алексеева «5», Ёлкин «3», Иванов absent; the next Monday's, not written yet. */
    private static ControlWorkReport written() {
        XlsxSchool school = XlsxSchool.registered();
        school.engine.execute(HEAD, new ScheduleControlWork(ID, "5А", "math", FRIDAY, "контрольная работа"));
        school.engine.execute(HEAD, new ScheduleControlWork(ID, "5А", "math", MONDAY.plusWeeks(1), "диктант"));
        school.at(FRIDAY, LocalTime.of(8, 35));
        LessonRef friday = new LessonRef(FRIDAY, 1);
        school.engine.execute(MATH, new RecordTopic(ID, MATH_5A, friday, "Контрольная работа", LessonKind.CONTROL_WORK));
        school.engine.execute(MATH, RecordMark.of(ID, MATH_5A, friday, ALEKSEEVA, Mark.of("5"), WorkKind.CONTROL_WORK));
        school.engine.execute(MATH, RecordMark.of(ID, MATH_5A, friday, YOLKIN, Mark.of("3"), WorkKind.CONTROL_WORK));
        school.engine.execute(MATH, new RecordAbsence(ID, MATH_5A, friday, IVANOV, AbsenceCode.UNEXCUSED));
        return school.engine.reports().controlWorks(HEAD, ID, MONDAY, MONDAY.plusWeeks(2),
                Instant.parse("2027-01-01T00:00:00Z"));
    }

    @Test
    @Tag("REP-2")
    @DisplayName("REP-2: a row per scheduled work; read back with POI it equals the report cell by cell")
    void equalsTheModel() {
        XSSFSheet written = FormChecks.written(new ControlWorkReportForm(), report);

        assertThat(written.getSheetName()).isEqualTo("Контрольные работы");
        assertThat(FormChecks.headers(written)).containsExactly("Дата", "Класс, группа", "Предмет", "Форма контроля",
                "Учитель", "Обучающихся", "Отметок «5»", "Отметок «3»", "Учтено", "Успевают", "На «4» и «5»",
                "Не учтено", "Без отметки", "Успеваемость", "Качество");
        assertThat(written.getLastRowNum()).isEqualTo(report.works().size());
        for (int i = 0; i < report.works().size(); i++) {
            ControlWorkReport.Work work = report.works().get(i);
            assertThat(FormChecks.row(written, i + 1).subList(0, 8)).containsExactly(work.date().atStartOfDay(),
                    work.holderCode(), work.subject(), work.form(), work.teacher(), (double) work.pupils(),
                    (double) work.marks().getOrDefault("5", 0), (double) work.marks().getOrDefault("3", 0));
        }
    }

    @Test
    @Tag("REP-2")
    @DisplayName("REP-2: marks 5 and 3 with one pupil absent → success 100 %, quality 50 %; a work not written has empty percents")
    void knownAnswer() {
        XSSFSheet written = FormChecks.written(new ControlWorkReportForm(), report);

        assertThat(FormChecks.row(written, 1)).isEqualTo(Arrays.asList(FRIDAY.atStartOfDay(), "5А", "Математика",
                "контрольная работа", report.works().get(0).teacher(), 3.0, 1.0, 1.0, 2.0, 2.0, 1.0, 1.0, 0.0, 1.0, 0.5));
        List<Object> notWritten = FormChecks.row(written, 2);
        assertThat(notWritten.subList(3, 4)).containsExactly("диктант");
        assertThat(notWritten.subList(6, 15)).containsExactly(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, null, null);
    }
}
