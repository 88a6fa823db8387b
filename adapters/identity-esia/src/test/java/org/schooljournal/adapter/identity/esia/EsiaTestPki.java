package org.schooljournal.adapter.identity.esia;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.jce.spec.ECNamedCurveGenParameterSpec;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.schooljournal.spi.signature.Signer;

/**
 * A test certification centre and keys made at test time: GOST R 34.10-2012 keys on the TC 26
 * curves, certificates issued with BouncyCastle, a PKCS#12 file for the signature adapter's
 * signer, and a signer that signs with any certificate — expired too —, which the adapter's refuses.
 */
final class EsiaTestPki {

    static final Provider BC = new BouncyCastleProvider();
    static final char[] PASSWORD = "секрет-1".toCharArray();
    private static final AtomicLong SERIAL = new AtomicLong(0x2000);

    /** A key pair with its certificate. */
    record Identity(KeyPair keys, X509Certificate certificate) {
    }

    private EsiaTestPki() {
    }

    static KeyPair gostKeys(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("ECGOST3410-2012", BC);
            generator.initialize(new ECNamedCurveGenParameterSpec(bits == 256 ? "Tc26-Gost-3410-12-256-paramSetA"
                    : "Tc26-Gost-3410-12-512-paramSetA"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A self-signed certification centre, valid ten years around that time. */
    static Identity ca(String name, Instant around) {
        KeyPair keys = gostKeys(256);
        X500Name subject = new X500Name("C=RU,CN=" + name);
        return new Identity(keys, certificate(subject, keys, subject, keys, around.minusSeconds(86_400L * 3650),
                around.plusSeconds(86_400L * 3650), true));
    }

    /** The journal's certificate, issued by the CA for that period. */
    static Identity issue(Identity ca, String name, Instant notBefore, Instant notAfter) {
        KeyPair keys = gostKeys(256);
        X500Name issuer = X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded());
        return new Identity(keys, certificate(new X500Name("C=RU,O=МБОУ СОШ № 1,CN=" + name), keys, issuer,
                ca.keys(), notBefore, notAfter, false));
    }

    private static X509Certificate certificate(X500Name subject, KeyPair keys, X500Name issuer, KeyPair issuerKeys,
            Instant notBefore, Instant notAfter, boolean ca) {
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(notBefore), Date.from(notAfter), subject,
                    keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            return new JcaX509CertificateConverter().setProvider(BC).getCertificate(builder.build(
                    new JcaContentSignerBuilder("GOST3411-2012-256WITHECGOST3410-2012-256").setProvider(BC)
                            .build(issuerKeys.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a PKCS#12 file with the key and its chain up to the CA. */
    static Path pkcs12(Path file, Identity signer, Identity ca) {
        try (OutputStream out = Files.newOutputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12", BC);
            store.load(null, null);
            store.setKeyEntry("signer", signer.keys().getPrivate(), PASSWORD,
                    new Certificate[] {signer.certificate(), ca.certificate()});
            store.store(out, PASSWORD);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hash of a certificate as the stand-in registers it: Streebog-256 of its DER, in hex. */
    static String certificateHash(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("GOST3411-2012-256", BC)
                    .digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A signer of detached CMS with any certificate, valid or not: what a careless client sends. */
    static Signer rawSigner(Identity signer) {
        return new Signer() {
            @Override
            public String signatory() {
                return signer.certificate().getSubjectX500Principal().getName();
            }

            @Override
            public String algorithm() {
                return "GOST3411-2012-256WITHECGOST3410-2012-256";
            }

            @Override
            public byte[] sign(InputStream content) {
                try {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    content.transferTo(bytes);
                    CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
                    generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                            new JcaDigestCalculatorProviderBuilder().setProvider(BC).build())
                            .build(new JcaContentSignerBuilder(algorithm()).setProvider(BC)
                                    .build(signer.keys().getPrivate()), signer.certificate()));
                    generator.addCertificates(new JcaCertStore(List.of(signer.certificate())));
                    return generator.generate(new CMSProcessableByteArray(bytes.toByteArray()), false).getEncoded("DER");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }
}
