package org.schooljournal.adapter.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Reads the filled rectangles of a document's pages — the bars of its charts and their legend's
 * squares, as {@link BarChart} and {@link GroupedBarChart} draw them ({@code re} then {@code f});
 * tables only stroke theirs — so a test can check a chart was drawn to scale.
 */
final class FilledBars {

    private FilledBars() {
    }

    /** Returns the widths of the filled rectangles, page by page, in the order drawn. */
    static List<Float> widths(byte[] pdf) {
        List<Float> widths = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                List<Object> tokens = new PDFStreamParser(page).parse();
                List<Object> operands = new ArrayList<>();
                float pending = -1;
                for (Object token : tokens) {
                    if (!(token instanceof Operator operator)) {
                        operands.add(token);
                        continue;
                    }
                    switch (operator.getName()) {
                        case "re" -> pending = ((COSNumber) operands.get(2)).floatValue();
                        case "f" -> {
                            if (pending >= 0) {
                                widths.add(pending);
                            }
                            pending = -1;
                        }
                        case "sc", "scn", "rg", "cs", "CS", "g" -> { }
                        default -> pending = -1;
                    }
                    operands.clear();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return widths;
    }
}
