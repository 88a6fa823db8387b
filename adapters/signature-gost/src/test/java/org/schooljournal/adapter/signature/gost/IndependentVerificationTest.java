package org.schooljournal.adapter.signature.gost;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.rosstandart.RosstandartObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A signature made by {@link Pkcs12Signer} verified with BouncyCastle's CMS classes directly — not
 * with {@link CmsVerifier} — so that the adapter's verifier is not the only judge of its signer.
 * (OpenSSL verifies GOST only with the GOST engine, which this machine does not have:
 * docs/signatures.md.)
 */
@Tag("ACC-8")
@DisplayName("ACC-8: a signature of Pkcs12Signer verifies with BouncyCastle's own CMS verifier, with its signed attributes")
class IndependentVerificationTest {

    private static final byte[] CONTENT = "Сводная ведомость 5А, 2026/2027\n".getBytes(UTF_8);

    @TempDir
    Path directory;

    @ParameterizedTest(name = "GOST R 34.10-2012, {0} bits")
    @ValueSource(ints = {256, 512})
    @DisplayName("SignerInformation.verify holds over the content and fails over another; the attributes name the time and the certificate")
    void verifiesIndependently(int bits) throws Exception {
        TestPki.Identity ca = TestPki.ca("Тестовый УЦ Югры");
        TestPki.Identity head = TestPki.issue(ca, TestPki.person("Петрова", "Мария Ивановна", "МБОУ СОШ № 1"), bits);
        byte[] signature = Pkcs12Signer.open(TestPki.pkcs12(directory.resolve("head.p12"), head, ca), TestPki.PASSWORD,
                Clock.fixed(TestPki.NOW, ZoneOffset.UTC)).sign(new ByteArrayInputStream(CONTENT));

        CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(CONTENT), signature);
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> own = signed.getCertificates().getMatches(signer.getSID());
        X509CertificateHolder certificate = own.iterator().next();

        assertThat(signed.isDetachedSignature()).isTrue();
        assertThat(signed.getSignerInfos().size()).isEqualTo(1);
        assertThat(certificate.getEncoded()).isEqualTo(head.certificate().getEncoded());
        assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(TestPki.BC).build(certificate)))
                .isTrue();
        assertThat(signer.getDigestAlgOID()).isEqualTo((bits == 256 ? RosstandartObjectIdentifiers.id_tc26_gost_3411_12_256
                : RosstandartObjectIdentifiers.id_tc26_gost_3411_12_512).getId());
        assertThat(signer.getEncryptionAlgOID()).isIn(
                (bits == 256 ? RosstandartObjectIdentifiers.id_tc26_gost_3410_12_256
                        : RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512).getId(),
                (bits == 256 ? RosstandartObjectIdentifiers.id_tc26_signwithdigest_gost_3410_12_256
                        : RosstandartObjectIdentifiers.id_tc26_signwithdigest_gost_3410_12_512).getId());
        assertThat(Time.getInstance(signer.getSignedAttributes().get(CMSAttributes.signingTime).getAttrValues()
                .getObjectAt(0)).getDate().toInstant()).isEqualTo(TestPki.NOW);
        SigningCertificateV2 named = SigningCertificateV2.getInstance(signer.getSignedAttributes()
                .get(PKCSObjectIdentifiers.id_aa_signingCertificateV2).getAttrValues().getObjectAt(0));
        assertThat(named.getCerts()[0].getCertHash()).isEqualTo(MessageDigest.getInstance("GOST3411-2012-" + bits, TestPki.BC)
                .digest(head.certificate().getEncoded()));

        byte[] other = CONTENT.clone();
        other[0] ^= 1;
        SignerInformation overOther = new CMSSignedData(new CMSProcessableByteArray(other), signature).getSignerInfos()
                .getSigners().iterator().next();
        assertThat(verifies(overOther, certificate)).isFalse();
    }

    private static boolean verifies(SignerInformation signer, X509CertificateHolder certificate) {
        try {
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(TestPki.BC).build(certificate));
        } catch (Exception e) {
            return false;
        }
    }
}
