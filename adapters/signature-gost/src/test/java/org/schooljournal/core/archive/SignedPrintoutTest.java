package org.schooljournal.core.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schooljournal.core.archive.ArchiveSchool.HEAD;
import static org.schooljournal.core.archive.ArchiveSchool.ID;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.adapter.pdf.SchoolHeader;
import org.schooljournal.adapter.pdf.SummarySheetPdf;
import org.schooljournal.adapter.signature.gost.CmsVerifier;
import org.schooljournal.adapter.signature.gost.Pkcs12Signer;
import org.schooljournal.adapter.signature.gost.TestPki;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.spi.signature.SignatureCheck;

/**
 * A printed summary sheet (render-pdf's PDF/A) signed by the head with a GOST key, detached, as
 * the year's printouts are (ARC-2, docs/signatures.md): the signature holds with the adapter's
 * verifier and with BouncyCastle's own, and not after the PDF changes.
 */
@Tag("ACC-8")
@Tag("ARC-2")
@DisplayName("ACC-8, ARC-2: a printed summary sheet signed by the head verifies, and not after its PDF changes")
class SignedPrintoutTest {

    @TempDir
    Path directory;

    @Test
    @DisplayName("the PDF's detached signature names the head and verifies independently; a changed byte of the PDF fails it")
    void signedSummarySheet() throws Exception {
        InMemoryEventStore store = new InMemoryEventStore();
        ArchiveSchool.SteppingClock clock = new ArchiveSchool.SteppingClock(ArchiveSchool.START);
        JournalEngine engine = ArchiveSchool.engine(store, clock);
        ArchiveSchool.setUpWithJournals(engine, clock);
        Path pdf = directory.resolve("сводная-ведомость-5А-2026-2027.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            SummarySheetPdf.write(engine.reports().summarySheet(HEAD, ID, "5А"),
                    SchoolHeader.of(engine.schools().state(HEAD, ID), TestPki.NOW), out);
        }
        TestPki.Identity ca = TestPki.ca("Тестовый УЦ Югры");
        TestPki.Identity head = TestPki.issue(ca, TestPki.person("Петрова", "Мария Ивановна", "МБОУ СОШ № 1"), 512);
        Path p12 = TestPki.pkcs12(directory.resolve("head.p12"), head, ca);

        Path signature = DetachedSignature.sign(pdf, Pkcs12Signer.open(p12, TestPki.PASSWORD,
                Clock.fixed(TestPki.NOW, ZoneOffset.UTC)));

        CmsVerifier verifier = CmsVerifier.trusting(List.of(ca.certificate()), Clock.fixed(TestPki.NOW, ZoneOffset.UTC));
        SignatureCheck check = DetachedSignature.verify(pdf, verifier);
        assertThat(check.valid()).as(check.describe()).isTrue();
        assertThat(check.signatory()).hasValueSatisfying(s -> {
            assertThat(s.name()).isEqualTo("Петрова Мария Ивановна");
            assertThat(s.digestAlgorithm()).isEqualTo("GOST3411-2012-512");
        });
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(independentlyVerified(bytes, Files.readAllBytes(signature))).isTrue();

        bytes[bytes.length / 2] ^= 0x20;
        assertThat(verifier.verify(new ByteArrayInputStream(bytes), Files.readAllBytes(signature)).valid()).isFalse();
        assertThat(independentlyVerified(bytes, Files.readAllBytes(signature))).isFalse();
    }

    private static boolean independentlyVerified(byte[] content, byte[] signature) throws IOException {
        try {
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(content), signature);
            SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> own = signed.getCertificates().getMatches(signer.getSID());
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(TestPki.BC)
                    .build(own.iterator().next()));
        } catch (org.bouncycastle.cms.CMSException | org.bouncycastle.operator.OperatorCreationException
                | java.security.cert.CertificateException e) {
            return false;
        }
    }
}
