package org.schooljournal.core.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.core.access.AccessDeniedException;
import org.schooljournal.core.archive.Backup;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.RetentionSchool;
import org.schooljournal.core.reports.SummarySheet;
import org.schooljournal.spi.JournalException;

@DisplayName("Retention: archive the closed year, keep summary sheets, purge journals after 5 years")
class RetentionTest {

    @TempDir
    Path folder;

    private final RetentionSchool school = RetentionSchool.withMarks();

    @Test
    @Tag("ARC-3")
    @DisplayName("ARC-3: the year is archived only once its accounting closed; then each class's summary sheet is in the school's log")
    void archiveAfterTheYear() {
        school.at(LocalDate.of(2027, 5, 26), LocalTime.of(23, 0));
        assertThatThrownBy(() -> school.engine().retention().archiveYear(RetentionSchool.DEPUTY, RetentionSchool.ID,
                folder.resolve("early.jsonl"))).isInstanceOf(JournalException.class).hasMessageContaining("ARC-3");
        assertThatThrownBy(() -> school.engine().retention().archiveYear(RetentionSchool.MATH, RetentionSchool.ID,
                folder.resolve("teacher.jsonl"))).isInstanceOf(AccessDeniedException.class);

        school.at(LocalDate.of(2027, 6, 15), LocalTime.of(10, 0));
        RetentionReport report = school.engine().retention().archiveYear(RetentionSchool.DEPUTY, RetentionSchool.ID,
                folder.resolve("2026-2027.jsonl"));

        assertThat(report.done()).contains(RetentionSchool.MATH_5A.stream(RetentionSchool.ID));
        SummarySheet sheet = ArchiveRecords.of(school.engine().host().school(RetentionSchool.ID)).summarySheet("5А").orElseThrow();
        assertThat(sheet.rows()).isNotEmpty();
        assertThat(sheet.rows().stream().flatMap(r -> r.mark("math", "QUARTER-1").stream())).contains("5");
        assertThat(Backup.verify(folder.resolve("2026-2027.jsonl")).stream(RetentionSchool.MATH_5A.stream(RetentionSchool.ID)))
                .isPresent();
    }

    @Test
    @Tag("ARC-1")
    @Tag("ARC-2")
    @DisplayName("ARC-1, ARC-2: journals are purged from 1 January 2033 on, only as archived; the summary sheet outlives them")
    void purgeAfterFiveYears() {
        school.at(LocalDate.of(2027, 6, 15), LocalTime.of(10, 0));
        school.engine().retention().archiveYear(RetentionSchool.DEPUTY, RetentionSchool.ID, folder.resolve("a.jsonl"));
        String maths = RetentionSchool.MATH_5A.stream(RetentionSchool.ID);

        school.at(LocalDate.of(2032, 12, 31), LocalTime.of(23, 59));
        RetentionReport early = school.engine().retention().purgeJournals(RetentionSchool.DEPUTY, RetentionSchool.ID);
        assertThat(early.done()).isEmpty();
        assertThat(early.kept().get(maths)).contains("ARC-1");
        assertThat(early.disposalFrom()).isEqualTo(ZonedDateTime.of(2033, 1, 1, 0, 0, 0, 0, RetentionSchool.ZONE).toInstant());

        school.at(LocalDate.of(2033, 1, 1), LocalTime.of(0, 0));
        RetentionReport purged = school.engine().retention().purgeJournals(RetentionSchool.DEPUTY, RetentionSchool.ID);

        assertThat(purged.done()).contains(maths);
        assertThat(school.store().version(maths)).isZero();
        assertThat(ArchiveRecords.of(school.engine().host().school(RetentionSchool.ID)).purged()).containsKey(maths);
        assertThat(ArchiveRecords.of(school.engine().host().school(RetentionSchool.ID)).summarySheet("5А")).isPresent();
        assertThat(school.engine().archive().verify(RetentionSchool.ID).verified()).isTrue();
    }

    @Test
    @Tag("ARC-1")
    @DisplayName("a journal changed after its archive is kept until archived again")
    void changedAfterArchiveIsKept() {
        school.at(LocalDate.of(2027, 6, 15), LocalTime.of(10, 0));
        school.engine().retention().archiveYear(RetentionSchool.DEPUTY, RetentionSchool.ID, folder.resolve("a.jsonl"));
        school.correctFirstMark("исправление после архивации");
        String maths = RetentionSchool.MATH_5A.stream(RetentionSchool.ID);

        school.at(LocalDate.of(2033, 2, 1), LocalTime.of(9, 0));
        RetentionReport report = school.engine().retention().purgeJournals(RetentionSchool.DEPUTY, RetentionSchool.ID);

        assertThat(report.kept().get(maths)).contains("no archive holds it as it is now");
        assertThat(school.store().version(maths)).isPositive();
        school.engine().retention().archiveYear(RetentionSchool.DEPUTY, RetentionSchool.ID, folder.resolve("b.jsonl"));
        assertThat(school.engine().retention().purgeJournals(RetentionSchool.DEPUTY, RetentionSchool.ID).done()).contains(maths);
        assertThat(Optional.of(ArchiveRecords.of(school.engine().host().school(RetentionSchool.ID)).purged().get(maths).archiveDigest()))
                .contains(Backup.verify(folder.resolve("b.jsonl")).envelopeDigest());
    }
}
