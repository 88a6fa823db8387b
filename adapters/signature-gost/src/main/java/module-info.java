/**
 * The signature port with BouncyCastle (ACC-8): detached CMS SignedData with GOST R 34.11-2012
 * (Streebog) and GOST R 34.10-2012, a signer from a PKCS#12 file and a verifier against the host's
 * trust anchors. Made by the host, which holds the key and chooses the anchors: nothing here is
 * found by discovery.
 */
module org.schooljournal.adapter.signature.gost {
    requires transitive org.schooljournal.spi;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.util;

    exports org.schooljournal.adapter.signature.gost;
}
