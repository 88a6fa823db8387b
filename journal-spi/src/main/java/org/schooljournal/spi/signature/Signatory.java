package org.schooljournal.spi.signature;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;

/**
 * Who made an electronic signature and when (ACC-8), as its certificate and its signed attributes
 * say: the name to show ("verified up to the checkpoint signed by Петрова М. И."), the certificate
 * that identifies the signer for good (its issuer and serial number), the signing time the signer
 * stated and the digest algorithm.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the signer's name from the certificate: its common name, or its surname and given
 *     name when it has no common name
 * @param subject the certificate's subject as text (RFC 4514)
 * @param issuer the certificate's issuer as text (RFC 4514)
 * @param serialNumber the certificate's serial number
 * @param signingTime when the signer says it signed (the CMS signing-time attribute); without a
 *     trusted time stamp it is the signer's claim
 * @param digestAlgorithm the digest algorithm, for example {@code GOST3411-2012-256}
 */
public record Signatory(String name, String subject, String issuer, BigInteger serialNumber, Instant signingTime,
        String digestAlgorithm) {

    /** Checks every part is given. */
    public Signatory {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(signingTime, "signingTime");
        Objects.requireNonNull(digestAlgorithm, "digestAlgorithm");
    }

    /** Returns the signatory in one English phrase, for logs and reports. */
    public String describe() {
        return name + " at " + signingTime + " (certificate " + serialNumber.toString(16) + " of " + issuer + ", "
                + digestAlgorithm + ")";
    }
}
