package org.schooljournal.adapter.signature.gost;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataStreamGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.signature.Signer;

/**
 * A signer whose GOST R 34.10-2012 key and certificate come from a PKCS#12 file (ACC-8): makes
 * detached CMS SignedData (RFC 5652, DER) over a Streebog digest of the content — 256 or 512 bits,
 * as the key is — with signed attributes for the content type, the digest, the signing time (from
 * the clock), the signer's certificate (ESS signing-certificate-v2 with a Streebog hash, RFC 5035)
 * and the algorithms (RFC 6211), and with the certificate and its chain included.
 *
 * <pre>{@code
 * Signer signer = Pkcs12Signer.open(Path.of("/etc/journal/head.p12"), password, Clock.systemUTC());
 * byte[] signature = signer.sign(Files.newInputStream(manifest));
 * }</pre>
 *
 * <p>A vendor whose key lives in CryptoPro or a hardware security module implements
 * {@link Signer} instead (docs/signatures.md).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Pkcs12Signer implements Signer {

    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final GostAlgorithm algorithm;
    private final Clock clock;

    private Pkcs12Signer(PrivateKey key, List<X509Certificate> chain, GostAlgorithm algorithm, Clock clock) {
        this.key = key;
        this.chain = chain;
        this.algorithm = algorithm;
        this.clock = clock;
    }

    /**
     * Opens the PKCS#12 file that holds one key with its certificate chain.
     *
     * @param file the PKCS#12 file ({@code .p12}, {@code .pfx})
     * @param password its password; the signer keeps no copy of it
     * @param clock the clock of the signing time
     * @throws JournalException NOT_FOUND if there is no such file; CONFIGURATION if it cannot be
     *     read or opened with the password, holds no key or more than one, or its key is not
     *     a GOST R 34.10-2012 key
     */
    public static Pkcs12Signer open(Path file, char[] password, Clock clock) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(clock, "clock");
        KeyStore store = load(file, password);
        try {
            List<String> keys = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    keys.add(alias);
                }
            }
            if (keys.size() != 1) {
                throw new JournalException(ErrorCode.CONFIGURATION, "PKCS#12 file " + file + " holds " + keys.size()
                        + " keys " + keys + "; a signer's file holds exactly one key with its certificate");
            }
            String alias = keys.get(0);
            PrivateKey key = (PrivateKey) store.getKey(alias, password);
            Certificate[] certificates = store.getCertificateChain(alias);
            if (key == null || certificates == null || certificates.length == 0) {
                throw new JournalException(ErrorCode.CONFIGURATION, "PKCS#12 file " + file + ": entry " + alias
                        + " holds no private key with a certificate chain");
            }
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : certificates) {
                chain.add((X509Certificate) certificate);
            }
            GostAlgorithm algorithm = GostAlgorithm.ofCertificate(chain.get(0)).orElseThrow(() -> new JournalException(
                    ErrorCode.CONFIGURATION, "PKCS#12 file " + file + ": the key of " + chain.get(0).getSubjectX500Principal()
                    + " is " + chain.get(0).getPublicKey().getAlgorithm()
                    + ", not a GOST R 34.10-2012 key (256 or 512 bits)"));
            return new Pkcs12Signer(key, List.copyOf(chain), algorithm, clock);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new JournalException(ErrorCode.CONFIGURATION, "PKCS#12 file " + file + " cannot be read as a signer's key: "
                    + e.getMessage(), e);
        }
    }

    private static KeyStore load(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12", BouncyCastle.PROVIDER);
            store.load(in, password);
            return store;
        } catch (NoSuchFileException e) {
            throw new JournalException(ErrorCode.NOT_FOUND, "PKCS#12 file " + file + " does not exist", e);
        } catch (IOException e) {
            throw new JournalException(ErrorCode.CONFIGURATION, "PKCS#12 file " + file
                    + " cannot be opened: a wrong password, not a PKCS#12 file, or not readable (" + e.getMessage() + ")", e);
        } catch (GeneralSecurityException e) {
            throw new JournalException(ErrorCode.CONFIGURATION, "PKCS#12 file " + file + " cannot be opened: "
                    + e.getMessage(), e);
        }
    }

    /** Returns the subject of the signer's certificate (RFC 4514). */
    @Override
    public String signatory() {
        return X500Name.getInstance(chain.get(0).getSubjectX500Principal().getEncoded()).toString();
    }

    /** Returns {@code GOST3411-2012-256WITHECGOST3410-2012-256} or its 512-bit counterpart. */
    @Override
    public String algorithm() {
        return algorithm.signatureName();
    }

    /**
     * {@inheritDoc}
     *
     * @throws JournalException CONFIGURATION if the certificate is not valid at the signing time
     */
    @Override
    public byte[] sign(InputStream content) {
        Objects.requireNonNull(content, "content");
        Instant now = clock.instant();
        X509Certificate certificate = chain.get(0);
        try {
            certificate.checkValidity(Date.from(now));
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw new JournalException(ErrorCode.CONFIGURATION, "the certificate of " + signatory() + " (serial "
                    + certificate.getSerialNumber().toString(16) + ") is valid from " + certificate.getNotBefore().toInstant()
                    + " to " + certificate.getNotAfter().toInstant() + ", not at " + now + "; nothing is signed with it", e);
        }
        try {
            DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder()
                    .setProvider(BouncyCastle.PROVIDER).build();
            CMSSignedDataStreamGenerator generator = new CMSSignedDataStreamGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(digests)
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(
                            attributes(now, certificate, digests.get(algorithm.digestIdentifier()))))
                    .build(new JcaContentSignerBuilder(algorithm.signatureName()).setProvider(BouncyCastle.PROVIDER)
                            .build(key), certificate));
            generator.addCertificates(new JcaCertStore(chain));
            ByteArrayOutputStream signed = new ByteArrayOutputStream();
            try (OutputStream out = generator.open(signed, false)) {
                content.transferTo(out);
            }
            return new CMSSignedData(signed.toByteArray()).getEncoded("DER");
        } catch (IOException e) {
            throw new UncheckedIOException("the content to sign cannot be read", e);
        } catch (OperatorCreationException | CMSException | GeneralSecurityException e) {
            throw new JournalException(ErrorCode.CONFIGURATION, "the key of " + signatory() + " cannot sign with "
                    + algorithm.signatureName() + ": " + e.getMessage(), e);
        }
    }

    private static AttributeTable attributes(Instant now, X509Certificate certificate, DigestCalculator digest)
            throws GeneralSecurityException, IOException {
        try (OutputStream out = digest.getOutputStream()) {
            out.write(certificate.getEncoded());
        }
        X509CertificateHolder holder = new X509CertificateHolder(certificate.getEncoded());
        ESSCertIDv2 id = new ESSCertIDv2(digest.getAlgorithmIdentifier(), digest.getDigest(), new IssuerSerial(
                new GeneralNames(new GeneralName(holder.getIssuer())), holder.getSerialNumber()));
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(now)))));
        attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
        return new AttributeTable(attributes);
    }
}
