package org.schooljournal.core.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.archive.ArchiveSchool.BACKUP_TIME;
import static org.schooljournal.core.archive.ArchiveSchool.ID;
import static org.schooljournal.core.archive.ArchiveSchool.STREAM;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.StoredEnvelopes;
import org.schooljournal.core.school.RegisterSchool;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.core.log.DelegatingStore;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;

@Tag("ARC-5")
@DisplayName("ARC-5: a school backed up to one file and restored into another store is the same school")
class BackupRestoreTest {

    @TempDir
    Path directory;

    private InMemoryEventStore store;
    private JournalEngine engine;
    private Path file;

    @BeforeEach
    void setUp() {
        store = new InMemoryEventStore();
        engine = ArchiveSchool.engine(store);
        ArchiveSchool.setUp(engine);
        file = directory.resolve("backups/86-001-2027-06-30.jsonl");
    }

    @Test
    @Tag("ARC-6")
    @DisplayName("restored into a fresh store: the same envelopes field for field, the same head hash, the same school")
    void roundTrip() {
        BackupManifest manifest = Backup.export(store, ID, file, ArchiveSchool.backupClock());
        InMemoryEventStore fresh = new InMemoryEventStore();

        IntegrityReport restored = Restore.into(fresh, file);

        List<EventEnvelope> original = ArchiveSchool.envelopes(store);
        List<EventEnvelope> copy = ArchiveSchool.envelopes(fresh);
        assertThat(copy).hasSameSizeAs(original);
        for (int i = 0; i < original.size(); i++) {
            assertThat(copy.get(i).streamId()).isEqualTo(original.get(i).streamId());
            assertThat(copy.get(i).sequence()).isEqualTo(original.get(i).sequence());
            assertThat(copy.get(i).event()).isEqualTo(original.get(i).event());
            assertThat(copy.get(i).event().payload()).isEqualTo(original.get(i).event().payload());
            assertThat(copy.get(i).event().recordedAt()).isEqualTo(original.get(i).event().recordedAt());
        }
        IntegrityReport before = IntegrityCheck.of(store).school(ID);
        assertThat(restored).isEqualTo(before);
        assertThat(restored.headHash()).isEqualTo(manifest.schoolStream().headHash());

        JournalEngine again = JournalEngine.builder().eventStore(fresh).clock(ArchiveSchool.backupClock()).build();
        assertThat(again.host().school(ID)).isEqualTo(engine.host().school(ID));
        assertThat(again.host().rebuildSchool(ID)).isEqualTo(engine.host().school(ID));
        assertThat(again.archive().verify(ID).verified()).isTrue();
        assertThat(again.archive().verify(ID).checked()).isEqualTo(original.size());
    }

    @Test
    @DisplayName("the manifest names the format, the school, the count, the sequences, the head and the time of the clock")
    void manifest() {
        BackupManifest manifest = Backup.export(store, ID, file, ArchiveSchool.backupClock());

        List<EventEnvelope> original = ArchiveSchool.envelopes(store);
        EventEnvelope last = original.get(original.size() - 1);
        assertThat(manifest.format()).isEqualTo("school-journal-backup");
        assertThat(manifest.formatVersion()).isEqualTo(2);
        assertThat(manifest.schoolId()).isEqualTo(ID);
        assertThat(manifest.envelopeCount()).isEqualTo(original.size());
        assertThat(manifest.streams()).containsExactly(new BackupManifest.StreamEntry(STREAM, original.size(), 1,
                original.size(), last.event().hash(), "SHA-256"));
        assertThat(manifest.createdAt()).isEqualTo(BACKUP_TIME);
        assertThat(manifest.digestAlgorithm()).isEqualTo("SHA-256");
        assertThat(Backup.verify(file)).isEqualTo(manifest);

        List<String> lines = BackupFiles.lines(file);
        assertThat(lines).hasSize(original.size() + 3);
        StringBuilder envelopeLines = new StringBuilder();
        lines.subList(2, lines.size() - 1).forEach(line -> envelopeLines.append(line).append('\n'));
        assertThat(manifest.envelopeDigest()).isEqualTo(BackupFiles.sha256(envelopeLines.toString()));
        assertThat(lines.get(0)).isEqualTo("{\"format\":\"school-journal-backup\",\"formatVersion\":2,"
                + "\"schoolId\":\"86-001\",\"streamCount\":1,\"envelopeCount\":" + original.size()
                + ",\"createdAt\":\"2027-06-30T12:00:00.123456Z\","
                + "\"digestAlgorithm\":\"SHA-256\",\"envelopeDigest\":\"" + manifest.envelopeDigest() + "\"}");
        assertThat(lines.get(1)).isEqualTo("{\"stream\":\"school-86-001\",\"envelopeCount\":" + original.size()
                + ",\"firstSequence\":1,\"lastSequence\":" + original.size() + ",\"headHash\":\"" + last.event().hash()
                + "\",\"hashAlgorithm\":\"SHA-256\"}");
        String manifestLines = lines.get(0) + "\n" + lines.get(1) + "\n";
        assertThat(lines.get(lines.size() - 1)).isEqualTo("{\"trailer\":\"school-journal-backup\",\"manifestDigest\":\""
                + BackupFiles.sha256(manifestLines) + "\",\"fileDigest\":\""
                + BackupFiles.sha256(manifestLines + envelopeLines) + "\"}");
    }

    @Test
    @DisplayName("envelope lines are printable ASCII: a Cyrillic actor is escaped, the payload is Base64")
    void envelopeLine() throws IOException {
        Backup.export(store, ID, file, ArchiveSchool.backupClock());

        byte[] bytes = Files.readAllBytes(file);
        for (byte b : bytes) {
            assertThat(b == '\n' || b >= 0x20 && b <= 0x7e).as("byte %02x", b).isTrue();
        }
        EventEnvelope guardian = ArchiveSchool.envelopes(store).stream()
                .filter(e -> e.event().actor().equals(ArchiveSchool.HOMEROOM_5A.personId())).findFirst().orElseThrow();
        EventData event = guardian.event();
        String line = BackupFiles.lines(file).get((int) guardian.sequence() + 1);
        assertThat(line).isEqualTo("{\"streamId\":\"school-86-001\",\"sequence\":" + guardian.sequence() + ",\"globalPosition\":"
                + guardian.position() + ",\"eventId\":\"" + event.eventId() + "\",\"type\":\"GuardianRegistered\","
                + "\"schemaVersion\":1,\"actor\":\"\\u0443\\u0447\\u0438\\u0442\\u0435\\u043b\\u044c-5\\u0430\","
                + "\"recordedAt\":\"" + event.recordedAt() + "\",\"previousHash\":\"" + event.previousHash()
                + "\",\"hash\":\"" + event.hash() + "\",\"hashAlgorithm\":\"SHA-256\",\"payload\":\""
                + Base64.getEncoder().encodeToString(event.payload()) + "\"}");
        assertThat(new String(event.payload(), StandardCharsets.UTF_8)).contains("Ёлкина");
    }

    @Test
    @DisplayName("a store holding other schools takes the restore; the school gets its own positions from 1, theirs stay")
    void intoAStoreWithOtherSchools() {
        Backup.export(store, ID, file, ArchiveSchool.backupClock());
        InMemoryEventStore other = new InMemoryEventStore();
        JournalEngine otherEngine = ArchiveSchool.engine(other);
        otherEngine.execute(ArchiveSchool.ADMIN, new RegisterSchool("86-002", "Школа № 2", SchoolCalendar.YUGRA));
        otherEngine.execute(ArchiveSchool.ADMIN, new RegisterSchool("86-003", "Школа № 3", SchoolCalendar.YUGRA));
        List<EventEnvelope> theirs = StoredEnvelopes.of(other);

        Restore.into(other, file);

        List<EventEnvelope> original = ArchiveSchool.envelopes(store);
        List<EventEnvelope> restored = ArchiveSchool.envelopes(other);
        assertThat(restored).extracting(EventEnvelope::event).containsExactlyElementsOf(
                original.stream().map(EventEnvelope::event).toList());
        assertThat(theirs).hasSize(4);
        assertThat(restored).extracting(EventEnvelope::position)
                .containsExactlyElementsOf(Stream.iterate(1L, p -> p + 1).limit(original.size()).toList());
        assertThat(StoredEnvelopes.of(other)).filteredOn(e -> !e.schoolKey().equals(STREAM)).isEqualTo(theirs);
        assertThat(otherEngine.host().school(ID)).isEqualTo(engine.host().school(ID));
        assertThat(otherEngine.host().school("86-002").registered()).isTrue();
    }

    @Test
    @DisplayName("envelopes are appended in batches, each at the version the previous left")
    void batches() {
        Backup.export(store, ID, file, ArchiveSchool.backupClock());
        InMemoryEventStore fresh = new InMemoryEventStore();
        List<Long> versions = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        EventStore counting = new DelegatingStore(fresh) {
            @Override
            public List<EventEnvelope> append(String streamId, long expectedVersion, List<EventData> events) {
                versions.add(expectedVersion);
                sizes.add(events.size());
                return super.append(streamId, expectedVersion, events);
            }
        };

        Restore.into(counting, file, 5);

        int count = ArchiveSchool.envelopes(store).size();
        assertThat(sizes).hasSize((count + 4) / 5);
        assertThat(sizes.subList(0, sizes.size() - 1)).containsOnly(5);
        assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(count);
        assertThat(versions).containsExactlyElementsOf(Stream.iterate(0L, v -> v + 5).limit(sizes.size()).toList());
        assertThat(ArchiveSchool.envelopes(fresh)).extracting(EventEnvelope::event)
                .containsExactlyElementsOf(ArchiveSchool.envelopes(store).stream().map(EventEnvelope::event).toList());
    }

    @Test
    @DisplayName("restoring twice: the second is refused with CONFLICT and appends nothing")
    void twice() {
        Backup.export(store, ID, file, ArchiveSchool.backupClock());
        InMemoryEventStore fresh = new InMemoryEventStore();
        Restore.into(fresh, file);
        List<EventEnvelope> once = StoredEnvelopes.of(fresh);

        assertThatThrownBy(() -> Restore.into(fresh, file))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT))
                .hasMessage("restore of school 86-001 from " + file + " refused, nothing was imported: the store"
                        + " already holds 1 stream of the school (school-86-001 with " + once.size() + " events); a"
                        + " backup is restored only into a store holding no stream of its school");
        assertThat(StoredEnvelopes.of(fresh)).isEqualTo(once);
    }

    @Test
    @DisplayName("a store where the school already has events refuses the restore and keeps them")
    void schoolAlreadyThere() {
        Backup.export(store, ID, file, ArchiveSchool.backupClock());

        assertThatThrownBy(() -> Restore.into(store, file))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));

        InMemoryEventStore other = new InMemoryEventStore();
        ArchiveSchool.engine(other).execute(ArchiveSchool.ADMIN, new RegisterSchool(ID, "Другая", SchoolCalendar.YUGRA));
        assertThatThrownBy(() -> Restore.into(other, file))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT))
                .hasMessageContaining("already holds 1 stream of the school (school-86-001 with 2 events)");
        assertThat(other.version(STREAM)).isEqualTo(2);
    }

    @Test
    @DisplayName("restore walks the chain of what it imported: a store that changes a payload is caught")
    void verifiesWhatItImported() {
        Backup.export(store, ID, file, ArchiveSchool.backupClock());
        InMemoryEventStore fresh = new InMemoryEventStore();
        EventStore corrupting = ArchiveSchool.tamper(fresh, 3, data -> ArchiveSchool.flipPayloadBit(data, 2));

        assertThatThrownBy(() -> Restore.into(corrupting, file))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTEGRITY))
                .hasMessageContaining("the imported school does not verify in the store")
                .hasMessageContaining("envelope 3 (position 3, event id "
                        + ArchiveSchool.envelopes(store).get(2).event().eventId() + ") does not verify");
    }

    @Test
    @DisplayName("a store that refuses a batch stops the restore and says how much was imported")
    void storeFailsMidway() {
        Backup.export(store, ID, file, ArchiveSchool.backupClock());
        InMemoryEventStore fresh = new InMemoryEventStore();
        EventStore failing = new DelegatingStore(fresh) {
            @Override
            public List<EventEnvelope> append(String streamId, long expectedVersion, List<EventData> events) {
                if (expectedVersion >= 10) {
                    throw new JournalException(ErrorCode.STORAGE, "disk full");
                }
                return super.append(streamId, expectedVersion, events);
            }
        };

        assertThatThrownBy(() -> Restore.into(failing, file, 10))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.STORAGE))
                .hasMessageEndingWith("stopped: the store failed on stream school-86-001 after 10 of "
                        + ArchiveSchool.envelopes(store).size() + " envelopes were imported; in the store: stream"
                        + " school-86-001 envelopes 1 to 10, each a verifiable prefix of its stream in the backup:"
                        + " disk full");
        assertThat(IntegrityCheck.of(fresh).school(ID).verified()).isTrue();
    }

    @Test
    @DisplayName("another writer appending between two batches stops the restore with CONFLICT, saying how much was imported")
    void writerBetweenBatches() {
        Backup.export(store, ID, file, ArchiveSchool.backupClock());
        InMemoryEventStore fresh = new InMemoryEventStore();
        List<EventData> foreign = List.of(ArchiveSchool.envelopes(store).get(0).event());
        EventStore racing = new DelegatingStore(fresh) {
            @Override
            public List<EventEnvelope> append(String streamId, long expectedVersion, List<EventData> events) {
                if (expectedVersion == 4) {
                    // a command of another engine gets in first (its event id differs from the backup's 5th)
                    EventData first = foreign.get(0);
                    fresh.append(streamId, 4, List.of(new EventData(UUID.randomUUID(), first.type(),
                            first.schemaVersion(), first.payload(), first.actor(), first.recordedAt(),
                            first.previousHash(), first.hash(), first.hashAlgorithm())));
                }
                return super.append(streamId, expectedVersion, events);
            }
        };

        assertThatThrownBy(() -> Restore.into(racing, file, 4))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT))
                .hasMessage("restore of school 86-001 from " + file + " stopped: stream school-86-001 got events from"
                        + " elsewhere after 4 of " + ArchiveSchool.envelopes(store).size() + " envelopes were imported;"
                        + " in the store: stream school-86-001 envelopes 1 to 4, each a verifiable prefix of its stream"
                        + " in the backup");
    }

    @Test
    @DisplayName("the backup is readable by its owner only, where the file system has POSIX permissions")
    void ownerOnly() throws IOException {
        Backup.export(store, ID, file, ArchiveSchool.backupClock());
        Assumptions.assumeTrue(
                file.getFileSystem().supportedFileAttributeViews().contains("posix"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    @DisplayName("export refuses a school without events (NOT_FOUND), a broken chain (INTEGRITY), an existing file (VALIDATION)")
    void exportRefusals() throws IOException {
        assertThatThrownBy(() -> Backup.export(store, "86-999", file, ArchiveSchool.backupClock()))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));

        EventEnvelope fifth = ArchiveSchool.envelopes(store).get(4);
        EventStore tampered = ArchiveSchool.tamper(store, 5, data -> ArchiveSchool.flipPayloadBit(data, 9));
        assertThatThrownBy(() -> Backup.export(tampered, ID, file, ArchiveSchool.backupClock()))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTEGRITY))
                .hasMessageStartingWith("school 86-001 is not backed up: school 86-001 (1 stream): 1 of 1 streams do"
                        + " not verify; first, stream school-86-001: envelope 5 (position 5, event id "
                        + fifth.event().eventId() + ") does not verify: its content does not match its SHA-256 hash");
        assertThat(file).doesNotExist();

        Files.createDirectories(file.getParent());
        Files.writeString(file, "an older backup");
        assertThatThrownBy(() -> Backup.export(store, ID, file, ArchiveSchool.backupClock()))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION))
                .hasMessage("backup target " + file + " exists; a backup never overwrites a file, choose a new name");
        assertThat(Files.readString(file)).isEqualTo("an older backup");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    @DisplayName("a missing file is NOT_FOUND and imports nothing")
    void missingFile() {
        InMemoryEventStore fresh = new InMemoryEventStore();
        assertThatThrownBy(() -> Restore.into(fresh, directory.resolve("none.jsonl")))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThat(fresh.streamIds("")).isEmpty();
    }

    @Test
    @DisplayName("the export leaves exactly the target in its directory, and a restored school backs up to the same bytes")
    void exportLeavesOnlyTheTarget() throws IOException {
        Backup.export(store, ID, file, ArchiveSchool.backupClock());
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
        InMemoryEventStore fresh = new InMemoryEventStore();
        Restore.into(fresh, file);
        Path second = directory.resolve("second.jsonl");
        Backup.export(fresh, ID, second, ArchiveSchool.backupClock());
        assertThat(Files.mismatch(file, second)).as("the store had this school alone, so positions match too")
                .isEqualTo(-1L);
    }
}
