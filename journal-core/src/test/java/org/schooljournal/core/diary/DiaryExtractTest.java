package org.schooljournal.core.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.schooljournal.rules.calendar.HolidayKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.diary.ExtractBlock.Heading;
import org.schooljournal.core.diary.ExtractBlock.Paragraph;
import org.schooljournal.core.diary.ExtractBlock.Table;
import org.schooljournal.core.journal.EntryKind;
import org.schooljournal.core.journal.EntryRef;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.roster.Student;

@Tag("DRY-4")
@Tag("UX-1")
@DisplayName("DRY-4: the paper extract of a student's diary, in Russian")
class DiaryExtractTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Yekaterinburg");
    private static final LocalDate MONDAY = LocalDate.of(2026, 10, 12);
    private static final Instant PRINTED = LocalDateTime.of(2026, 10, 16, 18, 5).atZone(ZONE).toInstant();
    private static final Student IVANOV = new Student("s-ivanov", "Иванов", "Пётр", "Сергеевич", LocalDate.of(2015, 3, 1));
    private static final String SCHOOL = "МБОУ «СОШ № 1»";
    private static final List<String> LESSON_COLUMNS = List.of("№ урока", "Время", "Предмет", "Тема", "Домашнее задание",
            "Отметки", "Посещаемость");

    /** A week: Monday with two lessons, a mark and an absence; Tuesday empty; a substituted Wednesday; a weekend. */
    private static Diary week() {
        DiaryLesson math = new DiaryLesson(1, LocalTime.of(8, 30), LocalTime.of(9, 15), "Математика",
                "Петрова Мария Ивановна", Optional.empty(), false, true, Optional.of("Сложение дробей"),
                Optional.of("№ 125, 126"), Optional.empty(),
                List.of(new DiaryMark("5", "Контрольная работа", "2", Optional.empty(), false)), Optional.empty());
        DiaryLesson russian = new DiaryLesson(2, LocalTime.of(9, 25), LocalTime.of(10, 10), "Русский язык",
                "Сидорова Ольга Петровна", Optional.empty(), false, false, Optional.of("Причастие"),
                Optional.of("упр. 48"), Optional.empty(), List.of(), Optional.of("н"));
        DiaryLesson substituted = new DiaryLesson(3, LocalTime.of(10, 30), LocalTime.of(11, 15), "Математика",
                "Петрова Мария Ивановна", Optional.of("Кузнецов Олег Андреевич"), false, false, Optional.empty(),
                Optional.of("№ 130"), Optional.of("карточка № 4"),
                List.of(new DiaryMark("4", "Устный ответ", "1", Optional.of("у доски"), true)), Optional.empty());
        List<DiaryDay> days = new ArrayList<>();
        days.add(new DiaryDay(MONDAY, true, Optional.empty(), false, List.of(math, russian)));
        days.add(new DiaryDay(MONDAY.plusDays(1), true, Optional.empty(), false, List.of()));
        days.add(new DiaryDay(MONDAY.plusDays(2), true, Optional.empty(), false, List.of(substituted)));
        days.add(new DiaryDay(MONDAY.plusDays(3), true, Optional.empty(), false, List.of()));
        days.add(new DiaryDay(MONDAY.plusDays(4), true, Optional.empty(), false, List.of()));
        days.add(new DiaryDay(MONDAY.plusDays(5), false, Optional.empty(), false, List.of()));
        days.add(new DiaryDay(MONDAY.plusDays(6), false, Optional.of(HolidayKind.AUTUMN), false, List.of()));
        List<DiaryResult> results = List.of(new DiaryResult("Математика", "QUARTER-1", Optional.empty(), Optional.of(4)),
                new DiaryResult("Русский язык", "YEAR-1", Optional.of("5"), Optional.empty()));
        List<DiaryNote> notes = List.of(new DiaryNote(new EntryRef(new JournalKey("5А", "math"), 7), EntryKind.REMARK,
                MONDAY, PRINTED.minusSeconds(86_400 * 4), "Математика", "Петрова Мария Ивановна",
                "Не принёс тетрадь для контрольных работ", false));
        List<DiaryTeacher> teachers = List.of(new DiaryTeacher("Смирнова Елена Викторовна", Optional.empty()),
                new DiaryTeacher("Петрова Мария Ивановна", Optional.of("Математика")));
        return new Diary(IVANOV, MONDAY, MONDAY.plusDays(6), days, results, notes, teachers);
    }

    private static DiaryExtract extract(Diary diary) {
        return DiaryExtract.of(diary, SCHOOL, "5А", PRINTED, ZONE);
    }

    private static Table tableAfter(DiaryExtract extract, String heading) {
        int index = extract.blocks().indexOf(new Heading(heading));
        assertThat(index).as("heading %s", heading).isNotNegative();
        return (Table) extract.blocks().get(index + 1);
    }

    @Test
    @DisplayName("DRY-4: the title and the header name the school, the student, the class, the days and when printed")
    void header() {
        DiaryExtract extract = extract(week());

        assertThat(extract.title()).isEqualTo("Выписка из электронного дневника");
        assertThat(extract.headerLines()).containsExactly("Образовательная организация: МБОУ «СОШ № 1»",
                "Обучающийся: Иванов Пётр Сергеевич", "Класс: 5А", "Период: с 12.10.2026 по 18.10.2026",
                "Дата печати: 16.10.2026 18:05");
    }

    @Test
    @DisplayName("DRY-4: a school day is a heading and a table of its lessons with marks, work kinds, homework and absences")
    void lessons() {
        Table monday = tableAfter(extract(week()), "понедельник, 12.10.2026");

        assertThat(monday.columns()).containsExactlyElementsOf(LESSON_COLUMNS);
        assertThat(monday.rows()).containsExactly(
                List.of("1", "08:30–09:15", "Математика; контрольная работа по графику", "Сложение дробей",
                        "№ 125, 126", "5 (Контрольная работа, вес 2)", ""),
                List.of("2", "09:25–10:10", "Русский язык", "Причастие", "упр. 48", "",
                        "«н» — отсутствовал(а) без уважительной причины"));
        assertThat(tableAfter(extract(week()), "среда, 14.10.2026").rows()).containsExactly(
                List.of("3", "10:30–11:15", "Математика; замена: Кузнецов Олег Андреевич", "",
                        "№ 130; индивидуально: карточка № 4", "4 (Устный ответ): «у доски» (исправлено)", ""));
    }

    @Test
    @DisplayName("DRY-4, DRY-3: a school day without lessons says «нет записей»; a day without school is one line, naming its holidays")
    void emptyDaysAndDaysOff() {
        List<ExtractBlock> blocks = extract(week()).blocks();

        int tuesday = blocks.indexOf(new Heading("вторник, 13.10.2026"));
        assertThat(blocks.get(tuesday + 1)).isEqualTo(new Paragraph("нет записей"));
        int saturday = blocks.indexOf(new Heading("суббота, 17.10.2026 — занятий нет"));
        assertThat(saturday).isNotNegative();
        assertThat(blocks.get(saturday + 1))
                .isEqualTo(new Heading("воскресенье, 18.10.2026 — осенние каникулы, занятий нет"));
    }

    @Test
    @Tag("YR-2")
    @DisplayName("DRY-4, YR-2: a public non-working day of the production calendar says so")
    void publicDayOff() {
        LocalDate holiday = LocalDate.of(2026, 11, 4);
        Diary diary = new Diary(IVANOV, holiday, holiday, List.of(new DiaryDay(holiday, false, Optional.empty(), true,
                List.of())), List.of(), List.of(), List.of());

        assertThat(extract(diary).blocks())
                .contains(new Heading("среда, 04.11.2026 — нерабочий день по производственному календарю, занятий нет"));
    }

    @Test
    @DisplayName("DRY-4: the results table shows period marks and forecasts; the notes table the teachers' remarks; the class's teachers")
    void resultsAndNotes() {
        DiaryExtract extract = extract(week());

        Table results = tableAfter(extract, "Итоговые отметки, результаты экзаменов и прогнозы");
        assertThat(results.columns()).containsExactly("Предмет", "Период или экзамен", "Отметка", "Прогноз");
        assertThat(results.rows()).containsExactly(List.of("Математика", "1 четверть", "", "4"),
                List.of("Русский язык", "год", "5", ""));
        Table notes = tableAfter(extract, "Замечания, сообщения и записи учителей");
        assertThat(notes.columns()).containsExactly("Дата", "Вид записи", "Предмет", "Учитель", "Текст");
        assertThat(notes.rows()).containsExactly(List.of("12.10.2026", "Замечание", "Математика",
                "Петрова Мария Ивановна", "Не принёс тетрадь для контрольных работ"));
        Table teachers = tableAfter(extract, "Учителя класса");
        assertThat(teachers.rows()).containsExactly(List.of("Классный руководитель", "Смирнова Елена Викторовна"),
                List.of("Математика", "Петрова Мария Ивановна"));
    }

    @Test
    @DisplayName("DRY-4: without results or notes their sections say «нет записей»; the footer has the signature lines")
    void emptySectionsAndFooter() {
        Diary diary = new Diary(IVANOV, MONDAY, MONDAY, List.of(new DiaryDay(MONDAY, true, Optional.empty(), false, List.of())),
                List.of(), List.of(), List.of());

        DiaryExtract extract = extract(diary);

        assertThat(extract.blocks()).containsExactly(new Heading("понедельник, 12.10.2026"),
                new Paragraph("нет записей"), new Heading("Итоговые отметки, результаты экзаменов и прогнозы"),
                new Paragraph("нет записей"), new Heading("Замечания, сообщения и записи учителей"),
                new Paragraph("нет записей"), new Heading("Учителя класса"), new Paragraph("нет записей"));
        assertThat(extract.footerLines()).containsExactly(
                "Классный руководитель ____________________ / ____________________",
                "Получил(а): ____________________ / дата __________");
    }

    @Test
    @Tag("UX-1")
    @DisplayName("UX-1: the plain text has the title, the header, aligned table columns and the footer")
    void text() {
        String text = extract(week()).toText();
        List<String> lines = text.lines().toList();

        assertThat(lines.get(0)).isEqualTo("Выписка из электронного дневника");
        assertThat(lines).contains("Обучающийся: Иванов Пётр Сергеевич", "понедельник, 12.10.2026",
                "суббота, 17.10.2026 — занятий нет", "Получил(а): ____________________ / дата __________");
        int header = lines.indexOf("понедельник, 12.10.2026") + 1;
        assertThat(lines.get(header)).startsWith("№ урока | Время       | Предмет");
        assertThat(lines.get(header + 1)).matches("[-+]+");
        assertThat(lines.get(header + 2)).startsWith("1       | 08:30–09:15 | Математика")
                .contains("| 5 (Контрольная работа, вес 2) |");
        assertThat(lines.get(header + 3)).endsWith("| «н» — отсутствовал(а) без уважительной причины");
        for (int column = lines.get(header).indexOf('|'); column >= 0; column = lines.get(header).indexOf('|', column + 1)) {
            assertThat(lines.get(header + 1).charAt(column)).isEqualTo('+');
            assertThat(lines.get(header + 2).charAt(column)).as("column at %d", column).isEqualTo('|');
            assertThat(lines.get(header + 3).charAt(column)).as("column at %d", column).isEqualTo('|');
        }
        assertThat(lines).allMatch(line -> line.equals(line.stripTrailing()));
        assertThat(text).endsWith("дата __________\n");
    }

    @Test
    @DisplayName("DRY-4: each table row stays one line")
    void lineBreaksInCells() {
        Table table = new Table(List.of("Текст"), List.of(List.of("первая строка\nвторая строка")));
        DiaryExtract extract = new DiaryExtract("Выписка", List.of(), List.of(table), List.of());

        assertThat(extract.toText()).isEqualTo("Выписка\n\nТекст\n" + "-".repeat(27) + "\nпервая строка вторая строка\n\n");
    }

    @Test
    @DisplayName("DRY-4: the arguments are required; a table row must have one cell per column")
    void arguments() {
        assertThatThrownBy(() -> DiaryExtract.of(null, SCHOOL, "5А", PRINTED, ZONE))
                .isInstanceOf(NullPointerException.class).hasMessage("diary");
        assertThatThrownBy(() -> DiaryExtract.of(week(), SCHOOL, "5А", PRINTED, null))
                .isInstanceOf(NullPointerException.class).hasMessage("zone");
        assertThatThrownBy(() -> new Table(List.of("А", "Б"), List.of(List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one cell per column (2)");
    }

    @Nested
    @DisplayName("DRY-4: the week of a weekly printout")
    class Week {

        @Test
        @DisplayName("DRY-4: a week runs from the Monday to the Sunday of the day's week")
        void containing() {
            ExtractWeek week = new ExtractWeek(MONDAY, MONDAY.plusDays(6));

            assertThat(ExtractWeek.containing(MONDAY.plusDays(2))).isEqualTo(week);
            assertThat(ExtractWeek.containing(MONDAY)).isEqualTo(week);
            assertThat(ExtractWeek.containing(MONDAY.plusDays(6))).isEqualTo(week);
            assertThat(ExtractWeek.containing(MONDAY.plusDays(7)).from()).isEqualTo(MONDAY.plusDays(7));
        }

        @Test
        @DisplayName("DRY-4: a week that does not run from a Monday to its Sunday is refused")
        void refused() {
            assertThatThrownBy(() -> new ExtractWeek(MONDAY.plusDays(1), MONDAY.plusDays(7)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-10-13..2026-10-19");
            assertThatThrownBy(() -> new ExtractWeek(MONDAY, MONDAY.plusDays(5)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
