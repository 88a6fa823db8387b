package org.schooljournal.adapter.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.journal.EntryKind;
import org.schooljournal.core.journal.LessonKind;
import org.schooljournal.core.programme.CurriculumProfile;
import org.schooljournal.core.reports.Outcome;
import org.schooljournal.core.reports.ResultsAnalysis;
import org.schooljournal.core.reports.SetupItem;
import org.schooljournal.core.reports.TopicsReport;

@DisplayName("The workbooks' Russian texts")
class LabelsTest {

    @Test
    @DisplayName("study periods as a reader names them; anything else as written")
    void periods() {
        assertThat(Labels.period("QUARTER-2")).isEqualTo("2 четверть");
        assertThat(Labels.period("TRIMESTER-3")).isEqualTo("3 триместр");
        assertThat(Labels.period("SEMESTER-1")).isEqualTo("1 полугодие");
        assertThat(Labels.period("YEAR-1")).isEqualTo("Год");
        assertThat(Labels.period("ОГЭ")).isEqualTo("ОГЭ");
    }

    @Test
    @DisplayName("every lesson kind and set-up item has its Russian name")
    void everyName() {
        for (LessonKind kind : LessonKind.values()) {
            assertThat(Labels.text("kind." + kind.name())).isNotBlank();
        }
        for (SetupItem item : SetupItem.values()) {
            assertThat(Labels.text("setup.item." + item.name())).isNotBlank();
        }
    }

    @Test
    @DisplayName("every outcome, change, profile, kind of topics report and kind of entry has its Russian name")
    void everyNameOfTheControlReports() {
        assertThat(Labels.text("outcome." + Outcome.QUALITY.name())).isEqualTo("качество");
        assertThat(Labels.text("change." + ResultsAnalysis.Change.SAME.name())).isEqualTo("=");
        assertThat(Labels.text("change." + ResultsAnalysis.Change.UP.name())).isEqualTo("↑");
        for (Outcome outcome : Outcome.values()) {
            assertThat(Labels.text("outcome." + outcome.name())).isNotBlank();
        }
        for (ResultsAnalysis.Change change : ResultsAnalysis.Change.values()) {
            assertThat(Labels.text("change." + change.name())).isNotBlank();
        }
        for (CurriculumProfile profile : CurriculumProfile.values()) {
            assertThat(Labels.text("profile." + profile.name())).isNotBlank();
        }
        for (TopicsReport.Kind kind : TopicsReport.Kind.values()) {
            assertThat(Labels.text("topics.sheet." + kind.name(), "5А")).endsWith(" 5А");
            assertThat(Labels.text("topics.value." + kind.name())).isNotBlank();
        }
        for (EntryKind kind : EntryKind.values()) {
            assertThat(Labels.text("entry." + kind.name())).isNotBlank();
        }
    }

    @Test
    @DisplayName("a sheet's name loses what a sheet's name cannot have and is cut to 31 characters")
    void sheetNames() {
        assertThat(Labels.sheetName("summary.sheet", "5А/Б:[x]")).isEqualTo("Сводная ведомость 5А Б  x");
        assertThat(Labels.sheetName("attendance.sheet", "группа-с-очень-длинным-названием"))
                .hasSize(Table.MAX_SHEET_NAME).startsWith("Пропуски группа");
    }
}
