package org.schooljournal.examples.schoolday;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The example prints the day's deadlines and verdicts, in Russian. */
class SchoolDayTest {

    private static String printed;

    @BeforeAll
    static void printTheDay() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new SchoolDay(new PrintStream(bytes, true, StandardCharsets.UTF_8)).print();
        printed = bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    @Tag("ATT-2")
    @DisplayName("absences of the first lesson are due at 08:50; those of the fifth, entered at 12:37, are 7 minutes late")
    void attendance() {
        assertThat(printed).contains("ATT-2  Отсутствующие на уроке 1 (08:30–09:10): до 23.10.2026 08:50");
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
    @DisplayName("the control work's marks are due in 3 calendar days, or after the holidays when school days count")
    void controlWork() {
        assertThat(printed).contains("Оценки за контрольную работу по математике: до 26.10.2026 24:00");
        assertThat(printed).contains("если считать учебные дни: до 09.11.2026 24:00");
    }

    @Test
    @Tag("MRK-7")
    @DisplayName("quarter marks before the last lesson are too early")
    void periodMarks() {
        assertThat(printed).contains("с 17.10.2026 00:00 до 23.10.2026 24:00");
        assertThat(printed).contains("08:50  Четвертные оценки по математике (последний урок четверти — урок 2, 09:20–10:00): слишком рано, на 30 мин");
    }

    @Test
    @Tag("ARC-2")
    @DisplayName("every deadline of the regulation is listed, retention included")
    void everyRule() {
        assertThat(printed).contains("LES-4", "MRK-2", "MRK-4", "MRK-13", "PD-4", "YR-11", "ARC-1");
        assertThat(printed).contains("Уничтожение сводных ведомостей, закрытых 26.05.2027: не ранее 01.01.2053 00:00");
    }
}
