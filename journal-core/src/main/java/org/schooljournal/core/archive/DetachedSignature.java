package org.schooljournal.core.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.signature.SignatureCheck;
import org.schooljournal.spi.signature.SignatureVerifier;
import org.schooljournal.spi.signature.Signer;

/**
 * The electronic signature of a file of the archive (ACC-8), kept beside it as
 * {@code <file>.p7s}: a checkpoint's manifest (ARC-4), a backup (ARC-5), a printed journal or summary
 * sheet (ARC-1, ARC-2). The signature is the {@link Signer}'s — GOST R 34.10-2012 CMS with
 * adapters/signature-gost, or the vendor's CryptoPro or HSM — and is checked by a
 * {@link SignatureVerifier} against the host's trust anchors (docs/signatures.md).
 *
 * <pre>{@code
 * Path manifest = Path.of("/mnt/witness/86-001-2027-06-30.jsonl");
 * CheckpointManifest.write(engine.archive().checkpoint("86-001"), manifest);
 * DetachedSignature.sign(manifest, signer);                  // writes 86-001-2027-06-30.jsonl.p7s
 * SignatureCheck check = DetachedSignature.verify(manifest, verifier);
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class DetachedSignature {

    /** The suffix of a signature's file, after its content's name: {@value}. */
    public static final String SUFFIX = ".p7s";

    private DetachedSignature() {
    }

    /** Returns where the signature of a file is kept: beside it, its name followed by {@value #SUFFIX}. */
    public static Path of(Path content) {
        Path name = Objects.requireNonNull(content, "content").getFileName();
        if (name == null) {
            throw new IllegalArgumentException("a signed file has a name; " + content + " has none");
        }
        return content.resolveSibling(name + SUFFIX);
    }

    /**
     * Signs a file: writes its detached signature beside it ({@link #of(Path)}), forced to the device.
     *
     * @return the signature's file
     * @throws JournalException NOT_FOUND if the file does not exist; VALIDATION if its signature's
     *     file exists (a signature never overwrites one); STORAGE if either cannot be read or
     *     written (no part of a signature is left then); as the signer's {@link Signer#sign}
     */
    public static Path sign(Path content, Signer signer) {
        Objects.requireNonNull(signer, "signer");
        Path target = of(content);
        if (Files.exists(target)) {
            throw new JournalException(ErrorCode.VALIDATION, "signature " + target
                    + " exists; a signature never overwrites a file, remove it first if it is to be replaced");
        }
        byte[] signature;
        try (InputStream in = Files.newInputStream(content)) {
            signature = signer.sign(in);
        } catch (NoSuchFileException e) {
            throw new JournalException(ErrorCode.NOT_FOUND, "file " + content + " to sign does not exist", e);
        } catch (IOException | UncheckedIOException e) {
            throw new JournalException(ErrorCode.STORAGE, "file " + content + " cannot be read to sign: " + e, e);
        }
        try {
            Files.write(target, signature, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    StandardOpenOption.SYNC);
        } catch (FileAlreadyExistsException e) {
            throw new JournalException(ErrorCode.VALIDATION, "signature " + target
                    + " exists; a signature never overwrites a file", e);
        } catch (IOException e) {
            JournalException failure = new JournalException(ErrorCode.STORAGE, "signature " + target
                    + " cannot be written: " + e, e);
            try {
                Files.deleteIfExists(target);
            } catch (IOException left) {
                failure.addSuppressed(left);
            }
            throw failure;
        }
        return target;
    }

    /**
     * Checks a file against its detached signature kept beside it ({@link #of(Path)}).
     *
     * @return who signed it and when, and whether the signature holds or why not
     * @throws JournalException NOT_FOUND if the file or its signature does not exist; STORAGE if
     *     either cannot be read
     */
    public static SignatureCheck verify(Path content, SignatureVerifier verifier) {
        Objects.requireNonNull(verifier, "verifier");
        byte[] bytes = signatureOf(content);
        try (InputStream in = Files.newInputStream(content)) {
            return verifier.verify(in, bytes);
        } catch (NoSuchFileException e) {
            throw new JournalException(ErrorCode.NOT_FOUND, "signed file " + content + " does not exist", e);
        } catch (IOException | UncheckedIOException e) {
            throw new JournalException(ErrorCode.STORAGE, "signed file " + content + " cannot be read: " + e, e);
        }
    }

    /** Returns the bytes of a file's signature. */
    static byte[] signatureOf(Path content) {
        Path signature = of(content);
        try {
            return Files.readAllBytes(signature);
        } catch (NoSuchFileException e) {
            throw new JournalException(ErrorCode.NOT_FOUND, "file " + content + " has no signature " + signature, e);
        } catch (IOException e) {
            throw new JournalException(ErrorCode.STORAGE, "signature " + signature + " cannot be read: " + e, e);
        }
    }
}
