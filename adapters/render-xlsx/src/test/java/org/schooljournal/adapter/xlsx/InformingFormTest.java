package org.schooljournal.adapter.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.notification.OutboxItem.Status;
import org.schooljournal.core.reports.InformingReport;
import org.schooljournal.core.reports.InformingReport.Kind;
import org.schooljournal.core.reports.InformingReport.Notice;

@DisplayName("The informing of guardians as a workbook (REP-7)")
class InformingFormTest {

    private static final ZoneId YUGRA = ZoneId.of("Asia/Yekaterinburg");
    private static final LocalDate MONDAY = LocalDate.of(2026, 10, 12);

    private static Instant at(int hour, int minute) {
        return MONDAY.atTime(hour, minute).atZone(YUGRA).toInstant();
    }

    private final InformingReport report = new InformingReport("5А", MONDAY, MONDAY, at(23, 0), List.of(
            new Notice("s-ivanov", "Иванов Пётр", "g-ivanova", "Иванова Ольга Сергеевна", Kind.ABSENCE,
                    Optional.of("math"), Optional.of(MONDAY), at(8, 40), Status.SENT, 1, Optional.of(at(8, 50)),
                    Optional.of(at(12, 0))),
            new Notice("s-alekseeva", "Алексеева Мария", "g-alekseev", "Алексеев Павел Ильич", Kind.DIGEST,
                    Optional.empty(), Optional.empty(), at(16, 0), Status.PENDING, 1, Optional.empty(),
                    Optional.empty())));

    @Test
    @Tag("REP-7")
    @DisplayName("REP-7: a row per notification; read back with POI it equals the report cell by cell, instants in the school's zone")
    void equalsTheModel() {
        XSSFSheet written = FormChecks.written(new InformingForm(YUGRA), report);

        assertThat(written.getSheetName()).isEqualTo("Информирование 5А");
        assertThat(FormChecks.headers(written)).containsExactly("Поставлено в очередь", "Обучающийся",
                "Родитель (законный представитель)", "Сообщение", "Предмет", "Дата урока", "Состояние", "Попыток",
                "Отправлено", "Минут до отправки", "Прочитано");
        assertThat(FormChecks.row(written, 1)).isEqualTo(Arrays.asList(LocalDateTime.of(MONDAY, java.time.LocalTime.of(8, 40)),
                "Иванов Пётр", "Иванова Ольга Сергеевна", "отсутствие", "math", MONDAY.atStartOfDay(), "отправлено", 1.0,
                LocalDateTime.of(MONDAY, java.time.LocalTime.of(8, 50)), 10.0,
                LocalDateTime.of(MONDAY, java.time.LocalTime.of(12, 0))));
        assertThat(FormChecks.row(written, 2)).isEqualTo(Arrays.asList(LocalDateTime.of(MONDAY, java.time.LocalTime.of(16, 0)),
                "Алексеева Мария", "Алексеев Павел Ильич", "отчёт", null, null, "ожидает", 1.0, null, null, null));
        assertThat(written.getLastRowNum()).isEqualTo(2);
    }
}
