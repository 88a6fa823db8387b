package org.schooljournal.adapter.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schooljournal.adapter.pdf.PrintedSchool.HEAD;
import static org.schooljournal.adapter.pdf.PrintedSchool.ID;
import static org.schooljournal.adapter.pdf.PrintedSchool.MATH;
import static org.schooljournal.adapter.pdf.PrintedSchool.MATH_5A;
import static org.schooljournal.adapter.pdf.PrintedSchool.RUSSIAN;
import static org.schooljournal.adapter.pdf.PrintedSchool.RUSSIAN_5A;
import static org.schooljournal.adapter.pdf.PrintedSchool.lesson;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.diary.ExtractWeek;
import org.schooljournal.core.journal.AbsenceCode;
import org.schooljournal.core.journal.AssignHomework;
import org.schooljournal.core.journal.CorrectEntry;
import org.schooljournal.core.journal.EntryRef;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.LessonKind;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.Mark;
import org.schooljournal.core.journal.PeriodRef;
import org.schooljournal.core.journal.RecordAbsence;
import org.schooljournal.core.journal.RecordMark;
import org.schooljournal.core.journal.RecordTopic;
import org.schooljournal.core.journal.Recorded;
import org.schooljournal.core.journal.SetPeriodMark;
import org.schooljournal.core.journal.WorkKind;
import org.schooljournal.core.reports.JournalControl;
import org.schooljournal.core.reports.ResultCounting;
import org.schooljournal.core.roster.EnrolStudent;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.rules.calendar.PeriodKind;

/**
 * Prints a sample of each form from a quarter of class 5А into {@code target/printed-forms/}, the
 * pages docs/reports.md shows (made with {@code pdftoppm -png -r 60 -f 1 -l 1}), and checks each
 * is PDF/A-2b.
 */
@DisplayName("ARC-1, ARC-2, DRY-4, ATT-3, REP-1, REP-5: a sample of each printed form, as docs/reports.md shows it")
class PrintedFormSamplesTest {

    private static final String[][] MORE = {{"Борисова", "Дарья"}, {"Васильев", "Глеб"}, {"Григорьева", "Ева"},
            {"Дмитриев", "Захар"}, {"Егорова", "Ирина"}, {"Жуков", "Кирилл"}, {"Зайцева", "Лидия"}, {"Ильин", "Максим"},
            {"Козлова", "Нина"}, {"Лебедев", "Олег"}, {"Морозова", "Полина"}, {"Новиков", "Роман"}};
    private static final String[] TOPICS = {"Натуральные числа", "Сложение и вычитание", "Умножение", "Деление с остатком",
            "Упрощение выражений", "Уравнения", "Степень числа", "Площадь прямоугольника", "Объём куба", "Обыкновенные дроби"};

    @Test
    @DisplayName("the samples of the class journal, the summary sheet, the diary extract, the attendance report, the success rate and the control of the journals are PDF/A-2b")
    void samples() throws IOException {
        PrintedSchool school = PrintedSchool.setUp();
        for (int i = 0; i < MORE.length; i++) {
            school.school(new EnrolStudent(ID, "s-" + i, MORE[i][0], MORE[i][1], "", LocalDate.of(2015, 5, 1), "5А",
                    PrintedSchool.FIRST_DAY));
        }
        List<String> students = new ArrayList<>(List.of(PrintedSchool.IVANOV, PrintedSchool.ALEKSEEVA, PrintedSchool.YOLKIN));
        for (int i = 0; i < MORE.length; i++) {
            students.add("s-" + i);
        }
        int topic = 0;
        Recorded firstMark = null;
        for (LocalDate day = LocalDate.of(2026, 10, 5); !day.isAfter(PrintedSchool.QUARTER_END); day = day.plusDays(1)) {
            for (LessonRef lesson : lessonsOf(day)) {
                boolean maths = lesson.slot() == 1 || day.getDayOfWeek() == DayOfWeek.WEDNESDAY;
                JournalKey key = maths ? MATH_5A : RUSSIAN_5A;
                var teacher = maths ? MATH : RUSSIAN;
                school.journal(teacher, day, LocalTime.of(8, 35).plusMinutes(50L * (lesson.slot() - 1)),
                        new RecordTopic(ID, key, lesson, TOPICS[topic++ % TOPICS.length], LessonKind.LESSON));
                school.engine.execute(teacher, new AssignHomework(ID, key, lesson, Optional.empty(),
                        "§ " + topic + ", № " + (100 + topic), Optional.empty()));
                for (int s = 0; s < students.size(); s++) {
                    int draw = (s * 7 + topic * 5) % 9;
                    if (draw < 3) {
                        Recorded mark = school.engine.execute(teacher, RecordMark.of(ID, key, lesson, students.get(s),
                                Mark.of(String.valueOf(5 - draw)), WorkKind.ORAL));
                        firstMark = firstMark == null ? mark : firstMark;
                    } else if (draw == 3) {
                        school.engine.execute(teacher, new RecordAbsence(ID, key, lesson, students.get(s),
                                s % 3 == 0 ? AbsenceCode.ILLNESS : AbsenceCode.UNEXCUSED));
                    }
                }
            }
        }
        school.at(PrintedSchool.QUARTER_END, LocalTime.of(11, 0));
        school.engine.execute(MATH, CorrectEntry.mark(ID, firstMark.entry(), Mark.of("4"), "описка в отметке"));
        school.at(PrintedSchool.QUARTER_END.plusDays(2), LocalTime.of(18, 0));
        school.engine.execute(MATH, new RecordAbsence(ID, MATH_5A, lesson(PrintedSchool.WEDNESDAY, 2),
                PrintedSchool.YOLKIN, AbsenceCode.EXCUSED));
        PeriodRef quarter = PeriodRef.of(PeriodKind.QUARTER, 1);
        for (int s = 0; s < students.size(); s++) {
            school.engine.execute(MATH, new SetPeriodMark(ID, MATH_5A, quarter, students.get(s), Mark.of(String.valueOf(5 - s % 3))));
            school.engine.execute(RUSSIAN, new SetPeriodMark(ID, RUSSIAN_5A, quarter, students.get(s), Mark.of(String.valueOf(5 - s % 4 % 3))));
        }
        school.at(LocalDate.of(2026, 10, 26), LocalTime.of(10, 0));
        SchoolHeader header = school.header();
        Path folder = Files.createDirectories(Path.of("target", "printed-forms"));

        write(folder.resolve("class-journal.pdf"), out -> ClassJournalPdf.write(ClassJournal.read(school.engine, HEAD, ID, "5А",
                LocalDate.of(2026, 10, 5), PrintedSchool.QUARTER_END), header, out));
        write(folder.resolve("summary-sheet.pdf"), out -> SummarySheetPdf.write(
                school.engine.reports().summarySheet(HEAD, ID, "5А"), header, out));
        ExtractWeek week = ExtractWeek.containing(PrintedSchool.MONDAY);
        write(folder.resolve("diary-extract.pdf"), out -> DiaryExtractPdf.write(
                school.engine.diaries().extract(HEAD, ID, PrintedSchool.IVANOV, week.from(), week.to()), header, out));
        write(folder.resolve("attendance-report.pdf"), out -> AttendanceReportPdf.write(
                school.engine.reports().attendance(HEAD, ID, "5А", LocalDate.of(2026, 10, 5), PrintedSchool.QUARTER_END),
                header, out));
        write(folder.resolve("success-rate.pdf"), out -> SuccessRatePdf.write(school.engine.reports().success(HEAD, ID, "5А",
                quarter, ResultCounting.DEFAULT, school.clock.instant()), header, out));
        write(folder.resolve("success-rate-periods.pdf"), out -> SuccessRatePdf.writeOverPeriods(List.of(
                school.engine.reports().success(HEAD, ID, quarter, ResultCounting.DEFAULT, school.clock.instant())),
                header, out));
        write(folder.resolve("journal-control.pdf"), out -> JournalControlPdf.write(school.engine.reports().control(HEAD, ID,
                LocalDate.of(2026, 10, 5), PrintedSchool.QUARTER_END, school.clock.instant(),
                JournalControl.DEFAULT_MINIMUM_MARKS), header, Roster.of(school.engine.schools().state(HEAD, ID)), out));
    }

    private static List<LessonRef> lessonsOf(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case MONDAY -> List.of(lesson(day, 1), lesson(day, 2));
            case WEDNESDAY -> List.of(lesson(day, 2));
            default -> List.of();
        };
    }

    private static void write(Path file, Consumer<OutputStream> form) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            form.accept(out);
        }
        VeraPdf.assertPdfA2b(Files.readAllBytes(file));
        assertThat(VeraPdf.text(Files.readAllBytes(file))).contains(PrintedSchool.NAME);
    }
}
