package org.schooljournal.core.printout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.AccessDeniedException;
import org.schooljournal.core.journal.RetentionSchool;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.rules.Timeliness;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

@DisplayName("ARC-1, ARC-2: a year's printout for the paper archive is recorded with its files' SHA-256, judged against 30 June")
class PrintoutTest {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final List<PrintedFile> FILES = List.of(new PrintedFile("5А-математика.pdf", SHA, 48_213));

    private final RetentionSchool school = RetentionSchool.withMarks();

    private PrintoutRecorded record(PrintedForm form, List<PrintedFile> files) {
        school.engine().execute(RetentionSchool.DEPUTY, new RecordPrintout(RetentionSchool.ID, form, files));
        List<PrintoutRecorded> all = records().printouts();
        return all.get(all.size() - 1);
    }

    private Printouts records() {
        return Printouts.of(school.engine().host().school(RetentionSchool.ID));
    }

    @Test
    @Tag("ARC-1")
    @DisplayName("ARC-1: a printout before the year's last day has passed is refused; in June it is on time and kept in the log")
    void onTime() {
        school.at(LocalDate.of(2027, 5, 26), LocalTime.of(18, 0));
        assertThatThrownBy(() -> record(PrintedForm.CLASS_JOURNALS, FILES))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.OUT_OF_TIME))
                .hasMessageContaining("ARC-1");
        assertThat(records().printouts()).isEmpty();

        school.at(LocalDate.of(2027, 6, 20), LocalTime.of(10, 0));
        PrintoutRecorded printout = record(PrintedForm.CLASS_JOURNALS, FILES);

        assertThat(printout.timing().verdict()).isEqualTo(Timeliness.ON_TIME);
        assertThat(printout.academicYear()).isEqualTo(2026);
        assertThat(printout.recordedBy()).isEqualTo(RetentionSchool.DEPUTY.personId());
        assertThat(records().first(PrintedForm.CLASS_JOURNALS, 2026)).contains(printout);
        assertThat(records().first(PrintedForm.SUMMARY_SHEETS, 2026)).isEmpty();
    }

    @Test
    @Tag("ARC-2")
    @DisplayName("ARC-2: summary sheets printed on 2 July are recorded, late by the time past 30 June")
    void late() {
        school.at(LocalDate.of(2027, 7, 2), LocalTime.of(9, 0));
        PrintoutRecorded printout = record(PrintedForm.SUMMARY_SHEETS, FILES);

        assertThat(printout.timing().verdict()).isEqualTo(Timeliness.LATE);
        assertThat(printout.timing().rule().code()).isEqualTo("ARC-2");
        assertThat(printout.timing().lateBy()).isEqualTo(Duration.ofHours(33));
    }

    @Test
    @Tag("ARC-1")
    @DisplayName("ARC-1: bad files are refused naming the file, field, value and rule; a teacher may not record; nothing changes")
    void refusals() {
        school.at(LocalDate.of(2027, 6, 20), LocalTime.of(10, 0));
        assertThatThrownBy(() -> record(PrintedForm.CLASS_JOURNALS, List.of())).isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("files");
        assertThatThrownBy(() -> record(PrintedForm.CLASS_JOURNALS, List.of(new PrintedFile("../5А.pdf", SHA, 1),
                new PrintedFile("b.pdf", SHA.toUpperCase(), 1), new PrintedFile("c.pdf", SHA, 0),
                new PrintedFile("c.pdf", SHA, 5))))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("files[0].name").hasMessageContaining("no slash")
                .hasMessageContaining("files[1].sha256").hasMessageContaining("64 lowercase hexadecimal")
                .hasMessageContaining("files[2].bytes")
                .hasMessageContaining("files[3].name").hasMessageContaining("must not repeat");
        assertThatThrownBy(() -> school.engine().execute(RetentionSchool.MATH, new RecordPrintout(RetentionSchool.ID,
                PrintedForm.CLASS_JOURNALS, FILES))).isInstanceOf(AccessDeniedException.class);
        assertThat(records().printouts()).isEmpty();
    }

    @Test
    @Tag("ARC-1")
    @Tag("REP-5")
    @DisplayName("REP-5: the control of the journals shows the journals printed on time and the summary sheets not printed after 30 June, late")
    void shownInTheControl() {
        school.at(LocalDate.of(2027, 6, 20), LocalTime.of(10, 0));
        record(PrintedForm.CLASS_JOURNALS, FILES);
        school.at(LocalDate.of(2027, 7, 1), LocalTime.of(9, 0));
        java.time.Instant now = LocalDate.of(2027, 7, 1).atTime(9, 0).atZone(RetentionSchool.ZONE).toInstant();

        List<PrintoutDue> due = school.engine().reports().control(RetentionSchool.DEPUTY, RetentionSchool.ID,
                LocalDate.of(2027, 5, 17), LocalDate.of(2027, 5, 21), now, 3).printouts();

        assertThat(due).extracting(PrintoutDue::form).containsExactly(PrintedForm.CLASS_JOURNALS,
                PrintedForm.SUMMARY_SHEETS);
        assertThat(due.get(0).printout()).isPresent();
        assertThat(due.get(0).lateAt(now)).isFalse();
        assertThat(due.get(1).printout()).isEmpty();
        assertThat(due.get(1).lateAt(now)).isTrue();
        assertThat(due.get(1).due()).isEqualTo(LocalDate.of(2027, 7, 1).atStartOfDay(RetentionSchool.ZONE).toInstant());
    }
}
