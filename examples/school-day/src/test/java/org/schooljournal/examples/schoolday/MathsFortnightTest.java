package org.schooljournal.examples.schoolday;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.forecast.ForecastText;
import org.schooljournal.core.forecast.WeightedMark;
import org.schooljournal.core.journal.EntryKind;
import org.schooljournal.core.journal.EntryTiming;
import org.schooljournal.core.journal.Journal;
import org.schooljournal.core.journal.JournalEntry;
import org.schooljournal.core.journal.JournalState;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.PeriodCompleteness;
import org.schooljournal.core.journal.WorkKind;
import org.schooljournal.core.roster.ClassList;
import org.schooljournal.core.roster.Student;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.core.programme.Programme;

/**
 * The example keeps the last fortnight of the first quarter in 5А's mathematics journal through
 * the engine, and prints the journal's page, the entries recorded late, a forecast, the summary
 * sheet, the quarter's close and a correction's history.
 */
class MathsFortnightTest {

    private static final LocalDate MONDAY = MathsFortnight.FIRST_DAY;
    private static final LocalDate FRIDAY = MathsFortnight.LAST_DAY;

    private static YugraSchool school;
    private static Journal journal;
    private static List<Student> students;
    private static String printed;
    private static List<String> section;

    @BeforeAll
    static void keepTheFortnight() {
        school = YugraSchool.open(JournalStorage.memory());
        journal = MathsFortnight.journal(school);
        students = ClassList.of(school.state(), MathsFortnight.CLASS, MONDAY).students();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new SchoolDay(school, JournalStorage.memory(), new PrintStream(bytes, true, StandardCharsets.UTF_8)).print();
        printed = bytes.toString(StandardCharsets.UTF_8);
        List<String> lines = printed.lines().toList();
        int first = lines.indexOf(lines.stream().filter(l -> l.startsWith("Журнал 5А по математике")).findFirst()
                .orElseThrow());
        int after = lines.indexOf(lines.stream().filter(l -> l.startsWith("Законные представители 5А")).findFirst()
                .orElseThrow());
        section = lines.subList(first, after - 1);
    }

    @AfterAll
    static void closeTheSchool() {
        school.close();
    }

    private static String line(String start) {
        return section.stream().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() ->
                new AssertionError("no line starts with «" + start + "» in\n" + String.join("\n", section)));
    }

    private static Student ill() {
        return students.get(MathsFortnight.ILL_LINE - 1);
    }

    private static List<JournalEntry> entries(EntryKind kind) {
        return journal.state().entries(e -> e.kind() == kind);
    }

    private static SchoolCalendar calendar() {
        return school.calendar();
    }

    @Test
    @DisplayName("the fortnight is printed after the school day and before the guardians' mails, in its sections, within 60 lines")
    void sections() {
        var teacher = school.state().structure().staff().get(MathsFortnight.teacherOf(school.state()));
        assertThat(section.get(0)).isEqualTo("Журнал 5А по математике, 13.10.2025–24.10.2025: учитель — "
                + new RussianText(calendar().zone()).initials(teacher));
        assertThat(printed.indexOf("Проверка записей")).isLessThan(printed.indexOf("Журнал 5А по математике"));
        assertThat(printed.indexOf("Законные представители 5А")).isGreaterThan(printed.indexOf("История исправления"));
        assertThat(section).filteredOn(l -> !l.startsWith(" ") && !l.isEmpty()).extracting(l -> l.split(" ")[0])
                .containsExactly("Журнал", "Отметки", "Уроки", "Записи", "Прогноз", "Сводная", "Четверть", "История");
        assertThat(section).hasSizeLessThanOrEqualTo(60);
    }

    @Test
    @Tag("YR-10")
    @DisplayName("the deputy head added the control work of 14.10 to the schedule, next to the one of 24.10")
    void controlWorkSchedule() {
        assertThat(line("  Контрольные работы по графику (YR-10)")).endsWith(": 14.10.2025, 24.10.2025");
        assertThat(Programme.of(school.state()).controlWorksOf("5А")).extracting(w -> w.date())
                .contains(MathsFortnight.CONTROL_WORK, FifthGrade.CONTROL_WORK);
    }

    @Test
    @Tag("ATT-1")
    @Tag("MRK-1")
    @DisplayName("the page shows the first 10 students against the 10 lessons, the ill student's «б», the corrected «б*»")
    void page() {
        assertThat(line("Отметки и пропуски")).endsWith("первые 10 из 26");
        assertThat(section).contains(" ".repeat(21) + "13.10 14.10 15.10 16.10 17.10 20.10 21.10 22.10 23.10 24.10");
        assertThat(line("   8. ")).startsWith("   8. Ефимов Д. ").contains("б     б     б     б     б     б     б");
        assertThat(line("   3. ")).contains("б* ");
        assertThat(line("  … ещё ")).isEqualTo("  … ещё 16");
    }

    @Test
    @Tag("LES-2")
    @Tag("LES-3")
    @DisplayName("each lesson has the plan's next hour as its topic and homework; the control works are marked")
    void lessons() {
        assertThat(line("  13.10 пн урок 2  ")).contains("Натуральные числа и нуль (31/44)").contains("ДЗ: п. 9, №");
        assertThat(line("  14.10 вт урок 1  ")).contains("(32/44), контрольная работа");
        assertThat(line("  24.10 пт урок 2  ")).contains("(40/44), контрольная работа");
        assertThat(entries(EntryKind.TOPIC)).hasSize(10)
                .allSatisfy(e -> assertThat(e.detail("plannedTopic")).contains("1"));
        assertThat(entries(EntryKind.HOMEWORK)).hasSize(10);
    }

    @Test
    @Tag("MRK-3")
    @DisplayName("the control work of 14.10 is marked on its fourth day, late, weight 2, for every student present")
    void lateControlWorkMarks() {
        LessonRef controlWork = new LessonRef(MathsFortnight.CONTROL_WORK, 1);
        List<JournalEntry> marks = journal.state().entries(e -> e.kind() == EntryKind.MARK
                && e.lesson().equals(Optional.of(controlWork)));
        List<String> absent = journal.state().entries(e -> e.kind() == EntryKind.ATTENDANCE
                && e.lesson().equals(Optional.of(controlWork))).stream().map(e -> e.studentId().orElseThrow()).toList();
        assertThat(marks).hasSize(students.size() - absent.size()).allSatisfy(mark -> {
            assertThat(mark.detail("work")).contains(WorkKind.CONTROL_WORK.name());
            assertThat(mark.detail("weight")).contains("2");
            EntryTiming timing = mark.original().timing().orElseThrow();
            assertThat(timing.rule().code()).isEqualTo("MRK-3");
            assertThat(timing.late()).isTrue();
            assertThat(LocalDate.ofInstant(mark.original().recordedAt(), calendar().zone()))
                    .isEqualTo(LocalDate.of(2025, 10, 18));
        });
        assertThat(line("Записи с опозданием")).contains("MRK-3: " + marks.size());
        assertThat(section).anySatisfy(l -> assertThat(l).startsWith("  MRK-3  14.10 отметка «")
                .contains("(контрольная работа)").contains("внесено 18.10.2025 11:00, срок 17.10.2025 24:00, опоздание 11 ч"));
    }

    @Test
    @Tag("ATT-2")
    @Tag("LES-4")
    @DisplayName("absences registered after 20 minutes are late (ATT-2), the others on time; one homework is late (LES-4)")
    void lateness() {
        List<JournalEntry> absences = entries(EntryKind.ATTENDANCE);
        assertThat(absences).allSatisfy(absence -> {
            LessonRef lesson = absence.lesson().orElseThrow();
            var start = calendar().instant(lesson.date(), calendar().lesson("5А", lesson.date(), lesson.slot()).start());
            boolean afterTwenty = Duration.between(start, absence.original().recordedAt()).toMinutes() >= 20;
            assertThat(absence.original().timing().orElseThrow().late()).isEqualTo(afterTwenty);
        });
        assertThat(absences).filteredOn(a -> a.original().timing().orElseThrow().late()).isNotEmpty()
                .hasSizeLessThan(absences.size() / 2);
        assertThat(entries(EntryKind.HOMEWORK)).filteredOn(h -> h.original().timing().orElseThrow().late())
                .singleElement().satisfies(h -> assertThat(h.lesson().orElseThrow().date()).isEqualTo(LocalDate.of(2025, 10, 23)));
        assertThat(line("  LES-4  23.10 домашнее задание: ")).contains("срок 23.10.2025 13:30");
        assertThat(line("  ATT-2  ")).contains("срок 15.10.2025 09:40");
        assertThat(line("  … ещё ")).isNotEmpty();
    }

    @Test
    @Tag("MRK-2")
    @DisplayName("lesson marks are 2 to 5, mostly 4 and 5, each on time on the lesson's day, none on 24.10")
    void lessonMarks() {
        List<JournalEntry> marks = journal.state().entries(e -> e.kind() == EntryKind.MARK
                && !e.detail("work").equals(Optional.of(WorkKind.CONTROL_WORK.name())));
        assertThat(marks).hasSizeGreaterThan(30).allSatisfy(mark -> {
            assertThat(mark.current().value()).isIn("2", "3", "4", "5");
            assertThat(mark.original().timing().orElseThrow().late()).isFalse();
            assertThat(mark.lesson().orElseThrow().date()).isBefore(FRIDAY);
        });
        assertThat(marks.stream().filter(m -> m.current().value().compareTo("4") >= 0).count() * 2)
                .isGreaterThan(marks.size());
    }

    @Test
    @Tag("MRK-11")
    @DisplayName("the forecast of 23.10 counts the marks up to that day and is explained in Russian")
    void forecast() {
        Student student = students.get(FortnightPrintout.FORECAST_LINE - 1);
        var forecast = journal.forecast(student.personId(), MathsFortnight.QUARTER);
        assertThat(forecast.counted()).isNotEmpty().extracting(WeightedMark::lessonDate)
                .allSatisfy(date -> assertThat(date).isBeforeOrEqualTo(MathsFortnight.FORECAST_DAY));
        assertThat(line("Прогноз четвертной отметки (MRK-11) на 23.10.2025, " + student.fullName() + ": "))
                .contains("14.10: ");
        String explained = section.get(section.indexOf(line("Прогноз четвертной")) + 1);
        assertThat(explained).isEqualTo("  " + ForecastText.russian().explain(forecast)).contains("прогноз");
    }

    @Test
    @Tag("MRK-7")
    @Tag("MRK-9")
    @DisplayName("on 24.10 every student gets the forecast's mark, the ill student «н/а», and the quarter closes")
    void quarterMarks() {
        JournalState state = journal.state();
        assertThat(state.closed(MathsFortnight.QUARTER)).isTrue();
        for (Student student : students) {
            JournalEntry mark = PeriodCompleteness.periodMark(state, MathsFortnight.QUARTER, student.personId()).orElseThrow();
            assertThat(mark.original().timing().orElseThrow().late()).isFalse();
            assertThat(mark.original().recordedAt()).isAfter(calendar().instant(FRIDAY, LocalTime.of(9, 20)));
            if (student.equals(ill())) {
                assertThat(mark.current().value()).isEqualTo("н/а");
            } else {
                assertThat(mark.current().value()).isEqualTo(String.valueOf(
                        journal.forecast(student.personId(), MathsFortnight.QUARTER).predictedMark().orElseThrow()));
            }
        }
        assertThat(line("Четверть по математике закрыта (MRK-9): четвертные отметки у всех 26 — ")).endsWith("«н/а»: 1");
        assertThat(line("Сводная ведомость 5А (MRK-12)")).endsWith("предметы с отметками: Математика");
        assertThat(section).anySatisfy(l -> assertThat(l).contains(" 8. Ефимов Д.     н/а"));
    }

    @Test
    @Tag("MRK-10")
    @DisplayName("the «н» of 13.10 became «б» two days later, with the certificate as the reason; both are kept")
    void correction() {
        Student student = students.get(MathsFortnight.EXCUSED_LINE - 1);
        JournalEntry absence = journal.state().entries(JournalEntry::corrected).get(0);
        assertThat(absence.studentId()).contains(student.personId());
        assertThat(absence.original().value()).isEqualTo("н");
        assertThat(absence.current().value()).isEqualTo("б");
        assertThat(absence.current().reason()).contains(MathsFortnight.CERTIFICATE);
        assertThat(LocalDate.ofInstant(absence.current().recordedAt(), calendar().zone())).isEqualTo(MONDAY.plusDays(2));
        String title = line("История исправления (MRK-10)");
        List<String> history = section.subList(section.indexOf(title), section.indexOf(title) + 3);
        assertThat(history.get(0)).endsWith("урок 13.10.2025, " + student.fullName());
        assertThat(history.get(1)).startsWith("  13.10.2025 ").contains("«н»").endsWith("— исходная запись");
        assertThat(history.get(2)).startsWith("  15.10.2025 16:20  «б»  ").endsWith("— справка из поликлиники № 2 от 14.10.2025");
    }

    @Test
    @DisplayName("a journal with entries is kept once: keeping it again appends nothing, and the clock is back at the set-up")
    void keptOnce() {
        JournalState before = MathsFortnight.journal(school).state();
        MathsFortnight.keep(school);
        assertThat(MathsFortnight.journal(school).state()).isEqualTo(before);
        assertThat(school.clock().instant()).isEqualTo(YugraSchool.SET_UP_AT);
    }
}
