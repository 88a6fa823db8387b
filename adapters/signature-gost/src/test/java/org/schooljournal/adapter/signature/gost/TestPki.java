package org.schooljournal.adapter.signature.gost;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Provider;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.jce.spec.ECNamedCurveGenParameterSpec;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A test certification centre made at test time: GOST R 34.10-2012 keys on the TC 26 curves, a CA
 * certificate, signer certificates issued by it with BouncyCastle's {@link X509v3CertificateBuilder},
 * PKCS#12 files, and raw CMS signatures made without the adapter (for what the adapter refuses to
 * make).
 */
public final class TestPki {

    public static final Provider BC = new BouncyCastleProvider();
    public static final char[] PASSWORD = "секрет-1".toCharArray();
    public static final Instant NOW = Instant.parse("2027-06-30T10:00:00Z");
    private static final AtomicLong SERIAL = new AtomicLong(0x1000);

    /** A key pair with its certificate. */
    public record Identity(KeyPair keys, X509Certificate certificate, X500Name name) {
    }

    private TestPki() {
    }

    public static KeyPair keys(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("ECGOST3410-2012", BC);
            generator.initialize(new ECNamedCurveGenParameterSpec(bits == 256 ? "Tc26-Gost-3410-12-256-paramSetA"
                    : "Tc26-Gost-3410-12-512-paramSetA"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String algorithm(int bits) {
        return bits == 256 ? "GOST3411-2012-256WITHECGOST3410-2012-256" : "GOST3411-2012-512WITHECGOST3410-2012-512";
    }

    public static X500Name person(String surname, String givenNames, String school) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "RU").addRDN(BCStyle.O, school)
                .addRDN(BCStyle.SURNAME, surname).addRDN(BCStyle.GIVENNAME, givenNames)
                .addRDN(BCStyle.CN, surname + " " + givenNames).build();
    }

    /** A self-signed certification centre, valid ten years around now. */
    public static Identity ca(String name) {
        KeyPair keys = keys(256);
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "RU").addRDN(BCStyle.CN, name).build();
        return new Identity(keys, certificate(subject, keys, subject, keys, NOW.minusSeconds(86_400L * 3650),
                NOW.plusSeconds(86_400L * 3650), true), subject);
    }

    /** A signer's certificate issued by the CA. */
    public static Identity issue(Identity ca, X500Name subject, int bits, Instant notBefore, Instant notAfter) {
        KeyPair keys = keys(bits);
        return new Identity(keys, certificate(subject, keys, ca.name(), ca.keys(), notBefore, notAfter, false), subject);
    }

    /** A signer valid a year around now. */
    public static Identity issue(Identity ca, X500Name subject, int bits) {
        return issue(ca, subject, bits, NOW.minusSeconds(86_400L * 180), NOW.plusSeconds(86_400L * 185));
    }

    private static X509Certificate certificate(X500Name subject, KeyPair keys, X500Name issuer, KeyPair issuerKeys,
            Instant notBefore, Instant notAfter, boolean ca) {
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(notBefore), Date.from(notAfter), subject,
                    keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                    : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            int bits = ((org.bouncycastle.jce.interfaces.ECKey) issuerKeys.getPrivate()).getParameters().getN().bitLength();
            return new JcaX509CertificateConverter().setProvider(BC).getCertificate(builder.build(
                    new JcaContentSignerBuilder(algorithm(bits > 256 ? 512 : 256)).setProvider(BC)
                            .build(issuerKeys.getPrivate())));
        } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException
                | org.bouncycastle.cert.CertIOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a PKCS#12 file with the signer's key and its chain up to the CA. */
    public static Path pkcs12(Path file, Identity signer, Identity ca) throws IOException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12", BC);
            store.load(null, null);
            store.setKeyEntry("signer", signer.keys().getPrivate(), PASSWORD,
                    new Certificate[] {signer.certificate(), ca.certificate()});
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, PASSWORD);
            }
            return file;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs with BouncyCastle directly, at any signing time: what the adapter refuses to make. */
    public static byte[] rawSignature(byte[] content, Identity signer, int bits, Instant signingTime) {
        try {
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(signingTime)))));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(BC).build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
                    .build(new JcaContentSignerBuilder(algorithm(bits)).setProvider(BC).build(signer.keys().getPrivate()),
                            signer.certificate()));
            generator.addCertificates(new JcaCertStore(List.of(signer.certificate())));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded("DER");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
