package org.schooljournal.adapter.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schooljournal.adapter.pdf.PrintedSchool.HEAD;
import static org.schooljournal.adapter.pdf.PrintedSchool.ID;
import static org.schooljournal.adapter.pdf.PrintedSchool.IVANOV;
import static org.schooljournal.adapter.pdf.PrintedSchool.MATH;
import static org.schooljournal.adapter.pdf.PrintedSchool.MATH_5A;
import static org.schooljournal.adapter.pdf.PrintedSchool.MONDAY;
import static org.schooljournal.adapter.pdf.PrintedSchool.lesson;

import java.io.ByteArrayOutputStream;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.diary.DiaryExtract;
import org.schooljournal.core.diary.ExtractWeek;
import org.schooljournal.core.journal.AssignHomework;
import org.schooljournal.core.journal.LessonKind;
import org.schooljournal.core.journal.Mark;
import org.schooljournal.core.journal.RecordMark;
import org.schooljournal.core.journal.RecordTopic;
import org.schooljournal.core.journal.WorkKind;

@Tag("DRY-4")
@DisplayName("DRY-4: the printed weekly extract of the diary for guardians, PDF/A-2b")
class DiaryExtractPdfTest {

    @Test
    @Tag("UX-1")
    @DisplayName("DRY-4: the week's extract is PDF/A-2b and shows its header, each day, the lesson's topic, homework and mark, and the signature lines")
    void weekOfIvanov() {
        PrintedSchool school = PrintedSchool.setUp();
        school.journal(MATH, MONDAY, LocalTime.of(8, 35),
                new RecordTopic(ID, MATH_5A, lesson(MONDAY, 1), "Обыкновенные дроби", LessonKind.LESSON));
        school.engine.execute(MATH, new AssignHomework(ID, MATH_5A, lesson(MONDAY, 1), Optional.empty(), "№ 12",
                Optional.empty()));
        school.engine.execute(MATH, RecordMark.of(ID, MATH_5A, lesson(MONDAY, 1), IVANOV, Mark.of("5"), WorkKind.ORAL));
        ExtractWeek week = ExtractWeek.containing(MONDAY);
        DiaryExtract extract = school.engine.diaries().extract(HEAD, ID, IVANOV, week.from(), week.to());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        DiaryExtractPdf.write(extract, school.header(), out);

        VeraPdf.assertPdfA2b(out.toByteArray());
        String text = VeraPdf.text(out.toByteArray());
        assertThat(text).contains(extract.title()).contains(extract.headerLines()).contains(extract.footerLines())
                .contains("понедельник, 12.10.2026", "воскресенье, 18.10.2026", "Обыкновенные дроби", "№ 12",
                        "5 (Устный ответ)", "Математика");
    }
}
