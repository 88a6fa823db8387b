/**
 * The electronic-signature port (ACC-8; ARC-1, ARC-2, ARC-4, ARC-5): a {@link
 * org.schooljournal.spi.signature.Signer} makes a detached signature of a byte stream — a
 * checkpoint's manifest, a backup file, a printout — and a {@link
 * org.schooljournal.spi.signature.SignatureVerifier} checks one against the trust anchors the host
 * gives, reporting a {@link org.schooljournal.spi.signature.SignatureCheck}: who signed
 * ({@link org.schooljournal.spi.signature.Signatory}), when, with which digest, and whether it
 * holds or why not.
 *
 * <p>The port names no library type: a vendor plugs CryptoPro or a hardware security module by
 * implementing {@code Signer}; adapters/signature-gost implements both with BouncyCastle (detached
 * CMS SignedData, GOST R 34.10-2012 with GOST R 34.11-2012). How a host wires them is in
 * docs/signatures.md.
 */
package org.schooljournal.spi.signature;
