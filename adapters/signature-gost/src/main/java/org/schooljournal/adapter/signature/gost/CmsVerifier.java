package org.schooljournal.adapter.signature.gost;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedDataParser;
import org.bouncycastle.cms.CMSTypedStream;
import org.bouncycastle.cms.CMSVerifierCertificateNotValidException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.Store;
import org.schooljournal.spi.signature.SignatureCheck;
import org.schooljournal.spi.signature.SignatureVerifier;
import org.schooljournal.spi.signature.Signatory;

/**
 * Checks a detached CMS SignedData (RFC 5652) made with GOST R 34.10-2012 over a GOST R 34.11-2012
 * digest (ACC-8), as {@link Pkcs12Signer} or CryptoPro makes it: exactly one signer; its
 * certificate included; the signing time present and not after the verifier's clock (with a minute
 * of tolerance); the digest and signature algorithms GOST R 34.11-2012 and GOST R 34.10-2012 of the
 * same size; the content's digest and the signature over the signed attributes; the
 * signing-certificate-v2 attribute, when present, naming that certificate; and the certificate
 * chaining (PKIX, with the certificates the signature carries) to one of the host's trust anchors,
 * every certificate of the chain valid <em>at the signing time</em> — so that a signature made while
 * its certificate was valid still verifies for the 25 years of the archive (ARC-2, ARC-4).
 * Revocation is not checked: the host checks CRLs or OCSP of its CA where it has them.
 *
 * <pre>{@code
 * SignatureVerifier verifier = CmsVerifier.trusting(List.of(regionalCa), Clock.systemUTC());
 * SignatureCheck check = verifier.verify(Files.newInputStream(manifest), Files.readAllBytes(signature));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CmsVerifier implements SignatureVerifier {

    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(1);

    private final Set<TrustAnchor> anchors;
    private final Clock clock;

    private CmsVerifier(Set<TrustAnchor> anchors, Clock clock) {
        this.anchors = anchors;
        this.clock = clock;
    }

    /**
     * Returns a verifier that trusts certificates issued under these anchors (a certification
     * centre's root, or a signer's own certificate).
     *
     * @throws IllegalArgumentException if no anchor is given
     */
    public static CmsVerifier trusting(Collection<X509Certificate> trustAnchors, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        Set<TrustAnchor> anchors = trustAnchors.stream().map(c -> new TrustAnchor(Objects.requireNonNull(c, "anchor"), null))
                .collect(Collectors.toUnmodifiableSet());
        if (anchors.isEmpty()) {
            throw new IllegalArgumentException("a verifier trusts at least one anchor; none was given");
        }
        return new CmsVerifier(anchors, clock);
    }

    @Override
    public SignatureCheck verify(InputStream content, byte[] signature) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(signature, "signature");
        try {
            return check(content, signature);
        } catch (UncheckedIOException e) {
            throw e;
        } catch (RuntimeException e) {
            return SignatureCheck.invalid(Optional.empty(), "it cannot be read as a CMS SignedData of a GOST signer: " + e);
        }
    }

    private SignatureCheck check(InputStream content, byte[] signature) {
        Optional<String> malformed = formFault(signature);
        if (malformed.isPresent()) {
            return SignatureCheck.invalid(Optional.empty(), malformed.get());
        }
        DigestCalculatorProvider digests;
        CMSSignedDataParser parser;
        List<SignerInformation> signers;
        Store<X509CertificateHolder> carried;
        try {
            digests = new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.PROVIDER).build();
            parser = new CMSSignedDataParser(digests, new CMSTypedStream(content), signature);
            parser.getSignedContent().drain();
            signers = new ArrayList<>(parser.getSignerInfos().getSigners());
            carried = parser.getCertificates();
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            return SignatureCheck.invalid(Optional.empty(), "it is not a detached CMS SignedData: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("the signed content cannot be read", e);
        }
        if (signers.size() != 1) {
            return SignatureCheck.invalid(Optional.empty(), "it has " + signers.size() + " signers; one is expected");
        }
        SignerInformation signer = signers.get(0);
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> own = carried.getMatches(signer.getSID());
        if (own.isEmpty()) {
            return SignatureCheck.invalid(Optional.empty(), "it does not carry its signer's certificate");
        }
        X509CertificateHolder certificate = own.iterator().next();
        if (signer.getSID().getIssuer() != null && !Arrays.equals(encoded(signer.getSID().getIssuer()),
                encoded(certificate.getIssuer()))) {
            return SignatureCheck.invalid(Optional.empty(), "its signer names the issuer of its certificate in another"
                    + " encoding than the certificate does");
        }
        Optional<Instant> signingTime = signingTime(signer);
        Optional<GostAlgorithm> algorithm = GostAlgorithm.ofDigest(signer.getDigestAlgorithmID().getAlgorithm());
        Optional<Signatory> signatory = signingTime.map(time -> new Signatory(name(certificate.getSubject()),
                certificate.getSubject().toString(), certificate.getIssuer().toString(), certificate.getSerialNumber(),
                time, algorithm.map(GostAlgorithm::digestName).orElse(signer.getDigestAlgOID())));
        if (signatory.isEmpty()) {
            return SignatureCheck.invalid(Optional.empty(), "it has no signed signing time");
        }
        if (algorithm.isEmpty() || !algorithm.get().signs(new ASN1ObjectIdentifier(signer.getEncryptionAlgOID()))) {
            return SignatureCheck.invalid(signatory, "its algorithms " + signer.getDigestAlgOID() + " with "
                    + signer.getEncryptionAlgOID() + " are not GOST R 34.11-2012 with GOST R 34.10-2012 of the same size");
        }
        Instant time = signingTime.get();
        if (time.isAfter(clock.instant().plus(CLOCK_TOLERANCE))) {
            return SignatureCheck.invalid(signatory, "its signing time " + time + " is after now, " + clock.instant());
        }
        Optional<String> wrong = signatureFault(signer, certificate);
        if (wrong.isEmpty()) {
            wrong = signingCertificateFault(signer, certificate, digests);
        }
        if (wrong.isEmpty()) {
            wrong = chainFault(certificate, carried, time);
        }
        return wrong.map(reason -> SignatureCheck.invalid(signatory, reason)).orElseGet(() -> SignatureCheck.valid(
                signatory.get()));
    }

    /**
     * Returns what is wrong with the signature's outer form, which BouncyCastle's parser does not
     * check: a ContentInfo of signed data, with the versions RFC 5652 (5.1, 5.3) gives its parts.
     */
    private static Optional<String> formFault(byte[] signature) {
        try {
            ContentInfo info = ContentInfo.getInstance(ASN1Primitive.fromByteArray(signature));
            if (!Arrays.equals(info.getEncoded(ASN1Encoding.DER), signature)) {
                return Optional.of("it is not in DER, the one encoding of a signature this verifier reads");
            }
            if (!CMSObjectIdentifiers.signedData.equals(info.getContentType())) {
                return Optional.of("it is not a detached CMS SignedData: its content type is " + info.getContentType());
            }
            SignedData data = SignedData.getInstance(info.getContent());
            if (data.getCertificates() != null) {
                data.getCertificates().forEach(org.bouncycastle.asn1.x509.Certificate::getInstance);
            }
            boolean byKeyIdentifier = false;
            for (int i = 0; i < data.getSignerInfos().size(); i++) {
                SignerInfo signer = SignerInfo.getInstance(data.getSignerInfos().getObjectAt(i));
                boolean keyIdentifier = signer.getSID().isTagged();
                byKeyIdentifier |= keyIdentifier;
                if (signer.getVersion().intValueExact() != (keyIdentifier ? 3 : 1)) {
                    return Optional.of("it is not a CMS SignedData of RFC 5652: its signer's version is "
                            + signer.getVersion() + " with " + (keyIdentifier ? "a key identifier" : "an issuer and serial"));
                }
            }
            int expected = byKeyIdentifier || !CMSObjectIdentifiers.data.equals(data.getEncapContentInfo().getContentType())
                    ? 3 : 1;
            if (data.getVersion().intValueExact() != expected) {
                return Optional.of("it is not a CMS SignedData of RFC 5652: its version is " + data.getVersion()
                        + " where " + expected + " is due");
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("it is not a detached CMS SignedData: " + e.getMessage());
        }
    }

    private static Optional<String> signatureFault(SignerInformation signer, X509CertificateHolder certificate) {
        try {
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BouncyCastle.PROVIDER)
                    .build(certificate)) ? Optional.empty()
                    : Optional.of("the content or the signature was changed: the signature does not match the content's"
                            + " digest and the signer's key");
        } catch (CMSVerifierCertificateNotValidException e) {
            return Optional.of("the signer's certificate, valid from " + certificate.getNotBefore().toInstant() + " to "
                    + certificate.getNotAfter().toInstant() + ", was not valid at the signing time");
        } catch (CMSException | OperatorCreationException | GeneralSecurityException | RuntimeException e) {
            return Optional.of("the content or the signature was changed: " + e.getMessage());
        }
    }

    private static Optional<String> signingCertificateFault(SignerInformation signer, X509CertificateHolder certificate,
            DigestCalculatorProvider digests) {
        AttributeTable attributes = signer.getSignedAttributes();
        Attribute attribute = attributes == null ? null : attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            return Optional.empty();
        }
        try {
            ESSCertIDv2 id = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0)).getCerts()[0];
            DigestCalculator digest = digests.get(id.getHashAlgorithm());
            try (OutputStream out = digest.getOutputStream()) {
                out.write(certificate.getEncoded());
            }
            return Arrays.equals(digest.getDigest(), id.getCertHash()) ? Optional.empty()
                    : Optional.of("its signing-certificate-v2 attribute names another certificate than the one it carries");
        } catch (OperatorCreationException | IOException | RuntimeException e) {
            return Optional.of("its signing-certificate-v2 attribute cannot be read: " + e.getMessage());
        }
    }

    private Optional<String> chainFault(X509CertificateHolder certificate, Store<X509CertificateHolder> carried, Instant time) {
        try {
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER);
            List<X509Certificate> all = new ArrayList<>();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> holders = carried.getMatches(null);
            for (X509CertificateHolder holder : holders) {
                all.add(converter.getCertificate(holder));
            }
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(converter.getCertificate(certificate));
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(time));
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(all),
                    BouncyCastle.PROVIDER));
            PKIXCertPathBuilderResult path = (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX",
                    BouncyCastle.PROVIDER).build(parameters);
            List<X509Certificate> used = new ArrayList<>();
            path.getCertPath().getCertificates().forEach(c -> used.add((X509Certificate) c));
            used.add(path.getTrustAnchor().getTrustedCert());
            for (X509Certificate one : all) {
                if (!used.contains(one)) {
                    return Optional.of("it carries a certificate that is not on its signer's chain to the anchor: "
                            + one.getSubjectX500Principal() + " (serial " + one.getSerialNumber().toString(16) + ")");
                }
            }
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            return Optional.of("its certificate " + certificate.getSubject() + " (issuer " + certificate.getIssuer()
                    + ") does not chain to a trusted anchor valid at " + time + ": " + e.getMessage());
        }
    }

    private static Optional<Instant> signingTime(SignerInformation signer) {
        AttributeTable attributes = signer.getSignedAttributes();
        Attribute attribute = attributes == null ? null : attributes.get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() != 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static byte[] encoded(X500Name name) {
        try {
            return name.getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the signer's name: the common name, else the surname and the given names. */
    static String name(X500Name subject) {
        Optional<String> common = first(subject, BCStyle.CN);
        if (common.isPresent()) {
            return common.get();
        }
        String full = (first(subject, BCStyle.SURNAME).orElse("") + " " + first(subject, BCStyle.GIVENNAME).orElse(""))
                .strip();
        return full.isEmpty() ? subject.toString() : full;
    }

    private static Optional<String> first(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        if (rdns.length == 0) {
            return Optional.empty();
        }
        ASN1Encodable value = rdns[0].getFirst().getValue();
        return Optional.of(value instanceof ASN1String text ? text.getString() : IETFUtils.valueToString(value));
    }
}
