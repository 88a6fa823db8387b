package org.schooljournal.adapter.signature.gost;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.spi.signature.SignatureCheck;

@Tag("ACC-8")
@DisplayName("ACC-8: CmsVerifier refuses a changed byte, an expired or untrusted certificate, a time to come, and what is not CMS")
class CmsVerifierTest {

    private static final Clock CLOCK = Clock.fixed(TestPki.NOW, ZoneOffset.UTC);
    private static final byte[] CONTENT = ("{\"format\":\"school-journal-checkpoint\",\"formatVersion\":1,\"schoolId\":\"86-001\"}\n"
            + "{\"stream\":\"school-86-001\",\"count\":34,\"position\":39,\"hash\":\"a840714d\"}\n").repeat(4).getBytes(UTF_8);

    @TempDir
    Path directory;
    private TestPki.Identity ca;
    private TestPki.Identity petrova;
    private CmsVerifier verifier;
    private byte[] signature;

    @BeforeEach
    void setUp() throws IOException {
        ca = TestPki.ca("Тестовый УЦ Югры");
        petrova = TestPki.issue(ca, TestPki.person("Петрова", "Мария Ивановна", "МБОУ СОШ № 1"), 256);
        signature = Pkcs12Signer.open(TestPki.pkcs12(directory.resolve("petrova.p12"), petrova, ca), TestPki.PASSWORD,
                CLOCK).sign(new ByteArrayInputStream(CONTENT));
        verifier = CmsVerifier.trusting(List.of(ca.certificate()), CLOCK);
    }

    private SignatureCheck check(byte[] content, byte[] signature) {
        return verifier.verify(new ByteArrayInputStream(content), signature);
    }

    @Test
    @DisplayName("the untouched content and signature verify")
    void untouched() {
        assertThat(check(CONTENT, signature).valid()).isTrue();
    }

    @Test
    @DisplayName("any one byte of the content changed: the signature does not hold, and the signer is still named")
    void anyContentByteChanged() {
        qt().withExamples(100).forAll(integers().between(0, CONTENT.length - 1), integers().between(1, 255))
                .checkAssert((position, mask) -> {
                    byte[] changed = CONTENT.clone();
                    changed[position] ^= mask.byteValue();
                    SignatureCheck check = check(changed, signature);
                    assertThat(check.valid()).as("byte %d ^ %d", position, mask).isFalse();
                    assertThat(check.failure()).hasValueSatisfying(reason -> assertThat(reason).contains("changed"));
                    assertThat(check.signatory()).hasValueSatisfying(s -> assertThat(s.name())
                            .isEqualTo("Петрова Мария Ивановна"));
                });
    }

    @Test
    @DisplayName("any one byte of the signature changed: it does not hold")
    void anySignatureByteChanged() {
        qt().withExamples(250).forAll(integers().between(0, signature.length - 1), integers().between(1, 255))
                .checkAssert((position, mask) -> {
                    byte[] changed = signature.clone();
                    changed[position] ^= mask.byteValue();
                    SignatureCheck check = check(CONTENT, changed);
                    assertThat(check.valid()).as("byte %d ^ %d: %s", position, mask, check.describe()).isFalse();
                });
    }

    @Test
    @DisplayName("a certificate expired when it signed: the signature does not hold")
    void expiredCertificate() {
        TestPki.Identity expired = TestPki.issue(ca, TestPki.person("Петрова", "Мария Ивановна", "МБОУ СОШ № 1"), 256,
                TestPki.NOW.minusSeconds(86_400L * 400), TestPki.NOW.minusSeconds(86_400L * 35));

        SignatureCheck check = check(CONTENT, TestPki.rawSignature(CONTENT, expired, 256, TestPki.NOW));

        assertThat(check.valid()).isFalse();
        assertThat(check.failure()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("was not valid at the signing time"));
    }

    @Test
    @DisplayName("a certificate valid when it signed still verifies 23 years later, expired long since (ARC-2)")
    void stillValidAfterExpiry() {
        CmsVerifier in2050 = CmsVerifier.trusting(List.of(ca.certificate()),
                Clock.fixed(TestPki.NOW.plusSeconds(86_400L * 365 * 23), ZoneOffset.UTC));

        assertThat(in2050.verify(new ByteArrayInputStream(CONTENT), signature).valid()).isTrue();
    }

    @Test
    @DisplayName("a certificate of an untrusted certification centre: it does not chain to an anchor")
    void untrustedCa() {
        TestPki.Identity other = TestPki.ca("Чужой УЦ");
        TestPki.Identity forger = TestPki.issue(other, TestPki.person("Петрова", "Мария Ивановна", "МБОУ СОШ № 1"), 256);

        SignatureCheck check = check(CONTENT, TestPki.rawSignature(CONTENT, forger, 256, TestPki.NOW));

        assertThat(check.valid()).isFalse();
        assertThat(check.failure()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("does not chain to a trusted anchor").contains("Чужой УЦ"));
    }

    @Test
    @DisplayName("a signing time after now: it does not hold")
    void signedInTheFuture() {
        SignatureCheck check = check(CONTENT, TestPki.rawSignature(CONTENT, petrova, 256, TestPki.NOW.plusSeconds(3_600)));

        assertThat(check.failure()).hasValueSatisfying(reason -> assertThat(reason).contains("is after now"));
    }

    @Test
    @DisplayName("bytes that are not CMS: it does not hold, and no signer is named")
    void notCms() {
        SignatureCheck check = check(CONTENT, "not a signature".getBytes(UTF_8));

        assertThat(check.valid()).isFalse();
        assertThat(check.signatory()).isEmpty();
        assertThat(check.failure()).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("it is not a detached CMS SignedData"));
    }

    @Test
    @DisplayName("a verifier without a trust anchor is refused")
    void noAnchor() {
        assertThatThrownBy(() -> CmsVerifier.trusting(List.of(), CLOCK)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one anchor");
    }
}
