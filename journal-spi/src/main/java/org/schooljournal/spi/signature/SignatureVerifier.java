package org.schooljournal.spi.signature;

import java.io.InputStream;

/**
 * Checks a detached electronic signature (ACC-8) over its content: that the content is the one
 * signed, that the signature was made with the key of the certificate it names, and that the
 * certificate chains to one of the trust anchors the host gave when it made the verifier, and was
 * valid when it signed. The built-in one reads CMS SignedData (adapters/signature-gost).
 *
 * <p>A signature that does not hold is a result, not an exception: the {@link SignatureCheck} says
 * why, so that an integrity report can name it.
 *
 * <p>Implementations are thread-safe.
 */
public interface SignatureVerifier {

    /**
     * Reads the content to its end and checks the detached signature over it. Does not close the
     * stream.
     *
     * @param content the bytes that were signed
     * @param signature the detached signature
     * @return who signed what and when, and whether it holds or why not; never null
     * @throws NullPointerException if an argument is null
     * @throws java.io.UncheckedIOException if the content cannot be read
     */
    SignatureCheck verify(InputStream content, byte[] signature);
}
