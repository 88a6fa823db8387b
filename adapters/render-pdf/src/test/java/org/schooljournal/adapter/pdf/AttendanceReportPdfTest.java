package org.schooljournal.adapter.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schooljournal.adapter.pdf.PrintedSchool.ALEKSEEVA;
import static org.schooljournal.adapter.pdf.PrintedSchool.HEAD;
import static org.schooljournal.adapter.pdf.PrintedSchool.ID;
import static org.schooljournal.adapter.pdf.PrintedSchool.IVANOV;
import static org.schooljournal.adapter.pdf.PrintedSchool.MATH;
import static org.schooljournal.adapter.pdf.PrintedSchool.MATH_5A;
import static org.schooljournal.adapter.pdf.PrintedSchool.MONDAY;
import static org.schooljournal.adapter.pdf.PrintedSchool.RUSSIAN;
import static org.schooljournal.adapter.pdf.PrintedSchool.RUSSIAN_5A;
import static org.schooljournal.adapter.pdf.PrintedSchool.WEDNESDAY;
import static org.schooljournal.adapter.pdf.PrintedSchool.lesson;

import java.io.ByteArrayOutputStream;
import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.journal.AbsenceCode;
import org.schooljournal.core.journal.RecordAbsence;
import org.schooljournal.core.reports.AttendanceReport;

@Tag("ATT-3")
@DisplayName("ATT-3: the printed control report of missed lessons, with its chart, PDF/A-2b")
class AttendanceReportPdfTest {

    @Test
    @DisplayName("ATT-3: the report is PDF/A-2b and shows each student's lessons by code, the days, the totals and a labelled bar each")
    void missedLessons() {
        PrintedSchool school = PrintedSchool.setUp();
        school.journal(MATH, MONDAY, LocalTime.of(8, 35),
                new RecordAbsence(ID, MATH_5A, lesson(MONDAY, 1), IVANOV, AbsenceCode.ILLNESS));
        school.journal(RUSSIAN, MONDAY, LocalTime.of(9, 25),
                new RecordAbsence(ID, RUSSIAN_5A, lesson(MONDAY, 2), IVANOV, AbsenceCode.ILLNESS));
        school.journal(MATH, WEDNESDAY, LocalTime.of(9, 25),
                new RecordAbsence(ID, MATH_5A, lesson(WEDNESDAY, 2), ALEKSEEVA, AbsenceCode.UNEXCUSED));
        AttendanceReport report = school.engine.reports().attendance(HEAD, ID, "5А", MONDAY, MONDAY.plusDays(4));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        AttendanceReportPdf.write(report, school.header(), out);

        VeraPdf.assertPdfA2b(out.toByteArray());
        assertThat(VeraPdf.text(out.toByteArray())).contains("Отчёт о пропущенных уроках",
                "Класс 5А, с 12.10.2026 по 16.10.2026", "1 Алексеева Анна 1 0 0 1 1", "2 Ёлкин Борис 0 0 0 0 0",
                "3 Иванов Пётр 0 2 0 2 1", "Итого 1 2 0 3 2", "Пропущено уроков", "Иванов Пётр 2");
    }
}
