package org.schooljournal.examples.schoolday;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.archive.Anchor;
import org.schooljournal.core.archive.AnchorBreak;
import org.schooljournal.core.archive.BackupManifest;
import org.schooljournal.core.archive.IntegrityReport;
import org.schooljournal.core.archive.StreamHead;
import org.schooljournal.core.archive.StreamIntegrity;
import org.schooljournal.core.archive.ChainReport;
import org.schooljournal.rules.calendar.SchoolCalendar;

/**
 * The printouts of {@code verify} and {@code backup} for a school with class journals: a line per
 * chain of records (the school's own, then each journal's), then the totals — written from reports
 * and manifests made here, whatever the example's own school holds.
 */
class ArchivePrintoutsTest {

    private static final String SCHOOL = "school-86-hm-001";
    private static final String MATH = SCHOOL + "/journal/5А/math";
    private static final String RUSSIAN = SCHOOL + "/journal/5Б/rus";
    private static final String HASH_A = "a".repeat(64);
    private static final String HASH_B = "b".repeat(64);
    private static final String HASH_C = "c".repeat(64);

    private static List<String> printed(Consumer<PrintStream> print) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            print.accept(out);
        }
        return List.of(bytes.toString(StandardCharsets.UTF_8).split("\n"));
    }

    private static RussianText russian() {
        return new RussianText(SchoolCalendar.YUGRA);
    }

    @Test
    @Tag("ARC-4")
    @DisplayName("verify prints a line per chain with its records and head, then the totals and the advice to keep the heads")
    void intactSchoolWithJournals() {
        IntegrityReport report = new IntegrityReport("86-hm-001", List.of(
                new StreamIntegrity(SCHOOL, 120, 120, HASH_A, Optional.empty()),
                new StreamIntegrity(MATH, 40, 40, HASH_B, Optional.empty()),
                new StreamIntegrity(RUSSIAN, 7, 7, HASH_C, Optional.empty())));
        JournalStorage storage = JournalStorage.in(Path.of("data"));

        List<String> lines = printed(out -> new IntegrityPrintout(russian(), out).print(report, storage));

        assertThat(lines).containsExactly(
                "Проверка целостности журнала школы 86-hm-001 (ARC-4, ARC-6); цепочек записей: 3",
                "База данных: " + storage,
                "Цепочка school-86-hm-001: записей 120, нарушений нет; последняя — № 120, её хеш: " + HASH_A,
                "Цепочка school-86-hm-001/journal/5А/math: записей 40, нарушений нет; последняя — № 40, её хеш: " + HASH_B,
                "Цепочка school-86-hm-001/journal/5Б/rus: записей 7, нарушений нет; последняя — № 7, её хеш: " + HASH_C,
                "Итого проверено записей: 167 из 167 в цепочках: 3; нарушений нет.",
                "Хеш последней записи цепочки подтверждает все записи цепочки до него: храните эти хеши отдельно от"
                        + " базы данных (в распечатке журнала, в реестре), чтобы позже убедиться, что ничего не изменено.");
    }

    @Test
    @Tag("ARC-6")
    @DisplayName("verify names the broken journal's chain and record, keeps the other chains' lines, and sums up the breach")
    void brokenJournal() {
        UUID event = UUID.fromString("7f000000-0000-4000-8000-000000000001");
        IntegrityReport report = new IntegrityReport("86-hm-001", List.of(
                new StreamIntegrity(SCHOOL, 120, 120, HASH_A, Optional.empty()),
                new StreamIntegrity(MATH, 12, 40, HASH_B, Optional.of(new ChainReport.Break(12, 3456, event,
                        "its content does not match its SHA-256 hash"))),
                new StreamIntegrity(RUSSIAN, 7, 7, HASH_C, Optional.empty())));
        JournalStorage storage = JournalStorage.in(Path.of("data"));

        List<String> lines = printed(out -> new IntegrityPrintout(russian(), out).print(report, storage));

        assertThat(lines).containsExactly(
                "Проверка целостности журнала школы 86-hm-001 (ARC-4, ARC-6); цепочек записей: 3",
                "База данных: " + storage,
                "Цепочка school-86-hm-001: записей 120, нарушений нет; последняя — № 120, её хеш: " + HASH_A,
                "Цепочка school-86-hm-001/journal/5А/math: ЦЕЛОСТНОСТЬ НАРУШЕНА: запись № 12 (позиция"
                        + " 3456, событие " + event + ") не проходит проверку.",
                "Техническая причина: its content does not match its SHA-256 hash",
                "Проверено записей цепочки: 12 из 40; последняя — № 40, её хеш: " + HASH_B
                        + "; после нарушения он ничего не подтверждает.",
                "Цепочка school-86-hm-001/journal/5Б/rus: записей 7, нарушений нет; последняя — № 7, её хеш: " + HASH_C,
                "Итого: ЦЕЛОСТНОСТЬ НАРУШЕНА в цепочках: 1 из 3; проверено записей: 139 из 167.");
    }

    @Test
    @Tag("ARC-4")
    @DisplayName("verify names a journal deleted and one cut short after a checkpoint, with the checkpoint, and sums up")
    void streamsBrokenAfterACheckpoint() {
        Anchor checkpoint = new Anchor(Anchor.Source.CHECKPOINT, 118, Instant.parse("2026-10-12T19:00:00Z"));
        IntegrityReport report = new IntegrityReport("86-hm-001", List.of(
                new StreamIntegrity(SCHOOL, 120, 120, HASH_A, Optional.empty()),
                new StreamIntegrity(MATH, 38, 38, HASH_B, Optional.empty())), List.of(
                new AnchorBreak(MATH, AnchorBreak.Kind.TRUNCATED, checkpoint, new StreamHead(MATH, 40, 3500, HASH_C), 38,
                        Optional.empty(), 1),
                new AnchorBreak(RUSSIAN, AnchorBreak.Kind.DELETED, checkpoint, new StreamHead(RUSSIAN, 7, 3400, HASH_C), 0,
                        Optional.empty(), 1)), 2);
        JournalStorage storage = JournalStorage.in(Path.of("data"));

        List<String> lines = printed(out -> new IntegrityPrintout(russian(), out).print(report, storage));

        assertThat(lines).containsSubsequence(
                "Цепочка school-86-hm-001/journal/5А/math: ЦЕЛОСТНОСТЬ НАРУШЕНА после контрольной точки (запись № 118"
                        + " цепочки школы, 2026-10-12T19:00:00Z): тогда в цепочке было записей: 40, сейчас — 38;"
                        + " цепочка усечена.",
                "Цепочка school-86-hm-001/journal/5Б/rus: ЦЕЛОСТНОСТЬ НАРУШЕНА после контрольной точки (запись № 118"
                        + " цепочки школы, 2026-10-12T19:00:00Z): тогда в цепочке было записей: 7, сейчас — 0;"
                        + " цепочка удалена.",
                "Итого: ЦЕЛОСТНОСТЬ НАРУШЕНА в цепочках: 2 из 3; проверено записей: 158 из 158.");
    }

    @Test
    @Tag("ARC-5")
    @DisplayName("backup prints the file's format, the total, a line per chain with its records and head, and the digest")
    void backupOfASchoolWithJournals() {
        BackupManifest manifest = new BackupManifest("school-journal-backup", 2, "86-hm-001", List.of(
                new BackupManifest.StreamEntry(SCHOOL, 120, 1, 120, HASH_A, "SHA-256"),
                new BackupManifest.StreamEntry(MATH, 40, 1, 40, HASH_B, "SHA-256")),
                160, Instant.parse("2026-06-30T10:00:00Z"), "SHA-256", HASH_C);
        Path file = Path.of("copies", "86-hm-001.jsonl");

        List<String> lines = printed(out -> new BackupPrintout(russian(), out).print(manifest, file));

        assertThat(lines).containsExactly(
                "Резервная копия журнала школы 86-hm-001 (ARC-5) записана в файл " + file,
                "Формат school-journal-backup, версия 2; копия создана 30.06.2026 15:00.",
                "Записей: 160 в цепочках: 2.",
                "Цепочка school-86-hm-001: записей 120 (№ 1–120); хеш последней записи (SHA-256): " + HASH_A,
                "Цепочка school-86-hm-001/journal/5А/math: записей 40 (№ 1–40); хеш последней записи (SHA-256): " + HASH_B,
                "Контрольная сумма записей (SHA-256): " + HASH_C);
    }
}
