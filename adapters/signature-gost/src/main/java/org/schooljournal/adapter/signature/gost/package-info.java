/**
 * GOST electronic signatures of the journal's records (ACC-8; ARC-1, ARC-2, ARC-4, ARC-5): the
 * signature port of journal-spi with BouncyCastle. {@link
 * org.schooljournal.adapter.signature.gost.Pkcs12Signer} makes detached CMS SignedData (RFC 5652)
 * with GOST R 34.10-2012 (256 or 512 bits, as the key is) over a GOST R 34.11-2012 (Streebog)
 * digest, with signed attributes for the signing time and the signer's certificate (ESS
 * signing-certificate-v2, RFC 5035), the certificate and its chain included; {@link
 * org.schooljournal.adapter.signature.gost.CmsVerifier} checks one against the host's trust anchors
 * and reports who signed, when and with what ({@link org.schooljournal.spi.signature.SignatureCheck}).
 *
 * <p>Decisions (docs/signatures.md): the BouncyCastle provider is used as an instance, never
 * installed in the JVM's list; a certificate must be valid at the signing time (so a signature of
 * 2027 still verifies in 2050, when its certificate has long expired); only GOST R 34.10-2012 with
 * Streebog is accepted.
 */
package org.schooljournal.adapter.signature.gost;
