package org.schooljournal.adapter.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.journal.EntryKind;
import org.schooljournal.core.journal.JournalEntry;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalPage;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.Revision;
import org.schooljournal.core.roster.Student;

@Tag("MRK-10")
@DisplayName("MRK-10, PD-4: the corrections annex of the printed journal")
class CorrectionsAnnexTest {

    private static final LessonRef LESSON = new LessonRef(LocalDate.of(2026, 10, 12), 1);
    private static final Instant AT = Instant.parse("2026-10-12T04:00:00Z");

    @Test
    @Tag("PD-4")
    @DisplayName("MRK-10, PD-4: each replaced value in a row of its own; a removal printed as such; a value a compromise report voided marked with the act")
    void everyRevision() {
        JournalKey key = new JournalKey("5А", "math");
        JournalEntry entry = new JournalEntry(7, EntryKind.MARK, Optional.of(LESSON), Optional.of("s-1"), Optional.empty(),
                Map.of(), List.of(new Revision("5", "t-1", AT, Optional.empty(), Optional.empty()),
                        new Revision("3", "t-evil", AT.plusSeconds(60), Optional.of("подмена"), Optional.empty(), Optional.of(12)),
                        new Revision("", "t-1", AT.plusSeconds(3600), Optional.of("не тот ученик"), Optional.empty())),
                Optional.empty());
        Student student = new Student("s-1", "Иванов", "Пётр", "", LocalDate.of(2015, 1, 1));
        ClassJournal journal = new ClassJournal("5А", LESSON.date(), LESSON.date(), List.of(new ClassJournal.SubjectJournal(
                key, Optional.of("t-1"), new JournalPage(key, List.of(), List.of(new JournalPage.Row(1, student, Map.of()))),
                List.of(entry), List.of(), List.of())));
        SchoolHeader header = new SchoolHeader(PrintedSchool.NAME, PrintedSchool.ID,
                AT.atZone(PrintedSchool.ZONE), Map.of("math", "Математика"), Map.of("t-1", "Петрова Мария Ивановна"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ClassJournalPdf.write(journal, header, out);

        String text = VeraPdf.text(out.toByteArray());
        assertThat(text).containsPattern("7 12\\.10\\.2026, 1 Иванов Пётр 5 3 \\(недействительно,\\s+акт\\s+№ 12\\)\\s+t-evil .* подмена")
                .containsPattern("7 12\\.10\\.2026, 1 Иванов Пётр 3 \\(удалено\\) Петрова Мария\\s+Ивановна .* не тот ученик");
    }
}
