package org.schooljournal.spi.signature;

import java.io.InputStream;

/**
 * One signer of the journal's records (ACC-8): makes detached electronic signatures — a checkpoint's
 * manifest (ARC-4), a backup file (ARC-5), a printed journal or summary sheet (ARC-1, ARC-2) — with a
 * key and a certificate it holds. The built-in one reads a PKCS#12 file (adapters/signature-gost);
 * a vendor implements this interface over CryptoPro or a hardware security module, whose key never
 * leaves it.
 *
 * <p>A signature is detached: the signed content stays where it is, the signature is kept beside it
 * (by convention in a file named {@code <content>.p7s}). Its form is the implementation's to choose
 * and its verifier's to read; the built-in one writes CMS SignedData (RFC 5652) in DER.
 *
 * <p>Implementations are thread-safe.
 */
public interface Signer {

    /**
     * Returns who signs: the subject of the signer's certificate as text, for example
     * {@code CN=Петрова Мария Ивановна,O=МБОУ СОШ № 1}.
     */
    String signatory();

    /**
     * Returns the signature algorithm, in the JCA's standard name where it has one, for example
     * {@code GOST3411-2012-256WITHECGOST3410-2012-256}.
     */
    String algorithm();

    /**
     * Reads the content to its end and returns a detached signature of it. Does not close the stream.
     *
     * @param content the bytes to sign
     * @return the detached signature; never empty
     * @throws NullPointerException if the content is null
     * @throws java.io.UncheckedIOException if the content cannot be read
     * @throws org.schooljournal.spi.JournalException CONFIGURATION if the key or the certificate
     *     cannot sign (a certificate not valid now, a key that does not match it, a token not present)
     */
    byte[] sign(InputStream content);
}
