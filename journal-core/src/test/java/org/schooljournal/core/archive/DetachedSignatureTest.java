package org.schooljournal.core.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.signature.SignatureCheck;
import org.schooljournal.spi.signature.SignatureVerifier;
import org.schooljournal.spi.signature.Signatory;
import org.schooljournal.spi.signature.Signer;

/**
 * {@link DetachedSignature} and {@link SignedCheckpoint} over the port alone, with a test-only
 * signer of the JDK (Ed25519, a raw signature): journal-core needs no signature library. The GOST
 * signer's end-to-end tests are in adapters/signature-gost ({@code GostSignedCheckpointTest}).
 */
@Tag("ACC-8")
@DisplayName("ACC-8: a file's detached signature is kept beside it, never overwritten, and a manifest whose signature fails is no witness")
class DetachedSignatureTest {

    private static final Signatory PETROVA = new Signatory("Петрова Мария Ивановна", "CN=Петрова Мария Ивановна",
            "CN=Test", BigInteger.TEN, Instant.parse("2027-06-30T10:00:00Z"), "Ed25519");
    private static final Checkpoint CHECKPOINT = new Checkpoint("86-001", 34, Instant.parse("2026-10-12T19:00:00Z"),
            List.of(new StreamHead("school-86-001", 34, 39, "a".repeat(64))));

    @TempDir
    Path directory;
    private KeyPair keys;
    private Signer signer;
    private SignatureVerifier verifier;

    @BeforeEach
    void setUp() throws GeneralSecurityException {
        keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        signer = new Signer() {
            @Override
            public String signatory() {
                return PETROVA.subject();
            }

            @Override
            public String algorithm() {
                return "Ed25519";
            }

            @Override
            public byte[] sign(InputStream content) {
                try {
                    Signature signature = Signature.getInstance("Ed25519");
                    signature.initSign(keys.getPrivate());
                    signature.update(content.readAllBytes());
                    return signature.sign();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        verifier = (content, bytes) -> {
            try {
                Signature signature = Signature.getInstance("Ed25519");
                signature.initVerify(keys.getPublic());
                signature.update(content.readAllBytes());
                return signature.verify(bytes) ? SignatureCheck.valid(PETROVA)
                        : SignatureCheck.invalid(Optional.of(PETROVA), "the content or the signature was changed");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (GeneralSecurityException e) {
                return SignatureCheck.invalid(Optional.empty(), e.getMessage());
            }
        };
    }

    @Test
    @DisplayName("the signature is written beside the file as <file>.p7s and verifies; a changed file does not")
    void signsBeside() throws IOException {
        Path file = Files.writeString(directory.resolve("summary.pdf"), "сводная ведомость");

        Path signature = DetachedSignature.sign(file, signer);

        assertThat(signature).isEqualTo(directory.resolve("summary.pdf.p7s")).exists();
        assertThat(DetachedSignature.verify(file, verifier).valid()).isTrue();
        Files.writeString(file, "сводная ведомостЬ");
        assertThat(DetachedSignature.verify(file, verifier).failure()).contains("the content or the signature was changed");
    }

    @Test
    @DisplayName("a signature never overwrites one; a missing file or signature is NOT_FOUND")
    void refusals() throws IOException {
        Path file = Files.writeString(directory.resolve("backup.jsonl"), "{}\n");
        DetachedSignature.sign(file, signer);
        byte[] first = Files.readAllBytes(DetachedSignature.of(file));

        assertThatThrownBy(() -> DetachedSignature.sign(file, signer))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION))
                .hasMessageContaining("backup.jsonl.p7s exists");
        assertThat(Files.readAllBytes(DetachedSignature.of(file))).isEqualTo(first);
        assertThatThrownBy(() -> DetachedSignature.sign(directory.resolve("none.jsonl"), signer))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThat(directory.resolve("none.jsonl.p7s")).doesNotExist();
        Files.writeString(directory.resolve("unsigned.jsonl"), "{}\n");
        assertThatThrownBy(() -> DetachedSignature.verify(directory.resolve("unsigned.jsonl"), verifier))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
                .hasMessageContaining("has no signature");
    }

    @Test
    @DisplayName("a signed manifest reads as a SignedCheckpoint; altered after signing, it is INTEGRITY and no witness")
    void signedManifest() throws IOException {
        Path manifest = directory.resolve("86-001.jsonl");
        CheckpointManifest.write(CHECKPOINT, manifest);
        DetachedSignature.sign(manifest, signer);

        SignedCheckpoint signed = SignedCheckpoint.read(manifest, verifier);
        assertThat(signed.checkpoint()).isEqualTo(CHECKPOINT);
        assertThat(signed.describe()).isEqualTo("the checkpoint at envelope 34 of school 86-001 (recorded"
                + " 2026-10-12T19:00:00Z) signed by Петрова Мария Ивановна at 2027-06-30T10:00:00Z");

        Files.write(manifest, CheckpointManifest.toBytes(new Checkpoint("86-001", 34, CHECKPOINT.recordedAt(),
                List.of(new StreamHead("school-86-001", 34, 39, "b".repeat(64))))));
        assertThatThrownBy(() -> SignedCheckpoint.read(manifest, verifier))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTEGRITY))
                .hasMessageContaining("is not used as a witness: the signature by Петрова Мария Ивановна");
    }

    @Test
    @DisplayName("a report of one school is not paired with a signed checkpoint of another")
    void otherSchool() {
        IntegrityReport report = new IntegrityReport("86-002", List.of(new StreamIntegrity("school-86-002", 1, 1,
                "c".repeat(64), Optional.empty())));

        assertThatThrownBy(() -> new SignedIntegrityReport(report, new SignedCheckpoint(CHECKPOINT, PETROVA)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("school 86-002")
                .hasMessageContaining("school 86-001");
    }
}
