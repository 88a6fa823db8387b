package org.schooljournal.core.archive;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.archive.ArchiveSchool.ID;
import static org.schooljournal.core.archive.ArchiveSchool.MATH_5A;
import static org.schooljournal.core.archive.ArchiveSchool.RUSSIAN_5B;
import static org.schooljournal.core.archive.ArchiveSchool.STREAM;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.school.RegisterSchool;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.storage.EventEnvelope;

/**
 * Checkpoints of a school's log (ARC-4, ARC-6): recorded in the school's own stream after a
 * verified walk, compared by every later check, exported as a canonical manifest a host keeps
 * elsewhere, and checked byte for byte when read back (format in docs/integrity.md).
 */
@Tag("ARC-4")
@Tag("ARC-6")
@DisplayName("ARC-4, ARC-6: a checkpoint records every stream's head in the log, and its manifest is a witness kept elsewhere")
class CheckpointTest {

    @TempDir
    Path directory;

    private InMemoryEventStore store;
    private JournalEngine engine;

    @BeforeEach
    void setUp() {
        store = new InMemoryEventStore();
        ArchiveSchool.SteppingClock clock = new ArchiveSchool.SteppingClock(ArchiveSchool.START);
        engine = ArchiveSchool.engine(store, clock);
        ArchiveSchool.setUpWithJournals(engine, clock);
    }

    private EventEnvelope last(String stream) {
        return store.read(stream, store.version(stream), 1).get(0);
    }

    @Test
    @DisplayName("ARC-4: the README's engine.archive().verify walks every stream of the school, not its own alone")
    void verifyWalksEveryStream() {
        JournalEngine tampered = ArchiveSchool.engine(ArchiveSchool.tamper(store, RUSSIAN_5B, 2,
                data -> ArchiveSchool.flipPayloadBit(data, 3)));

        IntegrityReport report = tampered.archive().verify(ID);

        assertThat(report.streams()).extracting(StreamIntegrity::streamId).containsExactly(STREAM, MATH_5A, RUSSIAN_5B);
        assertThat(report.verified()).isFalse();
        assertThat(report.firstBreak()).hasValueSatisfying(b -> assertThat(b.streamId()).isEqualTo(RUSSIAN_5B));
    }

    @Test
    @DisplayName("a checkpoint records, in the school's stream, every other stream's head as the verified walk found it")
    void recordsEveryHead() {
        EventEnvelope maths = last(MATH_5A);
        EventEnvelope russian = last(RUSSIAN_5B);

        Checkpoint checkpoint = engine.archive().checkpoint(ID);

        EventEnvelope recorded = last(STREAM);
        assertThat(recorded.event().type()).isEqualTo("HeadsCheckpointed");
        assertThat(recorded.event().actor()).isEqualTo(Archive.CHECKPOINTER);
        assertThat(checkpoint.sequence()).isEqualTo(recorded.sequence());
        assertThat(checkpoint.recordedAt()).isEqualTo(recorded.event().recordedAt());
        assertThat(checkpoint.heads()).containsExactly(
                new StreamHead(STREAM, recorded.sequence(), recorded.position(), recorded.event().hash()),
                new StreamHead(MATH_5A, maths.sequence(), maths.position(), maths.event().hash()),
                new StreamHead(RUSSIAN_5B, russian.sequence(), russian.position(), russian.event().hash()));
        Checkpoints kept = Checkpoints.of(engine.host().school(ID));
        assertThat(kept.count()).isEqualTo(1);
        assertThat(kept.latest(MATH_5A)).contains(checkpoint.head(MATH_5A).orElseThrow());
        assertThat(engine.archive().verify(ID).anchorsCompared()).isEqualTo(2);
    }

    @Test
    @DisplayName("a later checkpoint records only the heads that changed; it returns, and its manifest holds, them all")
    void laterCheckpointsRecordWhatChanged() {
        engine.archive().checkpoint(ID);
        engine.execute(ArchiveSchool.HOMEROOM_5A, org.schooljournal.core.journal.RecordMark.of(ID,
                new org.schooljournal.core.journal.JournalKey("5А", "math"),
                new org.schooljournal.core.journal.LessonRef(ArchiveSchool.LESSON_DAY, 1), "s-2",
                org.schooljournal.core.journal.Mark.of("5"), org.schooljournal.core.journal.WorkKind.TEST));

        Checkpoint second = engine.archive().checkpoint(ID);

        assertThat(second.heads()).extracting(StreamHead::streamId).containsExactly(STREAM, MATH_5A, RUSSIAN_5B);
        String recorded = new String(last(STREAM).event().payload(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(recorded).contains(second.head(MATH_5A).orElseThrow().hash()).doesNotContain(RUSSIAN_5B);
        Checkpoint third = engine.archive().checkpoint(ID);
        assertThat(new String(last(STREAM).event().payload(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("{\"heads\":[]}");
        assertThat(third.heads()).hasSize(3);
        assertThat(Checkpoints.of(engine.host().school(ID)).count()).isEqualTo(3);
        assertThat(engine.archive().verify(ID, third).verified()).isTrue();
    }

    @Test
    @DisplayName("no checkpoint is recorded over a log that does not verify: INTEGRITY, naming what is wrong")
    void refusedOverABrokenLog() {
        JournalEngine tampered = ArchiveSchool.engine(ArchiveSchool.tamper(store, MATH_5A, 1,
                data -> ArchiveSchool.flipPayloadBit(data, 3)));
        long before = store.version(STREAM);

        assertThatThrownBy(() -> tampered.archive().checkpoint(ID))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTEGRITY))
                .hasMessageStartingWith("no checkpoint is recorded over a log that does not verify: school 86-001")
                .hasMessageContaining("stream " + MATH_5A + ": envelope 1");
        assertThat(store.version(STREAM)).isEqualTo(before);
    }

    @Test
    @DisplayName("the manifest: canonical JSON lines, its digest checkable with sha256sum, read back to the same checkpoint")
    void manifestFormat() throws IOException {
        Checkpoint checkpoint = engine.archive().checkpoint(ID);
        Path file = directory.resolve("86-001-checkpoint.jsonl");

        CheckpointManifest.write(checkpoint, file);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).isEqualTo(checkpoint.manifest());
        List<String> lines = List.of(new String(bytes, US_ASCII).split("\n"));
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("{\"format\":\"school-journal-checkpoint\",\"formatVersion\":1,\"schoolId\":\"86-001\","
                + "\"checkpointSequence\":" + checkpoint.sequence() + ",\"recordedAt\":\"" + checkpoint.recordedAt()
                + "\",\"streamCount\":3,\"digestAlgorithm\":\"SHA-256\"}");
        StreamHead maths = checkpoint.head(MATH_5A).orElseThrow();
        assertThat(lines.get(2)).isEqualTo("{\"stream\":\"school-86-001/journal/5\\u0410/math\",\"count\":" + maths.count()
                + ",\"position\":" + maths.position() + ",\"hash\":\"" + maths.hash() + "\"}");
        int trailer = new String(bytes, US_ASCII).lastIndexOf("{\"trailer\"");
        assertThat(lines.get(4)).isEqualTo("{\"trailer\":\"school-journal-checkpoint\",\"digest\":\""
                + sha256(Arrays.copyOf(bytes, trailer)) + "\"}");
        assertThat(CheckpointManifest.read(file)).isEqualTo(checkpoint);
        assertThatThrownBy(() -> CheckpointManifest.write(checkpoint, file))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION));
        assertThatThrownBy(() -> CheckpointManifest.read(directory.resolve("none.jsonl")))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    @DisplayName("a manifest with any one byte changed, or cut short, is refused with INTEGRITY")
    void everyByteCounts() {
        byte[] bytes = engine.archive().checkpoint(ID).manifest();
        for (int i = 0; i < bytes.length; i++) {
            byte[] changed = bytes.clone();
            changed[i] = (byte) (changed[i] == '0' ? '1' : '0');
            int at = i;
            assertThatThrownBy(() -> CheckpointManifest.parse(changed, "changed"))
                    .as("byte %d changed", at)
                    .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTEGRITY));
        }
        for (int length : List.of(0, 10, bytes.length / 2, bytes.length - 1)) {
            assertThatThrownBy(() -> CheckpointManifest.parse(Arrays.copyOf(bytes, length), "cut"))
                    .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTEGRITY));
        }
    }

    @Test
    @DisplayName("a school is verified against its own checkpoint only: another school's is VALIDATION")
    void anotherSchoolsCheckpoint() {
        engine.execute(ArchiveSchool.ADMIN, new RegisterSchool("86-002", "Школа № 2", SchoolCalendar.YUGRA));
        Checkpoint other = engine.archive().checkpoint("86-002");

        assertThat(engine.archive().verify("86-002", other).verified()).isTrue();
        assertThatThrownBy(() -> engine.archive().verify(ID, other))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION))
                .hasMessage("the checkpoint given is of school 86-002, not of school 86-001: verify each school against"
                        + " its own");
    }

    @Test
    @DisplayName("streams that grow after a checkpoint still hold it, and a backup of the school keeps its checkpoints")
    void growthHoldsTheCheckpoint() {
        Checkpoint checkpoint = engine.archive().checkpoint(ID);
        engine.execute(ArchiveSchool.HEAD, new org.schooljournal.core.school.HireStaff(ID, "t-new", "Новикова", "Анна",
                "Петровна"));

        IntegrityReport report = engine.archive().verify(ID, checkpoint);

        assertThat(report.verified()).as(report.describe()).isTrue();
        assertThat(report.anchorsCompared()).isEqualTo(2 + 3);
        Path file = directory.resolve("backup.jsonl");
        engine.archive().backup(ID, file);
        InMemoryEventStore elsewhere = new InMemoryEventStore();
        JournalEngine restored = ArchiveSchool.engine(elsewhere);
        restored.archive().restore(file);
        assertThat(restored.archive().verify(ID, checkpoint).verified()).isTrue();
    }

    @Test
    @DisplayName("ARC-1, ARC-4: the heads of a year's archive records are compared, and archiveYear records a checkpoint;"
            + " a journal purged later is not missed")
    void archiveRecordsAreAnchors() {
        org.schooljournal.core.journal.RetentionSchool school = org.schooljournal.core.journal.RetentionSchool.withMarks();
        String maths = org.schooljournal.core.journal.RetentionSchool.MATH_5A.stream(ID);
        school.at(java.time.LocalDate.of(2027, 6, 15), java.time.LocalTime.of(10, 0));
        school.engine().retention().archiveYear(org.schooljournal.core.journal.RetentionSchool.DEPUTY, ID,
                directory.resolve("2026-2027.jsonl"));
        assertThat(Checkpoints.of(school.engine().host().school(ID)).latest(maths)).isPresent();
        long recorded = school.store().version(maths);

        IntegrityReport truncated = ArchiveSchool.engine(org.schooljournal.core.log.TamperedStore.edited(school.store(),
                maths, rows -> new java.util.ArrayList<>(rows.subList(0, rows.size() - 1)))).archive().verify(ID);

        assertThat(truncated.anchorBreaks()).singleElement().satisfies(b -> {
            assertThat(b.streamId()).isEqualTo(maths);
            assertThat(b.kind()).isEqualTo(AnchorBreak.Kind.TRUNCATED);
            assertThat(b.anchor().source()).isEqualTo(Anchor.Source.ARCHIVE_RECORD);
            assertThat(b.recorded().count()).isEqualTo(recorded);
            assertThat(b.brokenAnchors()).isEqualTo(2);
        });
        school.at(java.time.LocalDate.of(2033, 1, 1), java.time.LocalTime.of(0, 0));
        school.engine().retention().purgeJournals(org.schooljournal.core.journal.RetentionSchool.DEPUTY, ID);
        assertThat(school.store().version(maths)).isZero();
        assertThat(school.engine().archive().verify(ID).verified()).isTrue();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
