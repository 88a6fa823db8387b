package org.schooljournal.adapter.signature.gost;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.signature.SignatureCheck;
import org.schooljournal.spi.signature.Signatory;

@Tag("ACC-8")
@DisplayName("ACC-8: Pkcs12Signer signs with the GOST key of a PKCS#12 file, and refuses a file or a certificate it cannot sign with")
class Pkcs12SignerTest {

    private static final Clock CLOCK = Clock.fixed(TestPki.NOW, ZoneOffset.UTC);
    private static final byte[] CONTENT = "{\"format\":\"school-journal-checkpoint\"}\n".getBytes(UTF_8);

    @TempDir
    Path directory;
    private TestPki.Identity ca;

    @BeforeEach
    void setUp() {
        ca = TestPki.ca("Тестовый УЦ Югры");
    }

    @ParameterizedTest(name = "GOST R 34.10-2012, {0} bits")
    @ValueSource(ints = {256, 512})
    @DisplayName("its signature verifies and says who signed, with which certificate, when and with which digest")
    void signsAndVerifies(int bits) throws IOException {
        TestPki.Identity petrova = TestPki.issue(ca, TestPki.person("Петрова", "Мария Ивановна", "МБОУ СОШ № 1"), bits);
        Pkcs12Signer signer = Pkcs12Signer.open(TestPki.pkcs12(directory.resolve("petrova.p12"), petrova, ca),
                TestPki.PASSWORD, CLOCK);

        byte[] signature = signer.sign(new ByteArrayInputStream(CONTENT));
        SignatureCheck check = CmsVerifier.trusting(List.of(ca.certificate()), CLOCK)
                .verify(new ByteArrayInputStream(CONTENT), signature);

        assertThat(check.valid()).as(check.describe()).isTrue();
        Signatory signatory = check.signatory().orElseThrow();
        assertThat(signatory.name()).isEqualTo("Петрова Мария Ивановна");
        assertThat(signatory.serialNumber()).isEqualTo(petrova.certificate().getSerialNumber());
        assertThat(signatory.issuer()).isEqualTo("C=RU,CN=Тестовый УЦ Югры");
        assertThat(signatory.signingTime()).isEqualTo(TestPki.NOW);
        assertThat(signatory.digestAlgorithm()).isEqualTo("GOST3411-2012-" + bits);
        assertThat(signer.algorithm()).isEqualTo(TestPki.algorithm(bits));
        assertThat(signer.signatory()).contains("CN=Петрова Мария Ивановна").contains("SURNAME=Петрова");
    }

    @Test
    @DisplayName("a certificate expired at the signing time: nothing is signed, CONFIGURATION names its validity")
    void expiredCertificate() throws IOException {
        TestPki.Identity expired = TestPki.issue(ca, TestPki.person("Петрова", "Мария Ивановна", "МБОУ СОШ № 1"), 256,
                TestPki.NOW.minusSeconds(86_400L * 400), TestPki.NOW.minusSeconds(86_400L * 35));
        Pkcs12Signer signer = Pkcs12Signer.open(TestPki.pkcs12(directory.resolve("old.p12"), expired, ca),
                TestPki.PASSWORD, CLOCK);

        assertThatThrownBy(() -> signer.sign(new ByteArrayInputStream(CONTENT)))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIGURATION))
                .hasMessageContaining("not at " + TestPki.NOW).hasMessageContaining("nothing is signed");
    }

    @Test
    @DisplayName("a missing file is NOT_FOUND; a wrong password or a file that is not PKCS#12 is CONFIGURATION")
    void unreadableFiles() throws IOException {
        TestPki.Identity petrova = TestPki.issue(ca, TestPki.person("Петрова", "Мария Ивановна", "МБОУ СОШ № 1"), 256);
        Path file = TestPki.pkcs12(directory.resolve("petrova.p12"), petrova, ca);
        Path text = Files.writeString(directory.resolve("not.p12"), "not a key store");

        assertThatThrownBy(() -> Pkcs12Signer.open(directory.resolve("missing.p12"), TestPki.PASSWORD, CLOCK))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
                .hasMessageContaining("missing.p12 does not exist");
        assertThatThrownBy(() -> Pkcs12Signer.open(file, "wrong".toCharArray(), CLOCK))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIGURATION))
                .hasMessageContaining("a wrong password");
        assertThatThrownBy(() -> Pkcs12Signer.open(text, TestPki.PASSWORD, CLOCK))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIGURATION))
                .hasMessageContaining("not.p12 cannot be opened");
    }

    @Test
    @DisplayName("a key that is not GOST R 34.10-2012 is CONFIGURATION, naming its algorithm")
    void rsaKeyRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair rsa = generator.generateKeyPair();
        X500Name name = new X500Name("CN=RSA");
        X509Certificate certificate = new JcaX509CertificateConverter().setProvider(TestPki.BC).getCertificate(
                new JcaX509v3CertificateBuilder(name, BigInteger.ONE, Date.from(TestPki.NOW.minusSeconds(60)),
                        Date.from(TestPki.NOW.plusSeconds(86_400)), name, rsa.getPublic())
                        .build(new JcaContentSignerBuilder("SHA256withRSA").build(rsa.getPrivate())));
        KeyStore store = KeyStore.getInstance("PKCS12", TestPki.BC);
        store.load(null, null);
        store.setKeyEntry("rsa", rsa.getPrivate(), TestPki.PASSWORD, new Certificate[] {certificate});
        Path file = directory.resolve("rsa.p12");
        try (var out = Files.newOutputStream(file)) {
            store.store(out, TestPki.PASSWORD);
        }

        assertThatThrownBy(() -> Pkcs12Signer.open(file, TestPki.PASSWORD, CLOCK))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIGURATION))
                .hasMessageContaining("is RSA, not a GOST R 34.10-2012 key");
    }
}
