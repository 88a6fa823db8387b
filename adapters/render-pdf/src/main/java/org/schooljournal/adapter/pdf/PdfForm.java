package org.schooljournal.adapter.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The page layout every printed form shares: A4 pages, portrait or landscape, each with the
 * school's details and the form's title in its header and «Лист N из M» at its foot; headings,
 * paragraphs and tables that wrap their cells' text and repeat their header row on each page they
 * run over. One document, one font: Liberation Sans (SIL OFL 1.1), shipped inside PDFBox, loaded
 * once and embedded as a subset, so it prints Cyrillic; a character the font lacks prints as «?».
 * The font's glyph substitutions (GSUB: the ligatures «fi», «fl») are turned off: forms need
 * none, and PDFBox 3 applies them with regular expressions compiled on every line of text, which
 * took most of the time of a class-year journal.
 * Ends with {@link #write(OutputStream)}, which marks the document PDF/A-2b ({@link PdfA}).
 *
 * <p>This class is mutable and not thread-safe: one form, one thread.
 */
final class PdfForm implements AutoCloseable {

    static final float MARGIN = 36;
    static final float TEXT_SIZE = 9;
    static final float SMALL_SIZE = 7.5f;
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float HEADER_HEIGHT = 40;
    private static final float FOOTER_HEIGHT = 24;
    private static final float PADDING = 2;
    private static final byte[] FONT_BYTES = fontBytes();

    private final PDDocument document = new PDDocument();
    private final TrueTypeFont fontFile;
    private final PDType0Font font;
    private final SchoolHeader header;
    private final String title;
    private final Map<Integer, Boolean> glyphs = new HashMap<>();
    private final Map<Integer, Float> widths = new HashMap<>();
    private PDRectangle size;
    private PDPageContentStream content;
    private float y;

    /** Starts a document of the form with that title, its first page portrait or landscape. */
    PdfForm(SchoolHeader header, String title, boolean landscape) {
        this.header = header;
        this.title = title;
        try {
            fontFile = new TTFParser().parse(new RandomAccessReadBuffer(FONT_BYTES));
            fontFile.setEnableGsub(false);
            font = PDType0Font.load(document, fontFile, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        newPage(landscape);
    }

    /** Reads the font's file once: each document parses it anew, as PDFBox embeds from its own copy. */
    private static byte[] fontBytes() {
        try (InputStream in = PdfForm.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox's Liberation Sans is missing from the class path: " + FONT);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the document's font. */
    PDType0Font font() {
        return font;
    }

    /** Returns the width between the margins. */
    float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    /** Returns the place of the next line, from the foot of the page. */
    float y() {
        return y;
    }

    /** Returns the current page's content. */
    PDPageContentStream content() {
        return content;
    }

    /** Starts a new page in the same orientation as the current one. */
    void newPage() {
        newPage(size.getWidth() > size.getHeight());
    }

    /** Starts a new page, portrait or landscape, with the header drawn. */
    void newPage(boolean landscape) {
        try {
            if (content != null) {
                content.close();
            }
            size = landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
            PDPage page = new PDPage(size);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            float top = size.getHeight() - MARGIN;
            text(header.schoolName(), MARGIN, top - SMALL_SIZE, SMALL_SIZE);
            text(FormTexts.text("header.details", header.schoolId(),
                    header.printedAt().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm"))),
                    MARGIN, top - 2 * SMALL_SIZE - 2, SMALL_SIZE);
            text(title, size.getWidth() - MARGIN - textWidth(title, SMALL_SIZE), top - SMALL_SIZE, SMALL_SIZE);
            line(MARGIN, top - HEADER_HEIGHT + 14, size.getWidth() - MARGIN, top - HEADER_HEIGHT + 14);
            y = top - HEADER_HEIGHT;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves down by that much, starting a new page if fewer than {@code needed} points are left. */
    void ensure(float needed) {
        if (y - needed < MARGIN + FOOTER_HEIGHT) {
            newPage();
        }
    }

    /** Leaves some space. */
    void space(float points) {
        y -= points;
    }

    /** Writes a heading, kept with at least the next few lines. */
    void heading(String text, float size) {
        ensure(size + 4 * (TEXT_SIZE + 3));
        for (String line : wrap(text, size, width())) {
            y -= size + 3;
            text(line, MARGIN, y, size);
        }
        y -= 4;
    }

    /** Writes a paragraph, wrapped to the width. */
    void paragraph(String text, float size) {
        for (String line : wrap(text, size, width())) {
            ensure(size + 3);
            y -= size + 3;
            text(line, MARGIN, y, size);
        }
    }

    /**
     * Writes a table: its columns' relative widths, their headers, and its rows, one cell per
     * column; each cell wraps; the header row repeats on each page the table runs over.
     */
    void table(float[] weights, List<String> columns, List<List<String>> rows, float size) {
        table(weights, columns, rows, size, width());
    }

    /**
     * Writes a table as {@link #table(float[], List, List, float)} does, but narrower: its
     * columns share {@code tableWidth} points, so a table of few columns keeps their widths.
     */
    void table(float[] weights, List<String> columns, List<List<String>> rows, float size, float tableWidth) {
        float total = 0;
        for (float weight : weights) {
            total += weight;
        }
        float[] widths = new float[weights.length];
        for (int i = 0; i < weights.length; i++) {
            widths[i] = Math.min(tableWidth, width()) * weights[i] / total;
        }
        List<List<String>> head = lines(columns, widths, size);
        ensure(height(head, size) + size * 2 + 4 * PADDING);
        row(head, widths, size);
        for (List<String> cells : rows) {
            List<List<String>> lines = lines(cells, widths, size);
            float height = height(lines, size);
            if (y - height < MARGIN + FOOTER_HEIGHT) {
                newPage();
                row(head, widths, size);
            }
            row(lines, widths, size);
        }
        y -= size;
    }

    private List<List<String>> lines(List<String> cells, float[] widths, float size) {
        List<List<String>> lines = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            lines.add(wrap(cells.get(i), size, widths[i] - 2 * PADDING));
        }
        return lines;
    }

    private static float height(List<List<String>> lines, float size) {
        int most = 1;
        for (List<String> cell : lines) {
            most = Math.max(most, cell.size());
        }
        return most * (size + 2) + 2 * PADDING;
    }

    private void row(List<List<String>> lines, float[] widths, float size) {
        float height = height(lines, size);
        float x = MARGIN;
        try {
            for (int i = 0; i < widths.length; i++) {
                content.addRect(x, y - height, widths[i], height);
                float lineY = y - PADDING - size;
                for (String line : lines.get(i)) {
                    text(line, x + PADDING, lineY, size);
                    lineY -= size + 2;
                }
                x += widths[i];
            }
            content.setLineWidth(0.4f);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= height;
    }

    /** Draws a line of text at a place. */
    void text(String text, float x, float baseline, float size) {
        if (text.isEmpty()) {
            return;
        }
        try {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(printable(text));
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws a thin line. */
    void line(float x1, float y1, float x2, float y2) {
        try {
            content.setLineWidth(0.5f);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the width of a text in the font at that size: the sum of its characters' widths, as
     * PDFBox measures it, each character measured once per document.
     */
    float textWidth(String text, float size) {
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            width += widths.computeIfAbsent(printable(codePoint), this::measure);
            i += Character.charCount(codePoint);
        }
        return width / 1000 * size;
    }

    private float measure(int codePoint) {
        try {
            return font.getStringWidth(new String(Character.toChars(codePoint)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the text broken into lines no wider than that: at spaces, and inside words too long for a line. */
    List<String> wrap(String text, float size, float width) {
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0 && textWidth(text, size) <= width) {
            return List.of(text);
        }
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (textWidth(candidate, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                for (int i = 0; i < word.length(); ) {
                    int end = i + Character.charCount(word.codePointAt(i));
                    if (line.length() > 0 && textWidth(line + word.substring(i, end), size) > width) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    line.append(word, i, end);
                    i = end;
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Returns the text with each character the font cannot show, or a control character, as «?». */
    private String printable(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (printable(codePoint) != codePoint) {
                StringBuilder shown = new StringBuilder(text.length());
                text.codePoints().forEach(c -> shown.appendCodePoint(printable(c)));
                return shown.toString();
            }
            i += Character.charCount(codePoint);
        }
        return text;
    }

    private int printable(int codePoint) {
        return glyphs.computeIfAbsent(codePoint, this::hasGlyph) ? codePoint : '?';
    }

    private boolean hasGlyph(int codePoint) {
        if (Character.isISOControl(codePoint)) {
            return false;
        }
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** Returns the number of pages so far. */
    int pages() {
        return document.getNumberOfPages();
    }

    /**
     * Numbers the pages «Лист N из M», marks the document PDF/A-2b and writes it; the stream is
     * left open.
     *
     * @throws UncheckedIOException if the stream cannot be written
     */
    void write(OutputStream out) {
        try {
            content.close();
            content = null;
            int count = document.getNumberOfPages();
            int number = 1;
            for (PDPage page : document.getPages()) {
                try (PDPageContentStream foot = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                    String text = printable(FormTexts.text("page.number", number++, count));
                    float width = textWidth(text, SMALL_SIZE);
                    foot.beginText();
                    foot.setFont(font, SMALL_SIZE);
                    foot.newLineAtOffset(page.getMediaBox().getWidth() - MARGIN - width, MARGIN);
                    foot.showText(text);
                    foot.endText();
                }
            }
            PdfA.mark(document, title, header);
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (content != null) {
                content.close();
            }
            document.close();
            fontFile.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
