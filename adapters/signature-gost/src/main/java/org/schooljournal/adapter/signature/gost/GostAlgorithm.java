package org.schooljournal.adapter.signature.gost;

import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.rosstandart.RosstandartObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * The two GOST R 34.10-2012 signature algorithms with their GOST R 34.11-2012 (Streebog) digests,
 * by the identifiers of RFC 9215 (TC 26).
 */
enum GostAlgorithm {

    /** GOST R 34.10-2012 with a 256-bit key, over Streebog-256. */
    GOST_2012_256(RosstandartObjectIdentifiers.id_tc26_gost_3410_12_256, RosstandartObjectIdentifiers.id_tc26_gost_3411_12_256,
            RosstandartObjectIdentifiers.id_tc26_signwithdigest_gost_3410_12_256, "GOST3411-2012-256WITHECGOST3410-2012-256",
            "GOST3411-2012-256"),
    /** GOST R 34.10-2012 with a 512-bit key, over Streebog-512. */
    GOST_2012_512(RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512, RosstandartObjectIdentifiers.id_tc26_gost_3411_12_512,
            RosstandartObjectIdentifiers.id_tc26_signwithdigest_gost_3410_12_512, "GOST3411-2012-512WITHECGOST3410-2012-512",
            "GOST3411-2012-512");

    private final ASN1ObjectIdentifier key;
    private final ASN1ObjectIdentifier digest;
    private final ASN1ObjectIdentifier signature;
    private final String signatureName;
    private final String digestName;

    GostAlgorithm(ASN1ObjectIdentifier key, ASN1ObjectIdentifier digest, ASN1ObjectIdentifier signature,
            String signatureName, String digestName) {
        this.key = key;
        this.digest = digest;
        this.signature = signature;
        this.signatureName = signatureName;
        this.digestName = digestName;
    }

    /** Returns the algorithm of a certificate's public key, if it is a GOST R 34.10-2012 key. */
    static Optional<GostAlgorithm> ofCertificate(X509Certificate certificate) {
        ASN1ObjectIdentifier algorithm = SubjectPublicKeyInfo.getInstance(certificate.getPublicKey().getEncoded())
                .getAlgorithm().getAlgorithm();
        return Arrays.stream(values()).filter(a -> a.key.equals(algorithm)).findFirst();
    }

    /** Returns the algorithm whose digest this is, if it is Streebog. */
    static Optional<GostAlgorithm> ofDigest(ASN1ObjectIdentifier digestAlgorithm) {
        return Arrays.stream(values()).filter(a -> a.digest.equals(digestAlgorithm)).findFirst();
    }

    /** Returns whether the identifier names this algorithm's signature: with its digest, or the key's bare. */
    boolean signs(ASN1ObjectIdentifier signatureAlgorithm) {
        return signature.equals(signatureAlgorithm) || key.equals(signatureAlgorithm);
    }

    /** Returns the JCA name of the signature, as BouncyCastle knows it. */
    String signatureName() {
        return signatureName;
    }

    /** Returns the JCA name of the digest. */
    String digestName() {
        return digestName;
    }

    /** Returns the digest's identifier. */
    AlgorithmIdentifier digestIdentifier() {
        return new AlgorithmIdentifier(digest);
    }
}
