package org.schooljournal.adapter.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schooljournal.adapter.pdf.PrintedSchool.ALEKSEEVA;
import static org.schooljournal.adapter.pdf.PrintedSchool.HEAD;
import static org.schooljournal.adapter.pdf.PrintedSchool.ID;
import static org.schooljournal.adapter.pdf.PrintedSchool.IVANOV;
import static org.schooljournal.adapter.pdf.PrintedSchool.MATH;
import static org.schooljournal.adapter.pdf.PrintedSchool.MATH_5A;
import static org.schooljournal.adapter.pdf.PrintedSchool.RUSSIAN;
import static org.schooljournal.adapter.pdf.PrintedSchool.RUSSIAN_5A;
import static org.schooljournal.adapter.pdf.PrintedSchool.YOLKIN;

import java.io.ByteArrayOutputStream;
import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.journal.Mark;
import org.schooljournal.core.journal.PeriodRef;
import org.schooljournal.core.journal.SetPeriodMark;
import org.schooljournal.core.reports.SummarySheet;
import org.schooljournal.rules.calendar.PeriodKind;

@Tag("ARC-2")
@Tag("REP-8")
@DisplayName("ARC-2, REP-8: the printed summary sheet, PDF/A-2b")
class SummarySheetPdfTest {

    private static final PeriodRef FIRST_QUARTER = PeriodRef.of(PeriodKind.QUARTER, 1);

    @Test
    @Tag("UX-1")
    @DisplayName("ARC-2: the sheet is PDF/A-2b and shows the class, the period, the subjects by name and every student's line with their marks")
    void everyStudentsMarks() {
        PrintedSchool school = PrintedSchool.setUp();
        school.at(PrintedSchool.QUARTER_END, LocalTime.of(12, 0));
        school.engine.execute(MATH, new SetPeriodMark(ID, MATH_5A, FIRST_QUARTER, IVANOV, Mark.of("5")));
        school.engine.execute(MATH, new SetPeriodMark(ID, MATH_5A, FIRST_QUARTER, ALEKSEEVA, Mark.of("4")));
        school.engine.execute(MATH, new SetPeriodMark(ID, MATH_5A, FIRST_QUARTER, YOLKIN, Mark.of("3")));
        school.engine.execute(RUSSIAN, new SetPeriodMark(ID, RUSSIAN_5A, FIRST_QUARTER, IVANOV, Mark.of("2")));
        school.engine.execute(RUSSIAN, new SetPeriodMark(ID, RUSSIAN_5A, FIRST_QUARTER, ALEKSEEVA, Mark.of("5")));
        SummarySheet sheet = school.engine.reports().summarySheet(HEAD, ID, "5А");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        SummarySheetPdf.write(sheet, school.header(), out);

        VeraPdf.assertPdfA2b(out.toByteArray());
        assertThat(VeraPdf.text(out.toByteArray())).contains("Сводная ведомость итоговых отметок", "Класс 5А",
                "1-я четверть", "№ Обучающийся Математика Русский язык", "1 Алексеева Анна 4 5", "2 Ёлкин Борис 3",
                "3 Иванов Пётр 5 2", "Лист 1 из 1", PrintedSchool.NAME);
    }
}
