package org.schooljournal.adapter.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.schooljournal.adapter.pdf.PrintedSchool.ALEKSEEVA;
import static org.schooljournal.adapter.pdf.PrintedSchool.HEAD;
import static org.schooljournal.adapter.pdf.PrintedSchool.ID;
import static org.schooljournal.adapter.pdf.PrintedSchool.IVANOV;
import static org.schooljournal.adapter.pdf.PrintedSchool.MATH;
import static org.schooljournal.adapter.pdf.PrintedSchool.MATH_5A;
import static org.schooljournal.adapter.pdf.PrintedSchool.YOLKIN;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.journal.Mark;
import org.schooljournal.core.journal.PeriodRef;
import org.schooljournal.core.journal.SetPeriodMark;
import org.schooljournal.core.reports.ResultCounting;
import org.schooljournal.core.reports.SuccessReport;
import org.schooljournal.core.roster.EnrolStudent;
import org.schooljournal.core.school.AddStudyPeriod;
import org.schooljournal.rules.calendar.PeriodKind;
import org.schooljournal.rules.calendar.StudyPeriod;

@Tag("REP-1")
@DisplayName("REP-1: the printed success rate and quality, with its chart over the periods, PDF/A-2b")
class SuccessRatePdfTest {

    private static final String DMITRIEV = "s-dmitriev";
    private static final PeriodRef FIRST = PeriodRef.of(PeriodKind.QUARTER, 1);
    private static final PeriodRef SECOND = PeriodRef.of(PeriodKind.QUARTER, 2);
    private static final LocalDate SECOND_END = LocalDate.of(2026, 12, 29);

    private PrintedSchool school;

    @BeforeEach
    void classOfFour() {
        school = PrintedSchool.setUp();
        school.school(new EnrolStudent(ID, DMITRIEV, "Дмитриев", "Глеб", "", LocalDate.of(2015, 4, 1), "5А",
                PrintedSchool.FIRST_DAY));
        school.school(new AddStudyPeriod(ID, StudyPeriod.of(PeriodKind.QUARTER, 2, LocalDate.of(2026, 11, 2), SECOND_END)));
        school.at(PrintedSchool.QUARTER_END, LocalTime.of(12, 0));
    }

    /** Sets the mathematics period marks of Алексеева, Ёлкин, Иванов and Дмитриев, in that order. */
    private void marks(PeriodRef period, String... marks) {
        List<String> students = List.of(ALEKSEEVA, YOLKIN, IVANOV, DMITRIEV);
        for (int i = 0; i < marks.length; i++) {
            school.engine.execute(MATH, new SetPeriodMark(ID, MATH_5A, period, students.get(i), Mark.of(marks[i])));
        }
    }

    private SuccessReport classReport(PeriodRef period) {
        return school.engine.reports().success(HEAD, ID, "5А", period, ResultCounting.DEFAULT, school.clock.instant());
    }

    @Test
    @Tag("UX-1")
    @DisplayName("REP-1: quarter marks 5, 4, 3, 2 in a class of four print as «75,0 %» success and «50,0 %» quality, per class, subject and teacher, with each pupil's standing and the counting in words")
    void knownAnswer() {
        marks(FIRST, "5", "4", "3", "2");
        SuccessReport report = classReport(FIRST);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        SuccessRatePdf.write(report, school.header(), out);

        VeraPdf.assertPdfA2b(out.toByteArray());
        String text = VeraPdf.text(out.toByteArray());
        assertThat(text.replaceAll("\\R", " ")).contains(
                "«осв» — не учитывается; «н/а» — как неудовлетворительная; «безотм» — не учитывается; отсроченная отметка — не учитывается");
        assertThat(text).contains("Успеваемость и качество знаний",
                "Охват: класс 5А. Период: 1-я четверть. По состоянию на 23.10.2026 12:00",
                "Итого 4 3 2 0 0 75,0 % 50,0 %", "5А 4 3 2 0 0 75,0 % 50,0 %", "5-е классы 4 3 2 0 0 75,0 % 50,0 %",
                "Математика 4 3 2 0 0 75,0 % 50,0 %", "Русский язык 0 0 0 0 4 — —", "5А × Математика 4 3 2 0 0 75,0 % 50,0 %",
                "Петрова Мария Ивановна 4 3 2 0 0 75,0 % 50,0 %",
                "Алексеева Анна 5А 1 1 1 0 1 успевает на «4» и «5»", "Ёлкин Борис 5А 1 1 1 0 1 успевает на «4» и «5»",
                "Иванов Пётр 5А 1 1 0 0 1 успевает", "Дмитриев Глеб 5А 1 0 0 0 1 не успевает", PrintedSchool.NAME,
                "Лист 1 из 1");
    }

    @Test
    @DisplayName("REP-1: a counting that takes «осв» as a success says so, and counts it")
    void countingInWords() {
        marks(FIRST, "осв", "4", "3", "2");
        ResultCounting counting = new ResultCounting(ResultCounting.Counting.SUCCESS, ResultCounting.Counting.LEFT_OUT,
                ResultCounting.Counting.FAILURE, ResultCounting.Counting.LEFT_OUT);
        SuccessReport report = school.engine.reports().success(HEAD, ID, "5А", FIRST, counting, school.clock.instant());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        SuccessRatePdf.write(report, school.header(), out);

        VeraPdf.assertPdfA2b(out.toByteArray());
        String text = VeraPdf.text(out.toByteArray());
        assertThat(text.replaceAll("\\R", " ")).contains(
                "«осв» — как успешная; «н/а» — не учитывается; «безотм» — как неудовлетворительная; отсроченная отметка — не учитывается");
        assertThat(text).contains("Математика 4 3 1 0 0 75,0 % 25,0 %", "Алексеева Анна 5А 1 1 0 0 1 успевает");
    }

    @Test
    @DisplayName("REP-1: the school's report leaves out the pupils' lines and names the school")
    void schoolReport() {
        marks(FIRST, "5", "4", "3", "2");
        SuccessReport report = school.engine.reports().success(HEAD, ID, FIRST, ResultCounting.DEFAULT,
                school.clock.instant());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        SuccessRatePdf.write(report, school.header(), out);

        String text = VeraPdf.text(out.toByteArray());
        assertThat(text).contains("Охват: " + PrintedSchool.NAME + ". Период: 1-я четверть", "5А 4 3 2 0 0 75,0 % 50,0 %");
        assertThat(text).doesNotContain("Обучающиеся (учтены", "Алексеева Анна");
    }

    @Test
    @DisplayName("REP-1: over two quarters, a table and a chart of two bars per class per period, to scale, with a legend")
    void overThePeriods() {
        marks(FIRST, "5", "4", "3", "2");
        school.at(SECOND_END, LocalTime.of(12, 0));
        marks(SECOND, "5", "5", "4", "3");
        List<SuccessReport> reports = List.of(classReport(FIRST), classReport(SECOND));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        SuccessRatePdf.writeOverPeriods(reports, school.header(), out);

        VeraPdf.assertPdfA2b(out.toByteArray());
        assertThat(VeraPdf.text(out.toByteArray())).contains("Успеваемость и качество по классам за периоды",
                "5А 1-я четверть 4 3 2 75,0 % 50,0 %", "5А 2-я четверть 4 4 3 100,0 % 75,0 %",
                "Итого 1-я четверть 4 3 2 75,0 % 50,0 %", "Успеваемость и качество по классам, %", "Успеваемость",
                "Качество", "2-я четверть");
        List<Float> bars = FilledBars.widths(out.toByteArray());
        assertThat(bars).as("two legend squares, then 2 groups × 2 periods × 2 bars").hasSize(2 + 8);
        List<Float> classBars = bars.subList(2, 6);
        float full = classBars.get(2);
        assertThat(classBars.get(0) / full).as("75 % of the full bar").isCloseTo(0.75f, within(0.001f));
        assertThat(classBars.get(1) / full).as("50 %").isCloseTo(0.5f, within(0.001f));
        assertThat(classBars.get(3) / full).as("75 %").isCloseTo(0.75f, within(0.001f));
    }

    @Test
    @DisplayName("REP-1: no period's report to chart is refused, naming the argument")
    void nothingToChart() {
        assertThatThrownBy(() -> SuccessRatePdf.writeOverPeriods(List.of(), school.header(), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reports");
    }
}
