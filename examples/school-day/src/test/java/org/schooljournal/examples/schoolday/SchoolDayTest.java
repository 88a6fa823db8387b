package org.schooljournal.examples.schoolday;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.reports.SetupItem;
import org.schooljournal.core.reports.SetupReport;
import org.schooljournal.core.roster.Roster;

/** The example sets one Yugra school up through the engine and prints, in Russian, what its people would read. */
class SchoolDayTest {

    private static YugraSchool school;
    private static String printed;
    private static List<String> lines;

    @BeforeAll
    static void printTheSchool() {
        school = YugraSchool.open(JournalStorage.memory());
        printed = print(school);
        lines = printed.lines().toList();
    }

    @AfterAll
    static void closeTheSchool() {
        school.close();
    }

    private static String print(YugraSchool set) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new SchoolDay(set, JournalStorage.memory(), new PrintStream(bytes, true, StandardCharsets.UTF_8)).print();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    @Tag("YR-3")
    @DisplayName("the header says where the log is kept, names the school and its numbers: 25 classes, 47 staff,"
            + " 603 students with a guardian each")
    void header() {
        assertThat(lines.get(0)).isEqualTo("Журнал школы ведётся в памяти и не сохранится после завершения программы;"
                + " событий в нём: " + school.events() + ".");
        assertThat(lines.get(1)).isEqualTo("МБОУ «Средняя общеобразовательная школа № 1» г. Ханты-Мансийска (86-hm-001),"
                + " часовой пояс Asia/Yekaterinburg");
        assertThat(printed).contains("Учебный год 2025/2026: классов — 25, сотрудников — 47 (учителей — 45),"
                + " обучающихся — 603, законных представителей — 603.");
        assertThat(printed).contains("Событий в журнале школы: " + school.events() + " ");
        var state = school.state();
        assertThat(state.structure().classes()).hasSize(25);
        assertThat(Roster.of(state).students()).hasSize(603);
        assertThat(Roster.of(state).students().keySet())
                .allSatisfy(student -> assertThat(Roster.of(state).guardiansOf(student)).hasSize(1));
    }

    @Test
    @Tag("YR-11")
    @DisplayName("the set-up is due by 04.09.2025 24:00; on the 3rd it is not overdue, and what is missing is listed")
    void setUpReport() {
        assertThat(printed).contains("Формирование разделов учебного года 2025/2026 (YR-11): до 04.09.2025 24:00");
        assertThat(printed).contains("На 03.09.2025 09:00 срок ещё не истёк, но сформировано не всё; недостающих позиций: 66.");
        assertThat(printed).contains("  YR-6  Учебный план: 22 — 1А, 1Б, 1В, 2А, 2Б, 2В и ещё 16");
        assertThat(printed).contains("  YR-7  Педагогическая нагрузка (учитель по предмету учебного плана): 1 — 5В");
        assertThat(printed).contains("  YR-8  Календарно-тематическое планирование: 19 — 5Б, 5В");
        assertThat(printed).contains("  YR-9  Расписание уроков: 24 — 1А, 1Б, 1В, 2А, 2Б, 2В и ещё 18");
    }

    @Test
    @Tag("YR-11")
    @DisplayName("5А and its English halves are fully set up; 5В lacks only its English teacher's load and the plans")
    void fifthAIsComplete() {
        SetupReport report = SetupReport.of(school.state(), school.engine().schools().ruleSet(), YugraSchool.SET_UP_AT);
        assertThat(report.overdue()).isFalse();
        assertThat(report.missing()).noneMatch(item -> item.refersTo().stream().anyMatch(ref -> ref.startsWith("5А")));
        assertThat(report.missing()).filteredOn(item -> item.item() == SetupItem.TEACHING_LOAD)
                .singleElement().satisfies(item -> assertThat(item.refersTo()).containsExactly("5В", Subjects.ENGLISH));
    }

    @Test
    @Tag("ROS-3")
    @DisplayName("5А's list is alphabetical with ё sorted as е: Егоров, Ёлкина, Ершов, Ефимов, Жукова")
    void classList() {
        assertThat(printed).contains("Список класса 5А на 01.09.2025 (ROS-3, ё по алфавиту как е): первые 10 из 26");
        List<String> list = lines.stream().filter(line -> line.matches(" +\\d+\\. .*")).limit(10)
                .map(line -> line.strip().replaceAll(" +", " ")).toList();
        assertThat(list).hasSize(10);
        assertThat(list.get(0)).isEqualTo("1. Бондаренко Ульяна Евгеньевна");
        assertThat(list.subList(4, 9)).extracting(line -> line.split(" ")[1])
                .containsExactly("Егоров", "Ёлкина", "Ершов", "Ефимов", "Жукова");
    }

    @Test
    @Tag("YR-9")
    @DisplayName("the day's lessons come from 5А's timetable: the control work in the 2nd, English in two halves in the 4th")
    void lessons() {
        assertThat(printed).contains("  2. 09:20–10:00  Математика (контрольная работа): каб. 205");
        assertThat(printed).contains("  4. 11:20–12:00  Иностранный язык (английский): группа 5А-англ-1 — каб. 301");
        assertThat(printed).contains("группа 5А-англ-2 — каб. 302");
        assertThat(printed).contains("  6. 13:00–13:40  Физическая культура: каб. СЗ-1");
    }

    @Test
    @Tag("ATT-2")
    @DisplayName("absences of the first lesson are due at 08:50; those of the fifth, entered at 12:37, are 7 minutes late")
    void attendance() {
        assertThat(printed).contains("Школьный день 5А: пятница, 24.10.2025 — последний день 1 четверти");
        assertThat(printed).contains("ATT-2  Отсутствующие на уроке 1 (08:30–09:10): с 24.10.2025 08:30 до 24.10.2025 08:50");
        assertThat(printed).contains("12:37  Отсутствующие на уроке 5 (12:10–12:50): опоздание на 7 мин");
    }

    @Test
    @Tag("ARC-7")
    @DisplayName("absences entered after the declared failure are on time, caused by the failure")
    void failure() {
        assertThat(printed).contains("12:10  Отсутствующие на уроке 3 (10:20–11:00): вовремя — задержка из-за технического сбоя");
    }

    @Test
    @Tag("MRK-3")
    @DisplayName("the control work's marks are due in 3 calendar days, or after the autumn holidays when school days count")
    void controlWork() {
        assertThat(printed).contains("Оценки за контрольную работу по математике: с 24.10.2025 00:00 до 27.10.2025 24:00");
        assertThat(printed).contains("если считать учебные дни: с 24.10.2025 00:00 до 07.11.2025 24:00");
    }

    @Test
    @Tag("MRK-7")
    @DisplayName("quarter marks before the last lesson are too early")
    void periodMarks() {
        assertThat(printed).contains("с 18.10.2025 00:00 до 24.10.2025 24:00");
        assertThat(printed).contains("08:50  Четвертные оценки по математике (последний урок четверти — урок 2, 09:20–10:00):"
                + " слишком рано, на 30 мин");
    }

    @Test
    @Tag("ARC-2")
    @DisplayName("every deadline of the regulation is listed, retention included")
    void everyRule() {
        assertThat(printed).contains("LES-4", "MRK-2", "MRK-4", "MRK-13", "PD-4", "ARC-1");
        assertThat(printed).contains("YR-11  Формирование разделов учебного года: до 04.09.2025 24:00");
        assertThat(printed).contains("Уничтожение сводных ведомостей, закрытых 26.05.2026: не ранее 01.01.2052 00:00");
    }

    @Test
    @Tag("ARC-4")
    @DisplayName("every hash chain of the school verifies: its own, with every event of the set-up, and its journals'")
    void chain() {
        var integrity = school.engine().archive().verify(YugraSchool.ID);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("Цепочки хешей школы (журнал школы, классные журналы и дневники, "
                + integrity.streams().size() + "): проверено " + integrity.checked() + " записей, нарушений нет");
        assertThat(integrity.schoolStream().checked()).isEqualTo(school.events());
        assertThat(integrity.streams()).hasSizeGreaterThan(1);
    }

    @Test
    @DisplayName("the output is the same on every run, and short enough to read: 140 to 190 lines")
    void stable() {
        try (YugraSchool again = YugraSchool.open(JournalStorage.memory())) {
            assertThat(print(again)).isEqualTo(printed);
        }
        assertThat(lines).hasSizeBetween(140, 190);
    }
}
