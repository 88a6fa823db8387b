package org.schooljournal.adapter.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schooljournal.adapter.pdf.PrintedSchool.ALEKSEEVA;
import static org.schooljournal.adapter.pdf.PrintedSchool.HEAD;
import static org.schooljournal.adapter.pdf.PrintedSchool.ID;
import static org.schooljournal.adapter.pdf.PrintedSchool.IVANOV;
import static org.schooljournal.adapter.pdf.PrintedSchool.MATH;
import static org.schooljournal.adapter.pdf.PrintedSchool.MATH_5A;
import static org.schooljournal.adapter.pdf.PrintedSchool.MONDAY;
import static org.schooljournal.adapter.pdf.PrintedSchool.WEDNESDAY;
import static org.schooljournal.adapter.pdf.PrintedSchool.YOLKIN;
import static org.schooljournal.adapter.pdf.PrintedSchool.lesson;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.journal.AbsenceCode;
import org.schooljournal.core.journal.AssignHomework;
import org.schooljournal.core.journal.CorrectEntry;
import org.schooljournal.core.journal.EntryRef;
import org.schooljournal.core.journal.LessonKind;
import org.schooljournal.core.journal.Mark;
import org.schooljournal.core.journal.RecordAbsence;
import org.schooljournal.core.journal.RecordMark;
import org.schooljournal.core.journal.RecordTopic;
import org.schooljournal.core.journal.WorkKind;
import org.schooljournal.core.school.DeclareTechnicalFailure;

@Tag("ARC-1")
@DisplayName("ARC-1: the printed class journal, PDF/A-2b, with its annexes and closing sheet")
class ClassJournalPdfTest {

    private final PrintedSchool school = PrintedSchool.setUp();

    /**
     * Mathematics: Monday's lesson with its topic, homework, Ivanov's «5» corrected to «4»,
     * Yolkin absent; Alekseeva's absence on Monday recorded on Tuesday afternoon (late, by the
     * teacher); Wednesday's absence of Yolkin recorded after a declared failure (late, by the failure).
     */
    @BeforeEach
    void entries() {
        school.journal(MATH, MONDAY, LocalTime.of(8, 35),
                new RecordTopic(ID, MATH_5A, lesson(MONDAY, 1), "Обыкновенные дроби", LessonKind.LESSON));
        school.engine.execute(MATH, new AssignHomework(ID, MATH_5A, lesson(MONDAY, 1), Optional.empty(),
                "№ 12, стр. 45", Optional.empty()));
        school.engine.execute(MATH, RecordMark.of(ID, MATH_5A, lesson(MONDAY, 1), IVANOV, Mark.of("5"), WorkKind.ORAL));
        school.engine.execute(MATH, new RecordAbsence(ID, MATH_5A, lesson(MONDAY, 1), YOLKIN, AbsenceCode.UNEXCUSED));
        school.journal(MATH, MONDAY, LocalTime.of(10, 0),
                CorrectEntry.mark(ID, new EntryRef(MATH_5A, 3), Mark.of("4"), "описка в отметке"));
        school.journal(MATH, MONDAY.plusDays(1), LocalTime.of(15, 0),
                new RecordAbsence(ID, MATH_5A, lesson(MONDAY, 1), ALEKSEEVA, AbsenceCode.ILLNESS));
        school.at(WEDNESDAY, LocalTime.of(12, 10));
        school.engine.execute(HEAD, new DeclareTechnicalFailure(ID,
                WEDNESDAY.atTime(8, 0).atZone(PrintedSchool.ZONE).toInstant(),
                WEDNESDAY.atTime(12, 0).atZone(PrintedSchool.ZONE).toInstant(), "нет интернета в школе"));
        school.journal(MATH, WEDNESDAY, LocalTime.of(12, 30),
                new RecordAbsence(ID, MATH_5A, lesson(WEDNESDAY, 2), YOLKIN, AbsenceCode.UNEXCUSED));
        school.at(LocalDate.of(2026, 10, 26), LocalTime.of(9, 0));
    }

    private ClassJournal journal() {
        return ClassJournal.read(school.engine, HEAD, ID, "5А", PrintedSchool.FIRST_DAY, PrintedSchool.QUARTER_END);
    }

    private byte[] printed() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ClassJournalPdf.write(journal(), school.header(), out);
        return out.toByteArray();
    }

    @Test
    @Tag("UX-1")
    @DisplayName("ARC-1: the journal is PDF/A-2b with its font embedded, and shows the school, the subjects, the students, the topic, the homework and the grid's cells")
    void validAndComplete() {
        byte[] pdf = printed();

        VeraPdf.assertPdfA2b(pdf);
        assertThat(VeraPdf.text(pdf)).contains(PrintedSchool.NAME, "Код ОО: 86-001", "Классный журнал",
                "Математика — учитель Петрова Мария Ивановна", "Русский язык — учитель Сидорова Ольга Петровна",
                "Алексеева Анна", "Ёлкин Борис", "Иванов Пётр", "Обыкновенные дроби", "№ 12, стр. 45", "12.10");
    }

    @Test
    @Tag("MRK-10")
    @DisplayName("ARC-1, MRK-10: the corrections annex shows the original value, the new one, who, when and why")
    void corrections() {
        String text = VeraPdf.text(printed());

        assertThat(text).contains("Приложение: исправления")
                .containsPattern("3 12\\.10\\.2026, 1 Иванов Пётр 5 4 Петрова Мария\\s+Ивановна 12\\.10\\.2026 10:00 описка в отметке");
    }

    @Test
    @Tag("ARC-7")
    @DisplayName("ARC-1, ARC-7: the lateness annex lists the teacher's late entries and, apart, those a declared failure caused")
    void lateness() {
        var maths = journal().subjects().get(0);
        assertThat(maths.late()).as("the teacher's").hasSize(1);
        assertThat(maths.lateByFailure()).as("the failure's").hasSize(1);

        String text = VeraPdf.text(printed());

        assertThat(text).contains("Приложение: записи, внесённые с опозданием")
                .containsPattern("Алексеева Анна б ATT-2 .* по вине учителя")
                .containsPattern("Ёлкин Борис н ATT-2 .* сбой \\(ARC-7\\)");
    }

    @Test
    @DisplayName("ARC-1: every page is numbered «Лист N из M», and the closing sheet counts every page, itself included")
    void closingSheet() {
        byte[] pdf = printed();
        int pages = VeraPdf.pages(pdf);
        String text = VeraPdf.text(pdf);

        assertThat(pages).isGreaterThan(1);
        for (int page = 1; page <= pages; page++) {
            assertThat(text).contains("Лист " + page + " из " + pages);
        }
        assertThat(text).contains("Заверительный лист", "Прошнуровано, пронумеровано и скреплено печатью "
                + FormTexts.text("journal.closing.sheets", pages).substring("Прошнуровано, пронумеровано и скреплено печатью ".length()))
                .contains("скреплено печатью " + pages + " ").contains("Директор", "М. П.");
    }
}
