package org.schooljournal.core.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.schooljournal.core.archive.ArchiveSchool.HOMEROOM_5A;
import static org.schooljournal.core.archive.ArchiveSchool.ID;
import static org.schooljournal.core.archive.ArchiveSchool.LESSON_DAY;
import static org.schooljournal.core.archive.ArchiveSchool.MATH_5A;
import static org.schooljournal.core.archive.ArchiveSchool.STREAM;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.adapter.signature.gost.CmsVerifier;
import org.schooljournal.adapter.signature.gost.Pkcs12Signer;
import org.schooljournal.adapter.signature.gost.TestPki;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.Mark;
import org.schooljournal.core.journal.RecordMark;
import org.schooljournal.core.journal.WorkKind;
import org.schooljournal.core.log.HashChain;
import org.schooljournal.core.log.TamperedStore;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.signature.SignatureCheck;
import org.schooljournal.spi.signature.SignatureVerifier;
import org.schooljournal.spi.signature.Signer;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;

/**
 * Signed checkpoints and backups end to end (ACC-8, ARC-4, ARC-5): the real engine on the in-memory
 * store with journal-core's archive school, its checkpoint's manifest signed with a GOST R
 * 34.10-2012 key made at test time, and the store then forged the ways docs/integrity.md lists,
 * with journal-core's forged stores ({@link TamperedStore}). It lives in journal-core's package to
 * use that module's test fixtures (the test-jar), and in this module for the GOST signer.
 */
@Tag("ACC-8")
@Tag("ARC-4")
@DisplayName("ACC-8, ARC-4: a GOST-signed checkpoint detects a forged tail, a truncation and a re-hashed stream, and a forged manifest")
class GostSignedCheckpointTest {

    private static final JournalKey MATHS = new JournalKey("5А", "math");
    private static final Clock LATER = Clock.fixed(TestPki.NOW.plusSeconds(86_400), ZoneOffset.UTC);

    @TempDir
    Path directory;
    private InMemoryEventStore store;
    private JournalEngine engine;
    private Checkpoint checkpoint;
    private Path manifest;
    private TestPki.Identity ca;
    private Signer signer;
    private SignatureVerifier verifier;

    @BeforeEach
    void setUp() throws IOException {
        store = new InMemoryEventStore();
        ArchiveSchool.SteppingClock clock = new ArchiveSchool.SteppingClock(ArchiveSchool.START);
        engine = ArchiveSchool.engine(store, clock);
        ArchiveSchool.setUpWithJournals(engine, clock);
        engine.archive().checkpoint(ID);
        engine.execute(HOMEROOM_5A, RecordMark.of(ID, MATHS, new LessonRef(LESSON_DAY, 1), "s-2", Mark.of("5"),
                WorkKind.ORAL));
        checkpoint = engine.archive().checkpoint(ID);
        manifest = directory.resolve("86-001-checkpoint.jsonl");
        CheckpointManifest.write(checkpoint, manifest);

        ca = TestPki.ca("Тестовый УЦ Югры");
        TestPki.Identity head = TestPki.issue(ca, TestPki.person("Петрова", "Мария Ивановна", "МБОУ СОШ № 1"), 256);
        signer = Pkcs12Signer.open(TestPki.pkcs12(directory.resolve("head.p12"), head, ca), TestPki.PASSWORD,
                Clock.fixed(TestPki.NOW, ZoneOffset.UTC));
        verifier = CmsVerifier.trusting(List.of(ca.certificate()), LATER);
        DetachedSignature.sign(manifest, signer);
    }

    private SignedIntegrityReport verify(EventStore tampered) {
        return ArchiveSchool.engine(tampered).archive().verify(ID, SignedCheckpoint.read(manifest, verifier));
    }

    private EventStore edited(String stream, UnaryOperator<List<EventEnvelope>> edit) {
        return TamperedStore.edited(store, stream, edit);
    }

    @Test
    @DisplayName("the untouched school verifies up to the checkpoint signed by Петрова Мария Ивановна")
    void untouched() {
        SignedIntegrityReport report = verify(store);

        assertThat(report.verified()).as(report.describe()).isTrue();
        assertThat(DetachedSignature.of(manifest)).hasFileName("86-001-checkpoint.jsonl.p7s").exists();
        assertThat(report.witness().signatory().name()).isEqualTo("Петрова Мария Ивановна");
        assertThat(report.describe()).startsWith("verified up to the checkpoint at envelope " + checkpoint.sequence()
                + " of school 86-001 (recorded " + checkpoint.recordedAt()
                + ") signed by Петрова Мария Ивановна at 2027-06-30T10:00:00Z: school 86-001 (3 streams): ");
    }

    @Nested
    @DisplayName("the store forged after the signed checkpoint")
    class ForgedStore {

        @Test
        @DisplayName("(a) the school's stream cut back and a well-chained forged RoleAssigned appended: CHANGED against the signed checkpoint")
        void forgedWellChainedTail() {
            EventStore tampered = edited(STREAM, rows -> {
                List<EventEnvelope> kept = new ArrayList<>(rows.subList(0, (int) checkpoint.sequence() - 1));
                EventEnvelope last = kept.get(kept.size() - 1);
                kept.add(TamperedStore.chained(STREAM, last.sequence() + 1, last.position() + 1, UUID.randomUUID(),
                        "RoleAssigned", "{\"personId\":\"intruder\",\"role\":\"HEAD\"}".getBytes(UTF_8), "admin",
                        last.event().recordedAt().plusSeconds(1), last.event().hash(), HashChain.ALGORITHM));
                return kept;
            });
            assertThat(ArchiveSchool.engine(tampered).archive().verify(ID).verified())
                    .as("without the signed checkpoint the forged tail verifies").isTrue();

            SignedIntegrityReport report = verify(tampered);

            assertThat(report.verified()).isFalse();
            assertThat(report.report().anchorBreaks()).filteredOn(b -> b.streamId().equals(STREAM)).singleElement()
                    .satisfies(b -> {
                        assertThat(b.kind()).isEqualTo(AnchorBreak.Kind.CHANGED);
                        assertThat(b.anchor().source()).isEqualTo(Anchor.Source.WITNESS);
                    });
            assertThat(report.describe()).startsWith("does not verify against the checkpoint at envelope "
                    + checkpoint.sequence() + " of school 86-001").contains("signed by Петрова Мария Ивановна");
        }

        @Test
        @DisplayName("(b) a journal's stream truncated: TRUNCATED")
        void truncatedStream() {
            SignedIntegrityReport report = verify(edited(MATH_5A, rows -> new ArrayList<>(rows.subList(0, rows.size() - 1))));

            assertThat(report.verified()).isFalse();
            assertThat(report.report().anchorBreaks()).filteredOn(b -> b.streamId().equals(MATH_5A)).singleElement()
                    .satisfies(b -> assertThat(b.kind()).isEqualTo(AnchorBreak.Kind.TRUNCATED));
        }

        @Test
        @DisplayName("(c) the school's stream changed and re-hashed whole from its second envelope on: CHANGED")
        void rehashedStream() {
            EventStore tampered = edited(STREAM, rows -> TamperedStore.rehashed(rows, 1, d -> new EventData(d.eventId(),
                    d.type(), d.schemaVersion(), d.payload(), "intruder", d.recordedAt(), d.previousHash(), d.hash(),
                    d.hashAlgorithm())));
            assertThat(ArchiveSchool.engine(tampered).archive().verify(ID).streams())
                    .as("every chain verifies after the re-hash").allMatch(StreamIntegrity::verified);

            SignedIntegrityReport report = verify(tampered);

            assertThat(report.verified()).isFalse();
            assertThat(report.report().anchorBreaks()).filteredOn(b -> b.streamId().equals(STREAM)).singleElement()
                    .satisfies(b -> assertThat(b.kind()).isEqualTo(AnchorBreak.Kind.CHANGED));
        }
    }

    @Nested
    @DisplayName("the signed manifest forged")
    class ForgedManifest {

        /** The manifest rewritten with the forged school stream's head, in its format and with a matching digest. */
        private void rewriteManifest() throws IOException {
            List<StreamHead> heads = new ArrayList<>(checkpoint.heads());
            StreamHead own = heads.get(0);
            heads.set(0, new StreamHead(own.streamId(), own.count(), own.position(), "0".repeat(64)));
            Files.write(manifest, CheckpointManifest.toBytes(new Checkpoint(ID, checkpoint.sequence(),
                    checkpoint.recordedAt(), heads)));
            assertThat(CheckpointManifest.read(manifest).head(STREAM)).as("the forged manifest is well formed")
                    .hasValueSatisfying(head -> assertThat(head.hash()).isEqualTo("0".repeat(64)));
        }

        @Test
        @DisplayName("(d) a manifest altered after signing: its signature does not hold, and it is no witness")
        void alteredAfterSigning() throws IOException {
            rewriteManifest();

            assertThatThrownBy(() -> SignedCheckpoint.read(manifest, verifier))
                    .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTEGRITY))
                    .hasMessageContaining("is not used as a witness: the signature by Петрова Мария Ивановна")
                    .hasMessageContaining("the content or the signature was changed");
        }

        @Test
        @DisplayName("a forged manifest signed again with a key of another certification centre: it does not chain to the anchor")
        void resignedByAnUntrustedKey() throws IOException {
            rewriteManifest();
            Files.delete(DetachedSignature.of(manifest));
            TestPki.Identity other = TestPki.ca("Чужой УЦ");
            TestPki.Identity forger = TestPki.issue(other, TestPki.person("Петрова", "Мария Ивановна", "МБОУ СОШ № 1"), 256);
            DetachedSignature.sign(manifest, Pkcs12Signer.open(TestPki.pkcs12(directory.resolve("forger.p12"), forger,
                    other), TestPki.PASSWORD, Clock.fixed(TestPki.NOW, ZoneOffset.UTC)));

            assertThatThrownBy(() -> SignedCheckpoint.read(manifest, verifier))
                    .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTEGRITY))
                    .hasMessageContaining("does not chain to a trusted anchor");
        }

        @Test
        @DisplayName("a manifest without its signature is NOT_FOUND; a second signature never overwrites the first")
        void missingOrRepeatedSignature() throws IOException {
            assertThatThrownBy(() -> DetachedSignature.sign(manifest, signer))
                    .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION))
                    .hasMessageContaining("never overwrites");
            Files.delete(DetachedSignature.of(manifest));

            assertThatThrownBy(() -> SignedCheckpoint.read(manifest, verifier))
                    .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
                    .hasMessageContaining("has no signature");
        }
    }

    @Nested
    @Tag("ARC-5")
    @DisplayName("ARC-5: a signed backup")
    class SignedBackup {

        @Test
        @DisplayName("the backup's signature holds, and fails after any one byte of the file changes")
        void anyByteOfTheBackupChanged() throws IOException {
            Path backup = directory.resolve("86-001-backup.jsonl");
            engine.archive().backup(ID, backup);
            DetachedSignature.sign(backup, signer);
            byte[] bytes = Files.readAllBytes(backup);
            byte[] signature = Files.readAllBytes(DetachedSignature.of(backup));

            SignatureCheck untouched = DetachedSignature.verify(backup, verifier);
            assertThat(untouched.valid()).as(untouched.describe()).isTrue();
            assertThat(untouched.signatory()).hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("Петрова Мария Ивановна"));

            qt().withExamples(100).forAll(integers().between(0, bytes.length - 1), integers().between(1, 255))
                    .checkAssert((position, mask) -> {
                        byte[] changed = bytes.clone();
                        changed[position] ^= mask.byteValue();
                        assertThat(verifier.verify(new ByteArrayInputStream(changed), signature).valid())
                                .as("byte %d ^ %d of %d", position, mask, bytes.length).isFalse();
                    });
        }
    }
}
