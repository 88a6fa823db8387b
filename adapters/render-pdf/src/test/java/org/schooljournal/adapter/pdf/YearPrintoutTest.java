package org.schooljournal.adapter.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HexFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.core.journal.LessonKind;
import org.schooljournal.core.journal.Mark;
import org.schooljournal.core.journal.RecordMark;
import org.schooljournal.core.journal.RecordTopic;
import org.schooljournal.core.journal.WorkKind;
import org.schooljournal.core.printout.PrintedFile;
import org.schooljournal.core.printout.PrintedForm;
import org.schooljournal.core.printout.Printouts;
import org.schooljournal.rules.Timeliness;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

@DisplayName("ARC-1, ARC-2: the year's printout — every class's journal and summary sheet as PDF/A-2b, recorded with their SHA-256")
class YearPrintoutTest {

    @TempDir
    Path folder;

    private final PrintedSchool school = PrintedSchool.setUp();

    YearPrintoutTest() {
        school.journal(PrintedSchool.MATH, PrintedSchool.MONDAY, LocalTime.of(9, 0), new RecordTopic(PrintedSchool.ID,
                PrintedSchool.MATH_5A, PrintedSchool.lesson(PrintedSchool.MONDAY, 1), "Дроби", LessonKind.LESSON));
        school.journal(PrintedSchool.MATH, PrintedSchool.MONDAY, LocalTime.of(9, 5), RecordMark.of(PrintedSchool.ID,
                PrintedSchool.MATH_5A, PrintedSchool.lesson(PrintedSchool.MONDAY, 1), PrintedSchool.IVANOV,
                Mark.of("5"), WorkKind.ORAL));
    }

    @Test
    @Tag("ARC-1")
    @Tag("ARC-2")
    @DisplayName("ARC-1, ARC-2: in June the journal and the summary sheet are printed, valid PDF/A-2b, and the log holds each file's SHA-256, on time")
    void printed() throws Exception {
        school.at(LocalDate.of(2027, 6, 10), LocalTime.of(10, 0));

        YearPrintout.Printed printed = YearPrintout.print(school.engine, PrintedSchool.HEAD, PrintedSchool.ID, folder,
                school.clock.instant());

        assertThat(printed.journals()).singleElement().satisfies(p -> assertThat(p.getFileName().toString())
                .isEqualTo("журнал-5А-2026-2027.pdf"));
        byte[] journal = Files.readAllBytes(printed.journals().get(0));
        VeraPdf.assertPdfA2b(journal);
        assertThat(VeraPdf.text(journal)).contains("Дроби").contains("Иванов").contains("Прошнуровано");
        byte[] sheet = Files.readAllBytes(printed.summarySheets().get(0));
        VeraPdf.assertPdfA2b(sheet);
        PrintedFile recorded = printed.journalsRecord().files().get(0);
        assertThat(recorded.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(journal)));
        assertThat(recorded.bytes()).isEqualTo(journal.length);
        assertThat(printed.journalsRecord().timing().verdict()).isEqualTo(Timeliness.ON_TIME);
        assertThat(printed.summarySheetsRecord().files().get(0).sha256()).isEqualTo(HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(sheet)));
        assertThat(Printouts.of(school.engine.schools().state(PrintedSchool.HEAD, PrintedSchool.ID))
                .first(PrintedForm.SUMMARY_SHEETS, 2026)).contains(printed.summarySheetsRecord());
        assertThatThrownBy(() -> YearPrintout.print(school.engine, PrintedSchool.HEAD, PrintedSchool.ID, folder,
                school.clock.instant())).isInstanceOf(JournalException.class).hasMessageContaining("never overwrites");
    }

    @Test
    @Tag("ARC-1")
    @DisplayName("ARC-1: before the year has ended the log refuses the printout, and no file is left behind")
    void tooEarly() throws Exception {
        school.at(LocalDate.of(2027, 5, 20), LocalTime.of(10, 0));

        assertThatThrownBy(() -> YearPrintout.print(school.engine, PrintedSchool.HEAD, PrintedSchool.ID, folder,
                school.clock.instant())).isInstanceOfSatisfying(JournalException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.OUT_OF_TIME));
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }
}
