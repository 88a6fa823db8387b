/**
 * The printed forms of School Journal as PDF/A-2b (Apache PDFBox): the class journal (ARC-1), the
 * summary sheet (ARC-2), the diary extract (DRY-4) and the control reports. Uses journal-core's
 * exported API only. PDFBox and ICU4J are automatic modules named by their manifests.
 */
@SuppressWarnings("requires-automatic")
module org.schooljournal.adapter.pdf {
    requires transitive org.schooljournal.core;
    requires org.apache.pdfbox;
    requires org.apache.fontbox;
    requires org.apache.pdfbox.io;
    requires org.apache.xmpbox;
    requires com.ibm.icu;
    requires java.desktop;

    exports org.schooljournal.adapter.pdf;
}
