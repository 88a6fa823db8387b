package org.schooljournal.adapter.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schooljournal.adapter.pdf.PrintedSchool.ALEKSEEVA;
import static org.schooljournal.adapter.pdf.PrintedSchool.HEAD;
import static org.schooljournal.adapter.pdf.PrintedSchool.ID;
import static org.schooljournal.adapter.pdf.PrintedSchool.IVANOV;
import static org.schooljournal.adapter.pdf.PrintedSchool.MATH;
import static org.schooljournal.adapter.pdf.PrintedSchool.MATH_5A;
import static org.schooljournal.adapter.pdf.PrintedSchool.MONDAY;
import static org.schooljournal.adapter.pdf.PrintedSchool.lesson;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.journal.AbsenceCode;
import org.schooljournal.core.journal.Mark;
import org.schooljournal.core.journal.RecordAbsence;
import org.schooljournal.core.journal.RecordMark;
import org.schooljournal.core.journal.WorkKind;
import org.schooljournal.core.printout.PrintedFile;
import org.schooljournal.core.printout.PrintedForm;
import org.schooljournal.core.printout.RecordPrintout;
import org.schooljournal.core.reports.JournalControl;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.school.DeclareTechnicalFailure;

@Tag("REP-5")
@DisplayName("REP-5: the printed control of the journals, PDF/A-2b")
class JournalControlPdfTest {

    private final PrintedSchool school = PrintedSchool.setUp();

    private Instant local(LocalDate date, LocalTime time) {
        return LocalDateTime.of(date, time).atZone(PrintedSchool.ZONE).toInstant();
    }

    private byte[] print(JournalControl control) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JournalControlPdf.write(control, school.header(), Roster.of(school.engine.schools().state(HEAD, ID)), out);
        VeraPdf.assertPdfA2b(out.toByteArray());
        return out.toByteArray();
    }

    @Test
    @Tag("ARC-7")
    @DisplayName("REP-5, ARC-7: the eight directions per journal, teacher, class and in all; an absence late by its teacher and one late because of a declared failure listed apart, each with how late")
    void directionsAndLateEntries() {
        school.at(MONDAY, LocalTime.of(12, 30));
        school.engine.execute(MATH, new RecordAbsence(ID, MATH_5A, lesson(MONDAY, 1), IVANOV, AbsenceCode.UNEXCUSED));
        school.at(MONDAY.plusDays(1), LocalTime.of(12, 0, 1));
        school.engine.execute(MATH, new RecordAbsence(ID, MATH_5A, lesson(MONDAY, 1), ALEKSEEVA, AbsenceCode.ILLNESS));
        school.at(MONDAY.plusDays(1), LocalTime.of(13, 0));
        school.engine.execute(HEAD, new DeclareTechnicalFailure(ID, local(MONDAY, LocalTime.of(8, 0)),
                local(MONDAY, LocalTime.of(12, 0)), "нет интернета в школе"));
        school.at(MONDAY.plusDays(5), LocalTime.of(10, 0));
        JournalControl control = school.engine.reports().control(HEAD, ID, MONDAY, MONDAY.plusDays(4),
                school.clock.instant(), JournalControl.DEFAULT_MINIMUM_MARKS);

        String text = VeraPdf.text(print(control));

        String maths = "Журнал 5А, Математика (Петрова Мария Ивановна)";
        assertThat(text).contains("Контроль ведения электронных журналов",
                "С 12.10.2026 по 16.10.2026, по состоянию на 17.10.2026 10:00",
                "1. Уроки записаны в срок (LES-2)", maths + " 2 0 0,0 % 0", "Журнал 5А, Русский язык (Сидорова Ольга Петровна) 1 0 0,0 % 0",
                "Учитель Петрова Мария Ивановна 2 0 0,0 % 0", "Класс 5А 3 0 0,0 % 0", "Итого 3 0 0,0 % 0",
                "2. Отметки выставлены в срок", maths + " 0 0 0",
                "3. Наполняемость отметок", maths + " 0 0 — 0 0",
                "4. Учёт посещаемости (ATT-1, ATT-2)", maths + " 0 2 1 1", "Итого 0 2 1 1",
                "5. Выполнение программы по КТП (YR-8)", maths + " 0 0 0 — 0",
                "6. Домашние задания (LES-3, LES-4)", maths + " 0 0 — 0 0",
                "7. Объём домашних заданий", "Норма объёма домашнего задания не установлена",
                "8. Замены и непроведённые уроки (LES-5)", maths + " 2 0 2", "Итого 3 0 3",
                "Все записи с опозданием", maths + " 1 1",
                "Записи, внесённые с опозданием по вине автора\n",
                "5А, Математика 2 отсутствие 12.10.2026, 1 Алексеева Анна Петрова Мария Ивановна 13.10.2026 12:00 12.10.2026 08:50 1 д 03:10 ATT-2",
                "Записи, внесённые с опозданием из-за технического сбоя (ARC-7), учтены отдельно\n",
                "5А, Математика 1 отсутствие 12.10.2026, 1 Иванов Пётр Петрова Мария Ивановна 12.10.2026 12:30 12.10.2026 08:50 03:40 ATT-2",
                PrintedSchool.NAME);
        assertThat(text.indexOf("Иванов Пётр Петрова")).as("the failure's entry comes after the heading that sets it apart")
                .isGreaterThan(text.indexOf("из-за технического сбоя (ARC-7), учтены отдельно"));
    }

    @Test
    @DisplayName("REP-5: over the quarter, the pupils with fewer marks than the minimum before the period mark, and the marks per pupil per lesson")
    void fewMarks() {
        school.at(MONDAY, LocalTime.of(8, 40));
        school.engine.execute(MATH, RecordMark.of(ID, MATH_5A, lesson(MONDAY, 1), IVANOV, Mark.of("5"), WorkKind.ORAL));
        school.at(PrintedSchool.QUARTER_END.plusDays(1), LocalTime.of(10, 0));
        JournalControl control = school.engine.reports().control(HEAD, ID, PrintedSchool.FIRST_DAY,
                PrintedSchool.QUARTER_END, school.clock.instant(), 2);

        String text = VeraPdf.text(print(control));

        assertThat(text).contains("Наименьшее число текущих отметок за период до итоговой: 2",
                "Обучающиеся, у которых меньше 2 текущих отметок за период",
                "5А, Математика Иванов Пётр 1-я четверть 1", "5А, Математика Алексеева Анна 1-я четверть 0",
                "5А, Русский язык Ёлкин Борис 1-я четверть 0");
        var counts = control.row(MATH_5A).orElseThrow().counts();
        assertThat(text).contains("Журнал 5А, Математика (Петрова Мария Ивановна) 1 " + counts.pupilLessons() + " "
                + Figures.ratio(counts.marksPerPupilLesson()) + " 3 3");
    }

    @Test
    @Tag("ARC-1")
    @Tag("ARC-2")
    @DisplayName("REP-5, ARC-1, ARC-2: the year's printouts for the archive: not yet due, printed on time, overdue, printed late")
    void printouts() {
        List<PrintedFile> files = List.of(new PrintedFile("5А.pdf", "a".repeat(64), 1000));
        school.at(LocalDate.of(2027, 6, 15), LocalTime.of(10, 0));
        school.engine.execute(HEAD, new RecordPrintout(ID, PrintedForm.CLASS_JOURNALS, files));
        school.at(LocalDate.of(2027, 7, 2), LocalTime.of(10, 0));
        school.engine.execute(HEAD, new RecordPrintout(ID, PrintedForm.SUMMARY_SHEETS, files));

        String june = VeraPdf.text(print(control(local(LocalDate.of(2027, 6, 1), LocalTime.NOON))));
        String july = VeraPdf.text(print(control(local(LocalDate.of(2027, 7, 1), LocalTime.NOON))));
        String now = VeraPdf.text(print(control(school.clock.instant())));

        assertThat(june).contains("Печать журналов и сводных ведомостей для архива (ARC-1, ARC-2)",
                "Классные журналы (ARC-1) 2026/2027 30.06.2027 не напечатано, срок не истёк",
                "Сводные ведомости (ARC-2) 2026/2027 30.06.2027 не напечатано, срок не истёк");
        assertThat(july).contains("Классные журналы (ARC-1) 2026/2027 30.06.2027 напечатано в срок 15.06.2027 10:00 1",
                "Сводные ведомости (ARC-2) 2026/2027 30.06.2027 не напечатано, срок истёк");
        assertThat(now).contains("Классные журналы (ARC-1) 2026/2027 30.06.2027 напечатано в срок 15.06.2027 10:00 1",
                "Сводные ведомости (ARC-2) 2026/2027 30.06.2027 напечатано с опозданием 02.07.2027 10:00 1");
    }

    private JournalControl control(Instant asOf) {
        return school.engine.reports().control(HEAD, ID, MONDAY, MONDAY.plusDays(4), asOf,
                JournalControl.DEFAULT_MINIMUM_MARKS);
    }
}
