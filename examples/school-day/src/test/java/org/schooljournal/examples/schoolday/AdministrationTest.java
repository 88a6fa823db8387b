package org.schooljournal.examples.schoolday;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.archive.Backup;
import org.schooljournal.core.archive.BackupManifest;
import org.schooljournal.core.archive.IntegrityReport;
import org.schooljournal.core.archive.StreamIntegrity;
import org.schooljournal.core.school.Schools;

/**
 * The administrator's commands on the example's database: {@code verify} reports every chain of
 * the school's log in Russian and fails when a record was changed behind the store's back (a plain
 * SQL UPDATE of one byte of a payload); {@code backup} copies an intact log, every chain of it, and
 * refuses a broken one.
 */
class AdministrationTest {

    /** The record changed by the tamper tests: one of the students' enrolments. */
    private static final long TAMPERED = 1_000;

    /** A database the example set the school up in, copied before any change. */
    @TempDir
    static Path pristine;

    private static IntegrityReport intact;

    @TempDir
    Path dir;

    @BeforeAll
    static void setTheSchoolUp() {
        assertThat(Run.of("--data", pristine.toString()).status()).isEqualTo(SchoolDay.OK);
        try (JournalEngine engine = JournalStorage.in(pristine).open(Run.ADMIN_CLOCK)) {
            intact = engine.archive().verify(YugraSchool.ID);
        }
    }

    @Test
    @Tag("ARC-4")
    @DisplayName("verify reports an intact log: every record checked, the head's number and hash; exit code 0")
    void verifyAnIntactLog() {
        Run run = Run.of("--data", pristine.toString(), "verify");

        assertThat(run.status()).isEqualTo(SchoolDay.OK);
        List<String> expected = new ArrayList<>(List.of(
                "Проверка целостности журнала школы 86-hm-001 (ARC-4, ARC-6); цепочек записей: "
                        + intact.streams().size(),
                "База данных: " + pristine.resolve("journal.mv.db")));
        for (StreamIntegrity stream : intact.streams()) {
            expected.add("Цепочка " + stream.streamId() + ": записей " + stream.checked() + ", нарушений нет;"
                    + " последняя — № " + stream.headSequence() + ", её хеш: " + stream.headHash());
        }
        expected.add("Итого проверено записей: " + intact.checked() + " из " + intact.envelopeCount() + " в цепочках: "
                + intact.streams().size() + "; нарушений нет.");
        expected.add("Хеш последней записи цепочки подтверждает все записи цепочки до него: храните эти хеши отдельно"
                + " от базы данных (в распечатке журнала, в реестре), чтобы позже убедиться, что ничего не изменено.");
        assertThat(run.lines()).containsExactlyElementsOf(expected);
        assertThat(run.lines().get(2)).isEqualTo("Цепочка school-86-hm-001: записей " + intact.headSequence()
                + ", нарушений нет; последняя — № " + intact.headSequence() + ", её хеш: " + intact.headHash());
    }

    @Test
    @Tag("ARC-4")
    @DisplayName("verify names the record whose payload was changed in the database, and exits with 1")
    void verifyNamesAChangedRecord() throws IOException, SQLException {
        Path copy = copyOfTheDatabase();
        Changed changed = changeOneByteOfPayload(copy, TAMPERED);

        Run run = Run.of("--data", copy.toString(), "verify");

        assertThat(run.status()).isEqualTo(SchoolDay.BROKEN);
        long total = intact.envelopeCount();
        assertThat(run.lines()).containsSubsequence(
                "Цепочка school-86-hm-001: ЦЕЛОСТНОСТЬ НАРУШЕНА: запись № " + TAMPERED + " (позиция "
                        + changed.position() + ", событие " + changed.eventId() + ") не проходит проверку.",
                "Техническая причина: its content does not match its SHA-256 hash",
                "Проверено записей цепочки: " + TAMPERED + " из " + intact.headSequence() + "; последняя — № "
                        + intact.headSequence() + ", её хеш: " + intact.headHash()
                        + "; после нарушения он ничего не подтверждает.",
                "Итого: ЦЕЛОСТНОСТЬ НАРУШЕНА в цепочках: 1 из " + intact.streams().size() + "; проверено записей: "
                        + (total - intact.headSequence() + TAMPERED) + " из " + total + ".");
        assertThat(run.printed()).doesNotContain("Итого проверено").doesNotContain("Хеш последней записи цепочки");
    }

    @Test
    @Tag("ARC-5")
    @DisplayName("backup checks the log, writes the file and prints its manifest; the file checks and holds the whole log")
    void backUpAnIntactLog() {
        Path file = dir.resolve("copies").resolve("86-hm-001.jsonl");

        Run run = Run.of("--data", pristine.toString(), "backup", file.toString());

        assertThat(run.status()).isEqualTo(SchoolDay.OK);
        BackupManifest manifest = Backup.verify(file);
        long count = intact.checked();
        assertThat(manifest.envelopeCount()).isEqualTo(count);
        assertThat(manifest.schoolStream().headHash()).isEqualTo(intact.headHash());
        assertThat(manifest.streams()).extracting(BackupManifest.StreamEntry::headHash)
                .containsExactlyElementsOf(intact.streams().stream().map(StreamIntegrity::headHash).toList());
        assertThat(manifest.createdAt()).isEqualTo(Run.ADMIN_CLOCK.instant());
        assertThat(run.lines()).contains("Итого проверено записей: " + count + " из " + count + " в цепочках: "
                + intact.streams().size() + "; нарушений нет.");
        List<String> expected = new ArrayList<>(List.of(
                "Резервная копия журнала школы 86-hm-001 (ARC-5) записана в файл " + file,
                "Формат school-journal-backup, версия 2; копия создана 30.06.2026 15:00.",
                "Записей: " + count + " в цепочках: " + intact.streams().size() + "."));
        for (StreamIntegrity stream : intact.streams()) {
            expected.add("Цепочка " + stream.streamId() + ": записей " + stream.checked() + " (№ 1–"
                    + stream.headSequence() + "); хеш последней записи (SHA-256): " + stream.headHash());
        }
        expected.add("Контрольная сумма записей (SHA-256): " + manifest.envelopeDigest());
        expected.add("");
        assertThat(run.printed()).endsWith(String.join("\n", expected));
    }

    @Test
    @Tag("ARC-5")
    @DisplayName("backup does not overwrite a file: it says so and exits with 2, the file unchanged")
    void backupKeepsAnExistingFile() throws IOException {
        Path file = Files.writeString(dir.resolve("taken.jsonl"), "someone else's");

        Run run = Run.of("--data", pristine.toString(), "backup", file.toString());

        assertThat(run.status()).isEqualTo(SchoolDay.CANNOT);
        assertThat(run.lines()).last().isEqualTo("Резервная копия не создана: файл " + file + " уже существует.");
        assertThat(file).hasContent("someone else's");
    }

    @Test
    @Tag("ARC-5")
    @DisplayName("backup refuses a log that does not verify: it names the record, writes nothing and exits with 1")
    void backupRefusesABrokenLog() throws IOException, SQLException {
        Path copy = copyOfTheDatabase();
        changeOneByteOfPayload(copy, TAMPERED);
        Path file = dir.resolve("86-hm-001.jsonl");

        Run run = Run.of("--data", copy.toString(), "backup", file.toString());

        assertThat(run.status()).isEqualTo(SchoolDay.BROKEN);
        assertThat(run.printed()).contains("Цепочка school-86-hm-001: ЦЕЛОСТНОСТЬ НАРУШЕНА: запись № " + TAMPERED);
        assertThat(run.lines()).last().isEqualTo("Резервная копия не создана: целостность журнала нарушена.");
        assertThat(file).doesNotExist();
    }

    @Test
    @DisplayName("verify without a database says so, exits with 2 and creates nothing")
    void verifyWithoutADatabase() {
        Run run = Run.of("--data", dir.toString(), "verify");

        assertThat(run.status()).isEqualTo(SchoolDay.CANNOT);
        assertThat(run.printed()).isEqualTo("База данных " + dir.resolve("journal.mv.db")
                + " не найдена: запустите пример без команды, чтобы создать её.\n");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    @DisplayName("verify on a database without the school says so and exits with 2")
    void verifyWithoutTheSchool() {
        JournalStorage.in(dir).open(Run.ADMIN_CLOCK).close();

        Run run = Run.of("--data", dir.toString(), "verify");

        assertThat(run.status()).isEqualTo(SchoolDay.CANNOT);
        assertThat(run.printed()).isEqualTo("В базе данных " + dir.resolve("journal.mv.db")
                + " нет журнала школы 86-hm-001: запустите пример без команды, чтобы создать его.\n");
    }

    private Path copyOfTheDatabase() throws IOException {
        Path copy = Files.createDirectory(dir.resolve("copy"));
        Files.copy(pristine.resolve("journal.mv.db"), copy.resolve("journal.mv.db"));
        return copy;
    }

    /** The record changed behind the store's back: its event id and position. */
    private record Changed(String eventId, long position) {
    }

    /**
     * Changes one byte of the record's payload in the school's own chain with plain JDBC, behind
     * the store's back, as in storage-jdbc's TamperTest.
     */
    private static Changed changeOneByteOfPayload(Path folder, long sequence) throws SQLException {
        String stream = Schools.streamOf(YugraSchool.ID);
        try (Connection connection = DriverManager.getConnection(JournalStorage.in(folder).url().orElseThrow())) {
            byte[] payload;
            Changed changed;
            try (PreparedStatement query = connection.prepareStatement("SELECT payload, event_id, school_position"
                    + " FROM journal_event WHERE stream_id = ? AND sequence = ?")) {
                query.setString(1, stream);
                query.setLong(2, sequence);
                try (ResultSet row = query.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    payload = row.getBytes(1);
                    changed = new Changed(row.getString(2), row.getLong(3));
                }
            }
            payload[payload.length / 2] ^= 0x01;
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE journal_event SET payload = ? WHERE stream_id = ? AND sequence = ?")) {
                update.setBytes(1, payload);
                update.setString(2, stream);
                update.setLong(3, sequence);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            return changed;
        }
    }
}
