package org.schooljournal.adapter.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Makes a document PDF/A-2b (ISO 19005-2, level B), what an archive keeps for 25 years (ARC-1,
 * ARC-2): the XMP metadata naming part 2, conformance B, with the title, author, producer and
 * dates the document information repeats word for word; an sRGB output intent (the JDK's own
 * profile), the colour space every drawing here uses; and a file identifier made from the title
 * and the instant of printing, so that the same form printed at the same instant has the same
 * identifier. Fonts are embedded by {@link PdfForm}. Stateless.
 */
final class PdfA {

    static final String PRODUCER = "School Journal render-pdf (Apache PDFBox)";

    private PdfA() {
    }

    /** Marks the document PDF/A-2b, with its title, author and instant of printing. */
    static void mark(PDDocument document, String title, SchoolHeader header) throws IOException {
        Calendar printed = GregorianCalendar.from(header.printedAt());
        printed.setTimeZone(TimeZone.getTimeZone(header.printedAt().getOffset()));
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(header.schoolName());
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        info.setCreationDate(printed);
        info.setModificationDate(printed);

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(title, header.schoolName(), printed));
        catalog.setMetadata(metadata);

        PDOutputIntent intent = new PDOutputIntent(document,
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);

        byte[] id = identifier(title + '\n' + header.schoolId() + '\n' + header.printedAt());
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] xmp(String title, String author, Calendar printed) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dublinCore = xmp.createAndAddDublinCoreSchema();
        dublinCore.setTitle(title);
        dublinCore.addCreator(author);
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(PRODUCER);
        basic.setCreateDate(printed);
        basic.setModifyDate(printed);
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        PDFAIdentificationSchema identification = xmp.createAndAddPDFAIdentificationSchema();
        identification.setPart(2);
        try {
            identification.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException("PDF/A conformance B is a valid value", e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IllegalStateException("XMP metadata of fixed fields cannot fail to serialise", e);
        }
        return out.toByteArray();
    }

    private static byte[] identifier(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.Arrays.copyOf(digest, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
