package org.schooljournal.core.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.log.SchoolStreams;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.storage.EventEnvelope;

/**
 * The whole files of docs/backup-format.md — one of version 2 with a journal, one of version 1 —
 * are backups this library checks and restores: the description and the code cannot drift apart,
 * and a version 1 file made by an earlier release still comes back.
 */
@Tag("ARC-5")
@Tag("ARC-6")
@DisplayName("ARC-5, ARC-6: the files shown in docs/backup-format.md check and restore; version 1 files are still read")
class DocumentedBackupTest {

    private static final Path DOC = Path.of(System.getProperty("schooljournal.backupFormat",
            "../docs/backup-format.md"));

    @TempDir
    Path directory;

    private List<String> files;

    @BeforeEach
    void readTheDocument() throws IOException {
        files = wholeFiles(Files.readString(DOC, StandardCharsets.UTF_8));
    }

    /** Returns the code blocks of the document that are backup files. */
    private static List<String> wholeFiles(String document) {
        List<String> found = new ArrayList<>();
        String[] blocks = document.split("```");
        for (int i = 1; i < blocks.length; i += 2) {
            String block = blocks[i].startsWith("\n") ? blocks[i].substring(1) : "";
            if (block.startsWith("{\"format\":\"school-journal-backup\"")) {
                found.add(block);
            }
        }
        return found;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(directory.resolve(name), content, StandardCharsets.US_ASCII);
    }

    @Test
    @DisplayName("the version 2 file, a school and its journal of 5А in mathematics, checks and restores into a"
            + " store where the journal reads its topic and mark")
    void versionTwo() throws IOException {
        assertThat(files).hasSize(2);
        Path file = write("86-001-v2.jsonl", files.get(0));

        BackupManifest manifest = Backup.verify(file);
        String journal = SchoolStreams.journal("86-001", "5А", "math");
        assertThat(manifest.formatVersion()).isEqualTo(2);
        assertThat(manifest.streams()).extracting(BackupManifest.StreamEntry::streamId)
                .containsExactly("school-86-001", journal);

        InMemoryEventStore store = new InMemoryEventStore();
        IntegrityReport restored = Restore.into(store, file);

        assertThat(restored.verified()).isTrue();
        assertThat(restored.streams()).extracting(StreamIntegrity::headHash)
                .containsExactlyElementsOf(manifest.streams().stream().map(BackupManifest.StreamEntry::headHash).toList());
        JournalEngine engine = ArchiveSchool.engine(store, ArchiveSchool.backupClock());
        assertThat(engine.host().school("86-001").registered()).isTrue();
        assertThat(engine.host().rebuildJournal("86-001", new JournalKey("5А", "math")).entries().values())
                .extracting(entry -> entry.current().value()).containsExactly("Дроби", "5");
    }

    @Test
    @DisplayName("the version 1 file checks, restores into an empty store, and backs up again as version 2")
    void versionOne() throws IOException {
        Path file = write("86-001-v1.jsonl", files.get(1));

        BackupManifest manifest = Backup.verify(file);
        assertThat(manifest.formatVersion()).isEqualTo(1);
        assertThat(manifest.streams()).containsExactly(new BackupManifest.StreamEntry("school-86-001", 4, 1, 4,
                "229a88beca3545e285b0cfb10f8528524ba5105b8c9dc9b068513f79653eea89", "SHA-256"));
        assertThat(manifest.envelopeCount()).isEqualTo(4);

        InMemoryEventStore store = new InMemoryEventStore();
        IntegrityReport restored = Restore.into(store, file);
        assertThat(restored.streams()).hasSize(1);
        assertThat(restored.headHash()).isEqualTo(manifest.schoolStream().headHash());
        assertThat(ArchiveSchool.engine(store, ArchiveSchool.backupClock()).host().school("86-001").registered()).isTrue();

        Path again = directory.resolve("86-001-again.jsonl");
        BackupManifest second = Backup.export(store, "86-001", again, ArchiveSchool.backupClock());
        assertThat(second.formatVersion()).isEqualTo(2);
        assertThat(second.streams()).isEqualTo(manifest.streams());
        InMemoryEventStore third = new InMemoryEventStore();
        Restore.into(third, again);
        assertThat(ArchiveSchool.envelopes(third)).extracting(EventEnvelope::event)
                .containsExactlyElementsOf(ArchiveSchool.envelopes(store).stream().map(EventEnvelope::event).toList());
    }

    @Test
    @DisplayName("a version 1 file is checked as strictly as before: a stream id added to an envelope line is refused")
    void versionOneStaysStrict() throws IOException {
        List<String> lines = new ArrayList<>(List.of(files.get(1).split("\n")));
        lines.set(2, lines.get(2).replace("{\"sequence\"", "{\"streamId\":\"school-86-001\",\"sequence\""));
        Path file = BackupFiles.write(write("86-001-v1.jsonl", files.get(1)), "stream", BackupFiles.reseal(lines));

        assertThatThrownBy(() -> Backup.verify(file))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTEGRITY))
                .hasMessageContaining("line 3 (an envelope): its fields are [streamId, sequence,")
                .hasMessageContaining("unknown [streamId]");
    }
}
