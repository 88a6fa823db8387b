package org.schooljournal.core.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.signature.SignatureCheck;
import org.schooljournal.spi.signature.SignatureVerifier;
import org.schooljournal.spi.signature.Signatory;

/**
 * A checkpoint whose manifest's electronic signature holds (ACC-8, ARC-4): the heads of every stream
 * of the school, vouched for by a person — the head, say, whose GOST R 34.10-2012 certificate the
 * host trusts — so that not only a change of the store but also a forged manifest is seen. Read
 * with {@link #read(Path, SignatureVerifier)} from a manifest signed with
 * {@link DetachedSignature#sign}; check a school against it with
 * {@code engine.archive().verify(schoolId, signedCheckpoint)}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param checkpoint the checkpoint the manifest holds
 * @param signatory who signed the manifest, and when
 */
public record SignedCheckpoint(Checkpoint checkpoint, Signatory signatory) {

    /** Checks the parts are given. */
    public SignedCheckpoint {
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(signatory, "signatory");
    }

    /**
     * Reads a signed checkpoint manifest: checks its signature ({@code <manifest>.p7s}) first, then
     * the manifest itself ({@link CheckpointManifest#parse}) — the same bytes, read once.
     *
     * @throws JournalException INTEGRITY if the signature does not hold (naming why and, when it
     *     names one, who signed) or the manifest is not in its format; NOT_FOUND if the manifest or
     *     its signature does not exist; STORAGE if either cannot be read
     */
    public static SignedCheckpoint read(Path manifest, SignatureVerifier verifier) {
        Objects.requireNonNull(verifier, "verifier");
        byte[] signature = DetachedSignature.signatureOf(manifest);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(manifest);
        } catch (NoSuchFileException e) {
            throw new JournalException(ErrorCode.NOT_FOUND, "checkpoint manifest " + manifest + " does not exist", e);
        } catch (IOException e) {
            throw new JournalException(ErrorCode.STORAGE, "checkpoint manifest " + manifest + " cannot be read: " + e, e);
        }
        SignatureCheck check = verifier.verify(new ByteArrayInputStream(bytes), signature);
        if (!check.valid()) {
            throw new JournalException(ErrorCode.INTEGRITY, "checkpoint manifest " + manifest
                    + " is not used as a witness: " + check.describe());
        }
        return new SignedCheckpoint(CheckpointManifest.parse(bytes, manifest.toString()), check.signatory().orElseThrow());
    }

    /** Returns the checkpoint and its signer in one English phrase. */
    public String describe() {
        return "the checkpoint at envelope " + checkpoint.sequence() + " of school " + checkpoint.schoolId()
                + " (recorded " + checkpoint.recordedAt() + ") signed by " + signatory.name() + " at "
                + signatory.signingTime();
    }
}
